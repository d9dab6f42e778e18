import { DecimalScalar } from '@maillage/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { fromHundredths, toHundredths } from '../attendance/hours';
import { TrainingAttendance } from '../attendance/training-attendance.entity';
import { visibleEnrolments } from '../enrolment/enrolment.visibility';
import { Placement } from './placement.reference';

/** What this subgraph adds to a placement whose modality is a training: the hours the organisation attested. */
@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'Heures de formation attestées par l’organisme de formation pour cette mise en emploi (Decimal), à côté du relevé de l’employeur ; vide si aucune inscription visible n’y est rattachée.',
  })
  async attestedTrainingHours(@Root() placement: Placement, @Ctx() ctx: Context): Promise<string | null> {
    const rows = await this.attendance(placement, ctx);
    if (rows === null) return null;
    return fromHundredths(rows.reduce((total, row) => total + (toHundredths(row.hoursAttested) ?? 0), 0));
  }

  @FieldResolver(() => [TrainingAttendance], { nullable: true, description: 'Les heures de formation attestées pour cette mise en emploi, mois par mois.' })
  async trainingAttendance(@Root() placement: Placement, @Ctx() ctx: Context): Promise<TrainingAttendance[] | null> {
    return this.attendance(placement, ctx);
  }

  private async attendance(placement: Placement, ctx: Context): Promise<TrainingAttendance[] | null> {
    const enrolments = await visibleEnrolments(await ctx.loaders.enrolmentsByPlacement.load(placement.id), ctx, 'Placement.attestedTrainingHours');
    if (enrolments.length === 0) return null;
    const months = (await ctx.loaders.attendanceByEnrolment.loadMany(enrolments.map((row) => row.id))).flatMap((rows) => (rows instanceof Error ? [] : rows));
    return months.sort((a, b) => a.month.localeCompare(b.month));
  }
}
