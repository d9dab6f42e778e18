import { BadUserInputError } from '@maillage/subgraph-kit';
import { divideHalfUp, fromScaled, toScaled } from '../shared/decimal';

/**
 * The insertion hours a clause asks for (DOMAIN.md §3):
 *
 *   hours = amount excl. tax × labour share × insertion rate ÷ hourly cost
 *
 * e.g. 1,000,000 € × 50 % × 5 % ÷ 30 €/h = 833.33… h → 833 h.
 *
 * Rounding rule: the target is a whole number of hours, rounded to the NEAREST hour, an exact half hour
 * going UP (833.5 → 834, 833.49 → 833). The unrounded value is also given, to two decimals (same rule).
 * Arithmetic is exact: every input is an integer scaled by a power of ten, never a float.
 */
export const HOURS_ROUNDING_RULE =
  'Heures arrondies à l’heure entière la plus proche ; une demi-heure exacte est arrondie à l’heure supérieure.';

/** Scales of the stored inputs: euros to the cent, rates to 1/10,000 (numeric(5,4)). */
const MONEY_SCALE = 2;
const RATE_SCALE = 4;
const RATE_ONE = 10n ** BigInt(RATE_SCALE);
/** numeric(14,2), numeric(8,2) and numeric(10,2) capacities. */
const MAX_AMOUNT_CENTS = 99_999_999_999_999n;
const MAX_HOURLY_COST_CENTS = 99_999_999n;
const MAX_HOURS = 99_999_999n;

/** The formula's inputs as the client writes them (decimal strings). */
export interface HoursFormulaValues {
  amount: string;
  labourShare: string;
  insertionRate: string;
  hourlyCost: string;
}

/** A validated formula: normalized inputs and its result. */
export interface HoursCalculation extends HoursFormulaValues {
  /** Whole hours, by the rounding rule, written with two decimals (`"833.00"`). */
  hours: string;
  /** The exact result to two decimals (`"833.33"`). */
  exactHours: string;
}

function rate(value: string, field: string): bigint {
  const scaled = toScaled(value, RATE_SCALE, field);
  if (scaled <= 0n || scaled > RATE_ONE) {
    throw new BadUserInputError(`${field} must be greater than 0 and at most 1 (a share: 0.05 is 5 %)`, field);
  }
  return scaled;
}

/**
 * Validates the inputs (amount ≥ 0, labour share and insertion rate in (0, 1], hourly cost > 0) and computes
 * the hours. `field` prefixes the field names of errors (`input.formula`).
 */
export function calculateInsertionHours(values: HoursFormulaValues, field: string): HoursCalculation {
  const amount = toScaled(values.amount, MONEY_SCALE, `${field}.amount`);
  if (amount < 0n) throw new BadUserInputError(`${field}.amount must be at least 0`, `${field}.amount`);
  if (amount > MAX_AMOUNT_CENTS) throw new BadUserInputError(`${field}.amount is too large`, `${field}.amount`);
  const labourShare = rate(values.labourShare, `${field}.labourShare`);
  const insertionRate = rate(values.insertionRate, `${field}.insertionRate`);
  const hourlyCost = toScaled(values.hourlyCost, MONEY_SCALE, `${field}.hourlyCost`);
  if (hourlyCost <= 0n) throw new BadUserInputError(`${field}.hourlyCost must be greater than 0`, `${field}.hourlyCost`);
  if (hourlyCost > MAX_HOURLY_COST_CENTS) throw new BadUserInputError(`${field}.hourlyCost is too large`, `${field}.hourlyCost`);

  // cents × 10^-4 × 10^-4 ÷ cents: both sides in the same unit once the rates' scale is moved down.
  const numerator = amount * labourShare * insertionRate;
  const denominator = hourlyCost * RATE_ONE * RATE_ONE;
  const hours = divideHalfUp(numerator, denominator);
  if (hours > MAX_HOURS) throw new BadUserInputError(`${field} gives more than ${MAX_HOURS} hours`, field);
  return {
    amount: fromScaled(amount, MONEY_SCALE),
    labourShare: fromScaled(labourShare, RATE_SCALE),
    insertionRate: fromScaled(insertionRate, RATE_SCALE),
    hourlyCost: fromScaled(hourlyCost, MONEY_SCALE),
    hours: fromScaled(hours * 100n, 2),
    exactHours: fromScaled(divideHalfUp(numerator * 100n, denominator), 2),
  };
}
