import { registerEnumType } from 'type-graphql';

/**
 * Kinds of structure (DOMAIN.md §1.3): SIAE, the disability sector, other insertion employers, and the
 * employment service and referrers. Values follow les-emplois' `CompanyKind` / `PrescriberOrganizationKind`
 * where they exist.
 */
export enum StructureKind {
  ACI = 'ACI',
  AI = 'AI',
  EI = 'EI',
  ETTI = 'ETTI',
  EITI = 'EITI',
  EA = 'EA',
  EATT = 'EATT',
  ESAT = 'ESAT',
  GEIQ = 'GEIQ',
  REGIE_DE_QUARTIER = 'REGIE_DE_QUARTIER',
  SEP = 'SEP',
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  MISSION_LOCALE = 'MISSION_LOCALE',
  CAP_EMPLOI = 'CAP_EMPLOI',
  PLIE = 'PLIE',
  MAISON_DE_L_EMPLOI = 'MAISON_DE_L_EMPLOI',
  E2C = 'E2C',
  EPIDE = 'EPIDE',
  DEPARTEMENT = 'DEPARTEMENT',
  CCAS = 'CCAS',
  OPCS = 'OPCS',
  OTHER = 'OTHER',
}
registerEnumType(StructureKind, {
  name: 'StructureKind',
  description: 'Type de structure (typologie des Emplois de l’inclusion et du Marché de l’inclusion).',
  valuesConfig: {
    ACI: { description: "Atelier chantier d'insertion (SIAE)" },
    AI: { description: 'Association intermédiaire (SIAE)' },
    EI: { description: "Entreprise d'insertion (SIAE)" },
    ETTI: { description: "Entreprise de travail temporaire d'insertion (SIAE)" },
    EITI: { description: "Entreprise d'insertion par le travail indépendant (SIAE)" },
    EA: { description: 'Entreprise adaptée' },
    EATT: { description: 'Entreprise adaptée de travail temporaire' },
    ESAT: { description: "Établissement et service d'aide par le travail" },
    GEIQ: { description: "Groupement d'employeurs pour l'insertion et la qualification" },
    REGIE_DE_QUARTIER: { description: 'Régie de quartier ou de territoire' },
    SEP: { description: 'Service de l’emploi pénitentiaire : produits et services réalisés en détention (marchés réservés, CCP L2113-13-1)' },
    FRANCE_TRAVAIL: { description: 'France Travail' },
    MISSION_LOCALE: { description: 'Mission locale' },
    CAP_EMPLOI: { description: 'Cap emploi' },
    PLIE: { description: "Plan local pour l'insertion et l'emploi" },
    MAISON_DE_L_EMPLOI: { description: "Maison de l'emploi" },
    E2C: { description: 'École de la deuxième chance' },
    EPIDE: { description: "Établissement pour l'insertion dans l'emploi" },
    DEPARTEMENT: { description: 'Conseil départemental (RSA)' },
    CCAS: { description: "Centre communal d'action sociale" },
    OPCS: { description: 'Organisation porteuse de la clause sociale' },
    OTHER: { description: 'Autre' },
  },
});

/** Families of structure, derived from the kind. */
export enum StructureFamily {
  SIAE = 'SIAE',
  DISABILITY_SECTOR = 'DISABILITY_SECTOR',
  INSERTION_EMPLOYER = 'INSERTION_EMPLOYER',
  EMPLOYMENT_SERVICE = 'EMPLOYMENT_SERVICE',
}
registerEnumType(StructureFamily, {
  name: 'StructureFamily',
  description: 'Famille de structure, déduite de son type.',
  valuesConfig: {
    SIAE: { description: "Structure d'insertion par l'activité économique : ACI, AI, EI, ETTI, EITI (art. L5132-4 du code du travail)" },
    DISABILITY_SECTOR: { description: 'Secteur du handicap : EA, EATT, ESAT' },
    INSERTION_EMPLOYER: { description: "Autre employeur d'insertion : GEIQ, régie de quartier, SEP (travail en détention)" },
    EMPLOYMENT_SERVICE: {
      description: "Service public de l'emploi et prescripteurs : France Travail, Mission locale, Cap emploi, PLIE, MDE, E2C, EPIDE, département, CCAS, OPCS, autre",
    },
  },
});

