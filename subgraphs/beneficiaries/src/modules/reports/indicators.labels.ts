/** French labels of the categories of the indicator tables (the portal and the exports show them). */
export const CATEGORY_LABELS: Record<string, Record<string, string>> = {
  hoursKind: { EMPLOYMENT: 'Emploi (embauche, ETTI, AI, GEIQ)', SUBCONTRACTING: 'Sous-traitance et co-traitance', TRAINING: 'Formation' },
  modality: {
    DIRECT_HIRE: 'Embauche directe', ETTI: 'Intérim d’insertion (ETTI)', AI: 'Association intermédiaire', GEIQ: 'GEIQ',
    SUBCONTRACTING_SIAE: 'Sous-traitance SIAE', SUBCONTRACTING_EA_ESAT: 'Sous-traitance EA ou ESAT', CO_CONTRACTING: 'Co-traitance', TRAINING: 'Formation',
  },
  age: { UNDER_26: 'Moins de 26 ans', FROM_26_TO_49: '26 à 49 ans', FROM_50: '50 ans et plus', UNKNOWN: 'Non renseigné' },
  sex: { FEMALE: 'Femmes', MALE: 'Hommes', UNKNOWN: 'Non renseigné' },
  qpv: { QPV: 'Résident QPV', NOT_QPV: 'Hors QPV', UNKNOWN: 'Non renseigné' },
  qualification: {
    BELOW_LEVEL_3: 'Infra niveau 3', LEVEL_3: 'Niveau 3 (CAP, BEP)', LEVEL_4: 'Niveau 4 (baccalauréat)', LEVEL_5: 'Niveau 5 (bac + 2)',
    LEVEL_6: 'Niveau 6 (licence)', LEVEL_7: 'Niveau 7 (master)', LEVEL_8: 'Niveau 8 (doctorat)', UNKNOWN: 'Non renseigné',
  },
  criteria: {
    SOCIAL_MINIMA: 'Minima sociaux (RSA, ASS)', LONG_TERM_JOB_SEEKER: 'Demandeurs d’emploi de longue durée', YOUTH: 'Jeunes (peu qualifiés, ASE)',
    SENIOR: 'Seniors', PRIORITY_AREA: 'Territoires prioritaires (QPV, ZRR)', HEALTH: 'Handicap (RQTH, AAH)', JUSTICE: 'Justice', OTHER: 'Autres critères',
  },
  contractType: {
    CDI: 'CDI', CDD: 'CDD', CDDI: 'CDD d’insertion', INTERIM_MISSION: 'Mission intérimaire', APPRENTICESHIP: 'Apprentissage',
    PROFESSIONALISATION: 'Professionnalisation', ESAT_SUPPORT_CONTRACT: 'Contrat de soutien ESAT', CDD_TREMPLIN: 'CDD Tremplin', OTHER: 'Autre',
  },
  duration: {
    UNDER_1_MONTH: 'Moins d’1 mois', FROM_1_TO_3_MONTHS: '1 à 3 mois', FROM_3_TO_6_MONTHS: '3 à 6 mois', OVER_6_MONTHS: 'Plus de 6 mois', OPEN_ENDED: 'Sans fin prévue',
  },
  outcome: {
    DURABLE_EMPLOYMENT: 'Emploi durable', TRANSITION_EMPLOYMENT: 'Emploi de transition', POSITIVE_EXIT_TRAINING: 'Sortie positive : formation',
    POSITIVE_EXIT_OTHER_SIAE: 'Sortie positive : autre SIAE', JOB_SEEKING: 'Recherche d’emploi', INACTIVE: 'Inactivité', OTHER: 'Autre', UNKNOWN: 'Inconnue',
  },
};

export function labelOf(table: string, category: string): string {
  return CATEGORY_LABELS[table]?.[category] ?? category;
}
