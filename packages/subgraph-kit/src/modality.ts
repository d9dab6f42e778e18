import { registerEnumType } from 'type-graphql';

/**
 * The one vocabulary of the ways insertion hours are delivered, shared by every subgraph that speaks of
 * them (contracts: what a clause allows; beneficiaries: how a placement works), so that the two cannot drift
 * and the supergraph has one `InsertionModality` enum. Sources: CCAG 2021 (e.g. CCAG-Travaux / CCAG-TIC,
 * clause d'insertion sociale: EA/ESAT, AI, ETTI, EI, ACI), Code du travail L5132-4 (the SIAE kinds), and the
 * facilitators' guides listing the modalities (embauche directe, intérim d'insertion, mise à disposition,
 * sous-traitance / co-traitance, formation).
 */
export enum InsertionModality {
  DIRECT_HIRE = 'DIRECT_HIRE',
  ETTI = 'ETTI',
  AI = 'AI',
  GEIQ = 'GEIQ',
  SUBCONTRACTING_SIAE = 'SUBCONTRACTING_SIAE',
  SUBCONTRACTING_EA_ESAT = 'SUBCONTRACTING_EA_ESAT',
  CO_CONTRACTING = 'CO_CONTRACTING',
  TRAINING = 'TRAINING',
  /** @deprecated the clause vocabulary before the merge: ETTI. */
  TEMPORARY_WORK_ETTI = 'TEMPORARY_WORK_ETTI',
  /** @deprecated the clause vocabulary before the merge: AI and GEIQ. */
  STAFF_PROVISION_AI_GEIQ = 'STAFF_PROVISION_AI_GEIQ',
  /** @deprecated the clause vocabulary before the merge: SUBCONTRACTING_SIAE and SUBCONTRACTING_EA_ESAT. */
  SUBCONTRACTING = 'SUBCONTRACTING',
}

/**
 * The values of the clause vocabulary before the merge, each with the values that replace it. Accepted on a
 * clause's input (and in SQL, by the contracts trigger) and expanded; never stored, never returned; refused
 * for a placement, whose modality must be precise.
 */
export const LEGACY_MODALITIES: Readonly<Partial<Record<InsertionModality, readonly InsertionModality[]>>> = {
  [InsertionModality.TEMPORARY_WORK_ETTI]: [InsertionModality.ETTI],
  [InsertionModality.STAFF_PROVISION_AI_GEIQ]: [InsertionModality.AI, InsertionModality.GEIQ],
  [InsertionModality.SUBCONTRACTING]: [InsertionModality.SUBCONTRACTING_SIAE, InsertionModality.SUBCONTRACTING_EA_ESAT],
};

/** The current values, in the enum's order. */
export const MODALITIES: readonly InsertionModality[] = Object.values(InsertionModality).filter((value) => !(value in LEGACY_MODALITIES));

/** True for a value of the current vocabulary (not a deprecated one). */
export function isCurrentModality(value: string): boolean {
  return (MODALITIES as readonly string[]).includes(value);
}

/** Replaces deprecated values by the ones they stand for; sorted in the enum's order, without duplicates. */
export function expandModalities(values: readonly InsertionModality[]): InsertionModality[] {
  const wanted = new Set(values.flatMap((value) => LEGACY_MODALITIES[value] ?? [value]));
  return MODALITIES.filter((value) => wanted.has(value));
}

const REPLACED = 'Ancienne valeur du vocabulaire des clauses, acceptée en entrée d’une clause et remplacée par';
registerEnumType(InsertionModality, {
  name: 'InsertionModality',
  description: 'Modalité de réalisation des heures d’insertion : celles qu’une clause admet (contracts) et celle d’une mise en emploi (beneficiaries). Un seul vocabulaire pour tout le graphe.',
  valuesConfig: {
    DIRECT_HIRE: { description: 'Embauche directe par l’entreprise (CDI, CDD, apprentissage, professionnalisation…)' },
    ETTI: { description: 'Intérim d’insertion par une entreprise de travail temporaire d’insertion (ETTI, art. L5132-6 du code du travail)' },
    AI: { description: 'Mise à disposition par une association intermédiaire (AI, art. L5132-7 du code du travail)' },
    GEIQ: { description: 'Mise à disposition par un groupement d’employeurs pour l’insertion et la qualification (GEIQ, art. L1253-1 du code du travail)' },
    SUBCONTRACTING_SIAE: { description: 'Sous-traitance à une SIAE (EI, ACI…)' },
    SUBCONTRACTING_EA_ESAT: { description: 'Sous-traitance à une entreprise adaptée (EA) ou un ESAT' },
    CO_CONTRACTING: { description: 'Co-traitance avec une SIAE, une EA ou un ESAT' },
    TRAINING: { description: 'Formation des publics éligibles' },
    TEMPORARY_WORK_ETTI: { description: 'Intérim d’insertion (ancienne valeur)', deprecationReason: `${REPLACED} ETTI.` },
    STAFF_PROVISION_AI_GEIQ: { description: 'Mise à disposition par une AI ou un GEIQ (ancienne valeur)', deprecationReason: `${REPLACED} AI et GEIQ.` },
    SUBCONTRACTING: { description: 'Sous-traitance à une SIAE, une EA ou un ESAT (ancienne valeur)', deprecationReason: `${REPLACED} SUBCONTRACTING_SIAE et SUBCONTRACTING_EA_ESAT.` },
  },
});
