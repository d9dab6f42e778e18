import { BadUserInputError, isCurrentModality, isUuid, LEGACY_MODALITIES, siretProblem } from '@maillage/subgraph-kit';
import { DISABILITY_SECTOR_CONTRACTS, DISABILITY_SECTOR_MODALITIES, type EmploymentContractType, type Modality } from './placement.enums';

export interface Employer {
  employerSiret: string | null;
  employerStructureId: string | null;
}

/** Exactly one employer: a company by a valid SIRET, or a structure by id. */
export function validateEmployer(siret: string | null | undefined, structureId: string | null | undefined): Employer {
  if ((siret ? 1 : 0) + (structureId ? 1 : 0) !== 1) {
    throw new BadUserInputError('give exactly one employer: employerSiret (a company) or employerStructureId (a structure)', 'employerSiret');
  }
  if (siret) {
    const problem = siretProblem(siret);
    if (problem) throw new BadUserInputError(`employerSiret: ${problem}`, 'employerSiret');
    return { employerSiret: siret, employerStructureId: null };
  }
  if (!isUuid(structureId)) throw new BadUserInputError('employerStructureId must be a structure id (UUID)', 'employerStructureId');
  return { employerSiret: null, employerStructureId: structureId.toLowerCase() };
}

export function validateUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(`${field} must be a UUID`, field);
  return value.toLowerCase();
}

/** The ESAT support contract and the CDD Tremplin belong to an EA or an ESAT: only with an EA/ESAT modality. */
export function validateContractType(modality: Modality, type: EmploymentContractType): void {
  if (DISABILITY_SECTOR_CONTRACTS.includes(type) && !DISABILITY_SECTOR_MODALITIES.includes(modality)) {
    throw new BadUserInputError(
      `employmentContractType : ${type} est propre aux EA et ESAT ; la modalité doit être ${DISABILITY_SECTOR_MODALITIES.join(' ou ')}`,
      'employmentContractType',
    );
  }
}

/** A placement cannot end before it starts. */
export function validateDates(startDate: string, endDate: string | null | undefined): void {
  if (endDate && endDate < startDate) throw new BadUserInputError('endDate is before startDate: a placement cannot end before it starts', 'endDate');
}

/**
 * A placement's modality is precise: the former clause values (TEMPORARY_WORK_ETTI, STAFF_PROVISION_AI_GEIQ,
 * SUBCONTRACTING), kept in the shared enum only for clauses, are refused here with the values to use.
 */
export function validateModality(modality: Modality): Modality {
  if (!isCurrentModality(modality)) {
    throw new BadUserInputError(`modality : ${modality} est une ancienne valeur des clauses ; indiquez ${(LEGACY_MODALITIES[modality] ?? []).join(' ou ')}`, 'modality');
  }
  return modality;
}
