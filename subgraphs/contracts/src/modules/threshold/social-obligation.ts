import { BuyerKind } from '../buyer/buyer.entity';
import type { Contract } from '../contract/contract.entity';
import { toScaled } from '../shared/decimal';
import { type EuThreshold, ProcurementKind, ThresholdBuyerScope } from './eu-threshold.entity';

/**
 * Loi n° 2021-1104 du 22 août 2021 « Climat et résilience », art. 35: no later than five years after the
 * law, that is from 22 August 2026, contracts above the European thresholds include among their execution
 * conditions considerations relating to the social field or to employment (Code de la commande publique
 * L2112-2-1, with its exceptions). It concerns consultations launched from that date.
 */
export const SOCIAL_CONDITION_REQUIRED_FROM = '2026-08-22';

/** The threshold scope of a buyer; null for a private buyer, outside public procurement thresholds. */
export function thresholdScopeOf(kind: BuyerKind): ThresholdBuyerScope | null {
  if (kind === BuyerKind.PRIVATE_COMPANY) return null;
  return kind === BuyerKind.STATE ? ThresholdBuyerScope.CENTRAL : ThresholdBuyerScope.OTHER;
}

/** The threshold in effect on `on` for a kind of procurement and a scope of buyer, if one is recorded. */
export function thresholdOn(thresholds: EuThreshold[], on: string, kind: ProcurementKind, scope: ThresholdBuyerScope): EuThreshold | null {
  return thresholds.find((t) => t.works === (kind === ProcurementKind.WORKS) && t.buyerScope === scope &&
    t.validFrom <= on && (!t.validUntil || t.validUntil >= on)) ?? null;
}

export interface ThresholdPosition {
  threshold: EuThreshold | null;
  above: boolean | null;
  socialConditionRequired: boolean;
}

/**
 * Where a contract stands against the threshold in effect on its consultation's launch date. A value
 * **equal to or above** the threshold is above it (formalised procedure, CCP L2124-1). Unknown (null) when
 * the amount, the procurement kind or the launch date is missing, for a private buyer, or when no
 * threshold is recorded for that date.
 */
export function thresholdPosition(contract: Pick<Contract, 'procurementKind' | 'consultationLaunchDate' | 'estimatedAmount'>, buyerKind: BuyerKind, thresholds: EuThreshold[]): ThresholdPosition {
  const scope = thresholdScopeOf(buyerKind);
  const { procurementKind, consultationLaunchDate, estimatedAmount } = contract;
  if (!scope || !procurementKind || !consultationLaunchDate) return { threshold: null, above: null, socialConditionRequired: false };
  const threshold = thresholdOn(thresholds, consultationLaunchDate, procurementKind, scope);
  if (!threshold || estimatedAmount == null) return { threshold, above: null, socialConditionRequired: false };
  const above = toScaled(estimatedAmount, 2, 'estimatedAmount') >= toScaled(threshold.amount, 2, 'amount');
  return { threshold, above, socialConditionRequired: above && consultationLaunchDate >= SOCIAL_CONDITION_REQUIRED_FROM };
}
