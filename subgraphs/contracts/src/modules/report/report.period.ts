import { BadUserInputError } from '@maillage/subgraph-kit';

/** A report's period: two dates (AAAA-MM-JJ), both included. */
export interface Period {
  start: string;
  end: string;
}

/** The longest period a report may cover: 10 years (issue #22; beyond, figures stop being comparable). */
export const MAX_PERIOD_YEARS = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar year `year`. */
export function calendarYear(year: number): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The last complete calendar year on `today` (Europe/Paris dates are close enough: a year ends at midnight). */
export function lastCompleteYear(today = new Date()): number {
  return today.getUTCFullYear() - 1;
}

/**
 * The period asked for: a calendar year, or two dates, or by default the last complete calendar year.
 * A period that ends before it starts, or spans more than ten years, is a BAD_USER_INPUT.
 */
export function resolvePeriod(input: { year?: number | null; from?: string | null; to?: string | null } | null | undefined, today = new Date()): Period {
  const { year, from, to } = input ?? {};
  if (year !== null && year !== undefined) {
    if (from || to) throw new BadUserInputError('Donner soit une année, soit une date de début et une date de fin, pas les deux.', 'period.year');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('Année hors limites (2000 à 2100).', 'period.year');
    return calendarYear(year);
  }
  if (!from && !to) return calendarYear(lastCompleteYear(today));
  if (!from || !isDate(from)) throw new BadUserInputError('Date de début manquante ou invalide (AAAA-MM-JJ).', 'period.from');
  if (!to || !isDate(to)) throw new BadUserInputError('Date de fin manquante ou invalide (AAAA-MM-JJ).', 'period.to');
  if (to < from) throw new BadUserInputError('La période se termine avant de commencer.', 'period.to');
  const limit = new Date(`${from}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_PERIOD_YEARS);
  if (new Date(`${to}T00:00:00Z`) >= limit) throw new BadUserInputError(`La période dépasse ${MAX_PERIOD_YEARS} ans.`, 'period.to');
  return { start: from, end: to };
}

/** The same period one year earlier (the comparison of the annual report). */
export function previousYearOf(period: Period): Period {
  const shift = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)}`;
  return { start: shift(period.start), end: shift(period.end) };
}
