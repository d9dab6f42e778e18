/** The census's words, in French (what the facilitator reads). */
export const RECOMMENDATION: Record<string, string> = {
  EXECUTION_CLAUSE: 'Clause d’insertion (condition d’exécution, L2112-2)',
  RESERVED_SIAE: 'Réservé aux SIAE (L2113-13)',
  RESERVED_EA_ESAT: 'Réservé aux EA et ESAT (L2113-12)',
  AWARD_CRITERION: 'Critère d’attribution (L2152-7)',
  NONE: 'Aucun dispositif',
};

export const PROCUREMENT_KIND: Record<string, string> = { WORKS: 'Travaux', SUPPLIES: 'Fournitures', SERVICES: 'Services' };

/** « au-dessus du seuil européen (5 404 000 €) », « en dessous », or why it is unknown. */
export function thresholdText(position: { above?: boolean | null; threshold?: { amount: string } | null }, euro: (value: string) => string): string {
  if (position.above === null || position.above === undefined) return position.threshold ? 'Montant inconnu : position non évaluée' : 'Aucun seuil connu à cette date';
  const amount = position.threshold ? ` (${euro(position.threshold.amount)})` : '';
  return position.above ? `Au-dessus du seuil européen${amount}` : `En dessous du seuil européen${amount}`;
}
