import { requireUuid, NotFoundError } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ATTENDANCE_WRITERS, ENROLMENT_WRITERS, trainingsAccess } from '../../access/access';
import type { Context } from '../../context';
import { fromHundredths } from '../attendance/hours';
import { TrainingAttendance } from '../attendance/training-attendance.entity';
import { AttestTrainingHoursInput, EnrolInTrainingInput } from './enrolment.inputs';
import { EnrolmentRepository } from './enrolment.repository';
import { assertWithinPlannedHours, validateAttestation, validateEnrolment } from './enrolment.validation';
import { TrainingEnrolment } from './training-enrolment.entity';

/** The training organisation enrols people in its actions and attests their hours, month by month. */
@Resolver(() => TrainingEnrolment)
export class EnrolmentMutationResolver {
  @Authorized(...ENROLMENT_WRITERS)
  @Mutation(() => TrainingEnrolment, { description: 'Inscrit une personne à une action de l’organisme de l’appelant (une seule inscription par personne et action : rejouer la rend telle quelle).' })
  async enrolInTraining(@Arg('input', () => EnrolInTrainingInput, { description: 'L’inscription.' }) input: EnrolInTrainingInput, @Ctx() ctx: Context): Promise<TrainingEnrolment> {
    const valid = validateEnrolment(input);
    const repository = new EnrolmentRepository(ctx.em);
    const action = await repository.getAction(valid.actionId);
    trainingsAccess.assertCan(ctx.viewer, 'write', 'TrainingEnrolment', action);
    const enrolment = await repository.enrol(valid);
    ctx.logger.info({ trainingEnrolmentId: enrolment.id }, 'training enrolment recorded');
    return enrolment;
  }

  @Authorized(...ATTENDANCE_WRITERS)
  @Mutation(() => TrainingAttendance, { description: 'Atteste les heures de présence d’un mois pour une inscription (remplace une attestation antérieure du même mois).' })
  async attestTrainingHours(@Arg('input', () => AttestTrainingHoursInput, { description: 'L’attestation.' }) input: AttestTrainingHoursInput, @Ctx() ctx: Context): Promise<TrainingAttendance> {
    const enrolmentId = requireUuid(input.enrolmentId, 'enrolmentId');
    const enrolment = await ctx.em.findOne(TrainingEnrolment, { id: enrolmentId });
    if (!enrolment) throw new NotFoundError('aucune inscription avec cet identifiant');
    const repository = new EnrolmentRepository(ctx.em);
    const action = await repository.getAction(enrolment.actionId);
    trainingsAccess.assertCan(ctx.viewer, 'write', 'TrainingAttendance', action);
    const { month, hundredths } = validateAttestation(input, action);
    const attendance = await repository.attest(enrolmentId, month, fromHundredths(hundredths), (others) => assertWithinPlannedHours(action, others, hundredths));
    ctx.logger.info({ trainingEnrolmentId: enrolmentId }, 'training hours attested');
    return attendance;
  }
}
