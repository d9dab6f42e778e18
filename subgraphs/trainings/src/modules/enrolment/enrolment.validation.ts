import { BadUserInputError, isLocalDate, requireUuid } from '@maillage/subgraph-kit';
import type { TrainingAction } from '../action/training-action.entity';
import { fromHundredths, toHundredths } from '../attendance/hours';
import type { AttestTrainingHoursInput, EnrolInTrainingInput } from './enrolment.inputs';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateEnrolment(input: EnrolInTrainingInput) {
  if (!isLocalDate(input.enrolledOn)) throw new BadUserInputError('enrolledOn doit être un jour du calendrier au format AAAA-MM-JJ', 'enrolledOn');
  return {
    actionId: requireUuid(input.actionId, 'actionId'),
    beneficiaryId: requireUuid(input.beneficiaryId, 'beneficiaryId'),
    placementId: input.placementId == null ? null : requireUuid(input.placementId, 'placementId'),
    enrolledOn: input.enrolledOn,
  };
}

/** The month and hours of an attestation, in hundredths; the month must fall within the action's dates. */
export function validateAttestation(input: AttestTrainingHoursInput, action: TrainingAction): { month: string; hundredths: number } {
  if (!MONTH.test(input.month)) throw new BadUserInputError('month doit être un mois au format AAAA-MM', 'month');
  if (input.month < action.startDate.slice(0, 7) || input.month > action.endDate.slice(0, 7)) {
    throw new BadUserInputError(`le mois ${input.month} est hors des dates de l’action (${action.startDate} – ${action.endDate})`, 'month');
  }
  const hundredths = toHundredths(input.hours);
  if (hundredths === null) throw new BadUserInputError('hours doit être un nombre d’heures positif ou nul, deux décimales au plus', 'hours');
  return { month: input.month, hundredths };
}

/** Attested hours never exceed the action's planned duration, all months together. */
export function assertWithinPlannedHours(action: TrainingAction, otherMonths: number, hundredths: number): void {
  const planned = toHundredths(action.plannedHours) ?? 0;
  if (otherMonths + hundredths > planned) {
    throw new BadUserInputError(
      `les heures attestées dépasseraient la durée prévue de l’action (${fromHundredths(otherMonths)} h déjà attestées les autres mois, ${fromHundredths(planned)} h prévues)`,
      'hours',
    );
  }
}
