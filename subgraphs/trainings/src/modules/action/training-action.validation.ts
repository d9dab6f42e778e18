import { BadUserInputError, INSEE_COMMUNE_CODE, isLocalDate, optionalText, requireText, siretProblem } from '@maillage/subgraph-kit';
import { toHundredths } from '../attendance/hours';
import type { CreateTrainingActionInput } from './training-action.inputs';

/** The input's rules beyond its types; each refusal names its field (BAD_USER_INPUT). */
export function validateTrainingActionInput(input: CreateTrainingActionInput): CreateTrainingActionInput {
  const problem = siretProblem(input.organisationSiret);
  if (problem) throw new BadUserInputError(problem, 'organisationSiret');
  if (!INSEE_COMMUNE_CODE.test(input.communeCode)) throw new BadUserInputError('communeCode doit être un code INSEE de commune (5 caractères)', 'communeCode');
  for (const field of ['startDate', 'endDate'] as const) {
    if (!isLocalDate(input[field])) throw new BadUserInputError(`${field} doit être un jour du calendrier au format AAAA-MM-JJ`, field);
  }
  if (input.endDate < input.startDate) throw new BadUserInputError('la fin de l’action précède son début', 'endDate');
  const planned = toHundredths(input.plannedHours);
  if (planned === null || planned === 0) throw new BadUserInputError('plannedHours doit être un nombre d’heures supérieur à 0, deux décimales au plus', 'plannedHours');
  return {
    title: requireText(input.title, 'title', 200),
    organisationSiret: input.organisationSiret,
    organisationName: requireText(input.organisationName, 'organisationName', 200),
    communeCode: input.communeCode,
    startDate: input.startDate,
    endDate: input.endDate,
    plannedHours: input.plannedHours,
    certification: optionalText(input.certification, 'certification', 300),
  };
}
