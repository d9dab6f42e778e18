/**
 * Hours are exact decimals with two places (`numeric(10,2)`, the `Decimal` scalar): arithmetic is done in
 * hundredths, as integers, never in floating point.
 */
const HOURS = /^\d{1,6}(?:\.\d{1,2})?$/;

/** `"12.5"` → 1250; null when the text is not a non-negative number of hours with at most two decimals. */
export function toHundredths(value: string): number | null {
  if (!HOURS.test(value)) return null;
  const [units, fraction = ''] = value.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 1250 → `"12.50"`. */
export function fromHundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}
