import { registerEnumType } from 'type-graphql';
import { LegalBasis } from '../clause/clause.enums';

/** The social device a facilitator recommends for a planned purchase (DOMAIN.md §2: the levers of the CCP). */
export enum PurchaseRecommendation {
  EXECUTION_CLAUSE = 'EXECUTION_CLAUSE',
  RESERVED_SIAE = 'RESERVED_SIAE',
  RESERVED_EA_ESAT = 'RESERVED_EA_ESAT',
  AWARD_CRITERION = 'AWARD_CRITERION',
  NONE = 'NONE',
}
registerEnumType(PurchaseRecommendation, {
  name: 'PurchaseRecommendation',
  description: 'Dispositif social recommandé par le facilitateur pour un achat recensé.',
  valuesConfig: {
    EXECUTION_CLAUSE: { description: 'Clause d’insertion en condition d’exécution (CCP L2112-2)' },
    RESERVED_SIAE: { description: 'Marché ou lot réservé aux SIAE (CCP L2113-13)' },
    RESERVED_EA_ESAT: { description: 'Marché ou lot réservé aux EA et ESAT (CCP L2113-12)' },
    AWARD_CRITERION: { description: 'Critère d’attribution sur l’insertion (CCP L2152-7)' },
    NONE: { description: 'Aucun dispositif : le motif est obligatoire' },
  },
});

/** The legal basis of the clause a recommendation becomes when the purchase becomes a contract; none for NONE. */
export const LEGAL_BASIS_OF: Record<PurchaseRecommendation, LegalBasis | null> = {
  EXECUTION_CLAUSE: LegalBasis.EXECUTION_CONDITION,
  RESERVED_SIAE: LegalBasis.RESERVED_SIAE,
  RESERVED_EA_ESAT: LegalBasis.RESERVED_DISABILITY,
  AWARD_CRITERION: LegalBasis.AWARD_CRITERION,
  NONE: null,
};

/** Where a planned purchase stands. */
export enum PlannedPurchaseStatus {
  PLANNED = 'PLANNED',
  CONVERTED = 'CONVERTED',
}
registerEnumType(PlannedPurchaseStatus, {
  name: 'PlannedPurchaseStatus',
  description: 'Étape d’un achat recensé.',
  valuesConfig: {
    PLANNED: { description: 'Recensé, pas encore lancé' },
    CONVERTED: { description: 'Devenu un marché (voir `contract`)' },
  },
});
