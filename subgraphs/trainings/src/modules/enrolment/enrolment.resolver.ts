import { DecimalScalar } from '@maillage/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { TrainingAction } from '../action/training-action.entity';
import { fromHundredths, toHundredths } from '../attendance/hours';
import { TrainingAttendance } from '../attendance/training-attendance.entity';
import { Beneficiary, beneficiaryStub } from '../beneficiary/beneficiary.reference';
import { TrainingEnrolment } from './training-enrolment.entity';

/**
 * The fields of an enrolment. Every path to an enrolment (`Beneficiary.trainings`, `Placement`, the reference
 * resolver) has already applied the access table to it, so these only load what belongs to it.
 */
@Resolver(() => TrainingEnrolment)
export class EnrolmentResolver {
  @FieldResolver(() => TrainingAction, { description: 'L’action de formation.' })
  async action(@Root() enrolment: TrainingEnrolment, @Ctx() ctx: Context): Promise<TrainingAction> {
    return (await ctx.loaders.actionById.load(enrolment.actionId))!;
  }

  @FieldResolver(() => Beneficiary, { description: 'La personne inscrite (sous-graphe beneficiaries).' })
  beneficiary(@Root() enrolment: TrainingEnrolment): Beneficiary {
    return beneficiaryStub(enrolment.beneficiaryId);
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'Les heures attestées, mois par mois.' })
  attendance(@Root() enrolment: TrainingEnrolment, @Ctx() ctx: Context): Promise<TrainingAttendance[]> {
    return ctx.loaders.attendanceByEnrolment.load(enrolment.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Total des heures attestées par l’organisme de formation (Decimal).' })
  async attestedHours(@Root() enrolment: TrainingEnrolment, @Ctx() ctx: Context): Promise<string> {
    const rows = await ctx.loaders.attendanceByEnrolment.load(enrolment.id);
    return fromHundredths(rows.reduce((total, row) => total + (toHundredths(row.hoursAttested) ?? 0), 0));
  }
}
