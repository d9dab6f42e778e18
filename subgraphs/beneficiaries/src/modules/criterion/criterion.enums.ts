import { registerEnumType } from 'type-graphql';

/**
 * Sensitivity tier of a criterion: HEALTH (RQTH, AAH — GDPR art. 9, CNIL deliberation 2023-005) and JUSTICE
 * (criminal-record data, GDPR art. 10) are read only by the facilitators of the territory and admins.
 */
export enum Sensitivity {
  ORDINARY = 'ORDINARY',
  HEALTH = 'HEALTH',
  JUSTICE = 'JUSTICE',
}

registerEnumType(Sensitivity, {
  name: 'Sensitivity',
  description: 'Niveau de sensibilité d’un critère d’éligibilité.',
  valuesConfig: {
    ORDINARY: { description: 'Ordinaire' },
    HEALTH: { description: 'Donnée de santé (RGPD art. 9) : RQTH, AAH' },
    JUSTICE: { description: 'Donnée relative aux infractions et condamnations (RGPD art. 10)' },
  },
});

/** The access-table resource of a criterion of this tier. */
export function criterionResource(tier: Sensitivity) {
  return `BeneficiaryCriterion(${tier.toLowerCase() as 'ordinary' | 'health' | 'justice'})` as const;
}