const FAMILY_OF: Record<StructureKind, StructureFamily> = {
  ACI: StructureFamily.SIAE,
  AI: StructureFamily.SIAE,
  EI: StructureFamily.SIAE,
  ETTI: StructureFamily.SIAE,
  EITI: StructureFamily.SIAE,
  EA: StructureFamily.DISABILITY_SECTOR,
  EATT: StructureFamily.DISABILITY_SECTOR,
  ESAT: StructureFamily.DISABILITY_SECTOR,
  GEIQ: StructureFamily.INSERTION_EMPLOYER,
  REGIE_DE_QUARTIER: StructureFamily.INSERTION_EMPLOYER,
  SEP: StructureFamily.INSERTION_EMPLOYER,
  FRANCE_TRAVAIL: StructureFamily.EMPLOYMENT_SERVICE,
  MISSION_LOCALE: StructureFamily.EMPLOYMENT_SERVICE,
  CAP_EMPLOI: StructureFamily.EMPLOYMENT_SERVICE,
  PLIE: StructureFamily.EMPLOYMENT_SERVICE,
  MAISON_DE_L_EMPLOI: StructureFamily.EMPLOYMENT_SERVICE,
  E2C: StructureFamily.EMPLOYMENT_SERVICE,
  EPIDE: StructureFamily.EMPLOYMENT_SERVICE,
  DEPARTEMENT: StructureFamily.EMPLOYMENT_SERVICE,
  CCAS: StructureFamily.EMPLOYMENT_SERVICE,
  OPCS: StructureFamily.EMPLOYMENT_SERVICE,
  OTHER: StructureFamily.EMPLOYMENT_SERVICE,
};

/**
 * Kinds that can deliver clause hours: le-marche's `KIND_CLAUSE_SOCIALE_LIST` (EI, ACI, AI, ETTI, EA, EATT,
 * ESAT — EITI and prison work, SEP, left out "par prudence") plus GEIQ, whose staff provision counts
 * towards the clause (DOMAIN.md §1.2), and the régie de quartier or de territoire, whose employees the
 * CCAG 2021 names among the people an insertion clause counts (CCAG-TIC art. 16.1.1.1 c, and its twins in
 * the other CCAG).
 */
export const CLAUSE_ELIGIBLE_KINDS: readonly StructureKind[] = [
  StructureKind.EI,
  StructureKind.ACI,
  StructureKind.AI,
  StructureKind.ETTI,
  StructureKind.EA,
  StructureKind.EATT,
  StructureKind.ESAT,
  StructureKind.GEIQ,
  StructureKind.REGIE_DE_QUARTIER,
];

/**
 * Kinds whose share of disabled workers is recorded: EA, EATT (Code du travail L5213-13) and ESAT (CASF
 * L344-2). A contract reserved to them needs at least 50 % (CCP L2113-12, R2113-7).
 */
export const DISABILITY_SECTOR_KINDS: readonly StructureKind[] = [StructureKind.EA, StructureKind.EATT, StructureKind.ESAT];

/** The minimum share of disabled workers, in per cent, for a contract reserved under L2113-12 (R2113-7). */
export const RESERVED_CONTRACT_MIN_SHARE = 50;

export function familyOf(kind: StructureKind): StructureFamily {
  return FAMILY_OF[kind];
}

export function kindsOfFamily(family: StructureFamily): StructureKind[] {
  return Object.values(StructureKind).filter((kind) => FAMILY_OF[kind] === family);
}

export function canDeliverClauseHours(kind: StructureKind): boolean {
  return CLAUSE_ELIGIBLE_KINDS.includes(kind);
}
