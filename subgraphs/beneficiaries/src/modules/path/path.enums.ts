import { registerEnumType } from 'type-graphql';

export enum PathStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(PathStatus, {
  name: 'PathStatus',
  description: 'État du parcours.',
  valuesConfig: { OPEN: { description: 'En cours' }, CLOSED: { description: 'Terminé' } },
});

/** When an outcome is observed: at the end of the path, and six months later. */
export enum OutcomeKind {
  AT_EXIT = 'AT_EXIT',
  SIX_MONTHS = 'SIX_MONTHS',
}

registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: 'Moment de l’observation de la sortie.',
  valuesConfig: {
    AT_EXIT: { description: 'À la fin du parcours' },
    SIX_MONTHS: { description: 'Six mois après la fin du parcours' },
  },
});

/** IAE exit categories (DOMAIN.md §5.2). */
export enum OutcomeCategory {
  DURABLE_EMPLOYMENT = 'DURABLE_EMPLOYMENT',
  TRANSITION_EMPLOYMENT = 'TRANSITION_EMPLOYMENT',
  POSITIVE_EXIT_TRAINING = 'POSITIVE_EXIT_TRAINING',
  POSITIVE_EXIT_OTHER_SIAE = 'POSITIVE_EXIT_OTHER_SIAE',
  JOB_SEEKING = 'JOB_SEEKING',
  INACTIVE = 'INACTIVE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

/** French labels of the categories: the enum's descriptions and the `outcomeCategories` catalogue. */
export const OUTCOME_CATEGORY_LABEL: Record<OutcomeCategory, string> = {
  DURABLE_EMPLOYMENT: 'Emploi durable',
  TRANSITION_EMPLOYMENT: 'Emploi de transition',
  POSITIVE_EXIT_TRAINING: 'Sortie positive : formation pré-qualifiante ou qualifiante',
  POSITIVE_EXIT_OTHER_SIAE: 'Sortie positive : embauche par une autre SIAE',
  JOB_SEEKING: 'Recherche d’emploi',
  INACTIVE: 'Inactivité',
  OTHER: 'Autre sortie',
  UNKNOWN: 'Sortie inconnue',
};

const descriptions = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

registerEnumType(OutcomeCategory, {
  name: 'OutcomeCategory',
  description: 'Catégorie de sortie (« sorties dynamiques » de l’IAE et autres sorties).',
  valuesConfig: descriptions(OUTCOME_CATEGORY_LABEL),
});

/**
 * The detail of a dynamic exit (DOMAIN.md §5.2, « Les sorties dynamiques dans l'IAE »): a CDD or a temping
 * mission is durable employment only when it lasts **more than** six months; six months exactly, or less,
 * is transition employment.
 */
export enum OutcomeDetail {
  CDI = 'CDI',
  CDD_MORE_THAN_6_MONTHS = 'CDD_MORE_THAN_6_MONTHS',
  INTERIM_MORE_THAN_6_MONTHS = 'INTERIM_MORE_THAN_6_MONTHS',
  CIVIL_SERVICE = 'CIVIL_SERVICE',
  BUSINESS_CREATION = 'BUSINESS_CREATION',
  CDD_6_MONTHS_OR_LESS = 'CDD_6_MONTHS_OR_LESS',
  INTERIM_6_MONTHS_OR_LESS = 'INTERIM_6_MONTHS_OR_LESS',
  SUBSIDISED_CONTRACT = 'SUBSIDISED_CONTRACT',
  QUALIFYING_TRAINING = 'QUALIFYING_TRAINING',
  PRE_QUALIFYING_TRAINING = 'PRE_QUALIFYING_TRAINING',
  OTHER_SIAE_HIRE = 'OTHER_SIAE_HIRE',
}

/** French labels of the details: the enum's descriptions and the `outcomeCategories` catalogue. */
export const OUTCOME_DETAIL_LABEL: Record<OutcomeDetail, string> = {
  CDI: 'CDI',
  CDD_MORE_THAN_6_MONTHS: 'CDD de plus de 6 mois (emploi durable)',
  INTERIM_MORE_THAN_6_MONTHS: 'Missions d’intérim de plus de 6 mois (emploi durable)',
  CIVIL_SERVICE: 'Stage ou titularisation dans la fonction publique',
  BUSINESS_CREATION: 'Création d’entreprise',
  CDD_6_MONTHS_OR_LESS: 'CDD de 6 mois ou moins, 6 mois exactement compris (emploi de transition)',
  INTERIM_6_MONTHS_OR_LESS: 'Missions d’intérim de 6 mois ou moins, 6 mois exactement compris (emploi de transition)',
  SUBSIDISED_CONTRACT: 'Contrat aidé chez un employeur ordinaire',
  QUALIFYING_TRAINING: 'Formation qualifiante',
  PRE_QUALIFYING_TRAINING: 'Formation pré-qualifiante',
  OTHER_SIAE_HIRE: 'Embauche par une autre SIAE',
};

registerEnumType(OutcomeDetail, {
  name: 'OutcomeDetail',
  description: 'Détail d’une sortie vers l’emploi ou d’une sortie positive.',
  valuesConfig: descriptions(OUTCOME_DETAIL_LABEL),
});

/** Which details belong to which category; the other categories take no detail. */
export const DETAILS_OF_CATEGORY: Partial<Record<OutcomeCategory, readonly OutcomeDetail[]>> = {
  [OutcomeCategory.DURABLE_EMPLOYMENT]: [
    OutcomeDetail.CDI, OutcomeDetail.CDD_MORE_THAN_6_MONTHS, OutcomeDetail.INTERIM_MORE_THAN_6_MONTHS,
    OutcomeDetail.CIVIL_SERVICE, OutcomeDetail.BUSINESS_CREATION,
  ],
  [OutcomeCategory.TRANSITION_EMPLOYMENT]: [
    OutcomeDetail.CDD_6_MONTHS_OR_LESS, OutcomeDetail.INTERIM_6_MONTHS_OR_LESS, OutcomeDetail.SUBSIDISED_CONTRACT,
  ],
  [OutcomeCategory.POSITIVE_EXIT_TRAINING]: [OutcomeDetail.QUALIFYING_TRAINING, OutcomeDetail.PRE_QUALIFYING_TRAINING],
  [OutcomeCategory.POSITIVE_EXIT_OTHER_SIAE]: [OutcomeDetail.OTHER_SIAE_HIRE],
};
