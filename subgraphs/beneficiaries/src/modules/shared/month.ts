/** Months are `YYYY-MM` strings (DESIGN.md §2): they sort as text and need no time zone. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month of a `YYYY-MM-DD` day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Number of days of a `YYYY-MM` month (28 to 31). */
export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/**
 * The day in Paris as `YYYY-MM-DD` (the Swedish locale writes dates so). One formatter for the process:
 * `toLocaleDateString` with a time zone builds a new one at each call, which a 500-line batch paid per line.
 */
const PARIS_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });

/** The current month in Paris, where the statements are declared. */
export function currentMonth(now: Date = new Date()): string {
  return PARIS_DAY.format(now).slice(0, 7);
}

/** Today in Paris, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return PARIS_DAY.format(now);
}

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  // Arithmetic on months since year 0, no Date: the working-time checks call it eight times per line.
  const months = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` shifted by `days` days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
