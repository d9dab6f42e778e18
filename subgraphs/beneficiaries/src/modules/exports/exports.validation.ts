import { BadUserInputError, isUuid } from '@maillage/subgraph-kit';
import type { PlacementFilter } from '../placement/placement.inputs';

/** The filters of an export, checked before the first byte: a malformed one is a BAD_USER_INPUT (HTTP 400). */
export function validatePlacementFilter(filter: PlacementFilter): PlacementFilter {
  for (const name of ['contractId', 'beneficiaryId', 'employerStructureId'] as const) {
    const value = filter[name];
    if (value && !isUuid(value)) throw new BadUserInputError(`Identifiant « ${name} » invalide.`, name);
  }
  if (filter.employerSiret && !/^\d{14}$/.test(filter.employerSiret)) throw new BadUserInputError('SIRET invalide (14 chiffres).', 'employerSiret');
  if (filter.activeOn && !/^\d{4}-\d{2}-\d{2}$/.test(filter.activeOn)) throw new BadUserInputError('Date « activeOn » invalide (AAAA-MM-JJ).', 'activeOn');
  return filter;
}
