import { BadUserInputError } from '@maillage/subgraph-kit';

/**
 * Hours are exact decimals with two places (numeric(10,2)); arithmetic happens on integer hundredths so no
 * binary float ever touches them.
 */
const HOURS = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/** `"151.5"` → 15150 hundredths; anything else (negative, 3 decimals, exponent) is a BAD_USER_INPUT on `field`. */
export function toHundredths(value: string, field: string): number {
  const match = HOURS.exec(value.trim());
  if (!match) throw new BadUserInputError(`${field} must be a non-negative number of hours with at most 2 decimals, such as "151.67"`, field);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 15150 → `"151.50"`. */
export function fromHundredths(value: number): string {
  return `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}
