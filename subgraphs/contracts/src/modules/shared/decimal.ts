import { BadUserInputError } from '@maillage/subgraph-kit';

/**
 * Exact decimal arithmetic for money, rates and hours: a decimal string becomes an integer scaled by
 * 10^scale (euros with scale 2 are cents), so no binary float ever touches an amount.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `"1250.5"` with scale 2 → `125050n`; a malformed value or too many decimals is a BAD_USER_INPUT on `field`. */
export function toScaled(value: string, scale: number, field: string): bigint {
  const match = DECIMAL.exec(value);
  if (!match) throw new BadUserInputError(`${field} must be a decimal number such as "1250.50"`, field);
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) throw new BadUserInputError(`${field} has at most ${scale} decimals`, field);
  const scaled = BigInt(whole! + significant.padEnd(scale, '0'));
  return sign ? -scaled : scaled;
}

/** `125050n` with scale 2 → `"1250.50"`. */
export function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Integer division of non-negative numbers, rounding half up. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Rounds a decimal string to `scale` places, half up (PostgreSQL `numeric` semantics on input). */
export function normalizeDecimal(value: string, scale: number, field: string): string {
  return fromScaled(toScaled(value, scale, field), scale);
}
