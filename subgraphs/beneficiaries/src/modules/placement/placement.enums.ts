import { InsertionModality as Modality } from '@maillage/subgraph-kit';
import { registerEnumType } from 'type-graphql';

/**
 * How the hours are delivered: the graph's one vocabulary (`InsertionModality` of the kit), the same enum
 * as the modalities a clause allows in contracts, so that `Contract.insertionProgress` can compare them.
 */
export { Modality };

/**
 * Contract of the person on the placement (les emplois de l'inclusion's `ContractType`). Two are the
 * disability sector's own: the ESAT's support contract (contrat de soutien et d'aide par le travail, CASF
 * L311-4 and L344-2 — an ESAT worker is not an employee, so it is not an employment contract) and the EA's
 * CDD Tremplin (loi 2018-771, art. 78), only with an EA/ESAT modality.
 */
export enum EmploymentContractType {
  CDI = 'CDI',
  CDD = 'CDD',
  CDDI = 'CDDI',
  INTERIM_MISSION = 'INTERIM_MISSION',
  APPRENTICESHIP = 'APPRENTICESHIP',
  PROFESSIONALISATION = 'PROFESSIONALISATION',
  ESAT_SUPPORT_CONTRACT = 'ESAT_SUPPORT_CONTRACT',
  CDD_TREMPLIN = 'CDD_TREMPLIN',
  OTHER = 'OTHER',
}

/** The contract types only the disability sector uses, and the modalities that go through it. */
export const DISABILITY_SECTOR_CONTRACTS: readonly EmploymentContractType[] = [EmploymentContractType.ESAT_SUPPORT_CONTRACT, EmploymentContractType.CDD_TREMPLIN];
export const DISABILITY_SECTOR_MODALITIES: readonly Modality[] = [Modality.SUBCONTRACTING_EA_ESAT, Modality.CO_CONTRACTING];

registerEnumType(EmploymentContractType, {
  name: 'EmploymentContractType',
  description: 'Type de contrat de travail.',
  valuesConfig: {
    CDI: { description: 'Contrat à durée indéterminée' },
    CDD: { description: 'Contrat à durée déterminée' },
    CDDI: { description: 'CDD d’insertion' },
    INTERIM_MISSION: { description: 'Contrat de mission intérimaire' },
    APPRENTICESHIP: { description: 'Contrat d’apprentissage' },
    PROFESSIONALISATION: { description: 'Contrat de professionnalisation' },
    ESAT_SUPPORT_CONTRACT: { description: 'Contrat de soutien et d’aide par le travail (ESAT ; pas un contrat de travail, CASF L311-4)' },
    CDD_TREMPLIN: { description: 'CDD Tremplin (entreprise adaptée, loi 2018-771 art. 78)' },
    OTHER: { description: 'Autre type de contrat' },
  },
});

/**
 * What made the person eligible when the placement was opened: eligibility is assessed at hiring, on the
 * placement's start date, and holds for the whole placement (as the IAE applies it: les emplois de
 * l'inclusion checks the proofs on the hiring date); or a facilitator's reasoned exemption.
 */
export enum EligibilityBasis {
  CRITERION = 'CRITERION',
  EXEMPTION = 'EXEMPTION',
}

registerEnumType(EligibilityBasis, {
  name: 'EligibilityBasis',
  description: 'Fondement de l’éligibilité appréciée à l’embauche (au début de la mise en emploi), valable pour toute la mise en emploi.',
  valuesConfig: {
    CRITERION: { description: 'Un critère validé dont le justificatif couvre la date de début' },
    EXEMPTION: { description: 'Dérogation motivée enregistrée par le facilitateur (tracée au journal d’audit)' },
  },
});

/**
 * The kind of SIAE a placement is in (Code du travail L5132-4), which sets how many level-2 criteria the
 * IAE eligibility needs: two in an AI or an ETTI, three in an ACI, an EI or an EITI (les emplois de
 * l'inclusion, itou/eligibility).
 */
export enum SiaeKind {
  AI = 'AI',
  ETTI = 'ETTI',
  ACI = 'ACI',
  EI = 'EI',
  EITI = 'EITI',
}

registerEnumType(SiaeKind, {
  name: 'SiaeKind',
  description: 'Type de SIAE de la mise en emploi (art. L5132-4 du code du travail).',
  valuesConfig: {
    AI: { description: 'Association intermédiaire (deux critères de niveau 2)' },
    ETTI: { description: 'Entreprise de travail temporaire d’insertion (deux critères de niveau 2)' },
    ACI: { description: 'Atelier chantier d’insertion (trois critères de niveau 2)' },
    EI: { description: 'Entreprise d’insertion (trois critères de niveau 2)' },
    EITI: { description: 'Entreprise d’insertion par le travail indépendant (trois critères de niveau 2)' },
  },
});
