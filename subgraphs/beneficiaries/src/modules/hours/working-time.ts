import { addMonths, daysInMonth } from '../shared/month';

/**
 * The maximum working time of one person (Code du travail, default rules without a collective agreement's
 * derogation), turned into caps on the monthly statements — the only grain we hold:
 * - L3121-18: at most 10 hours of work a day;
 * - L3121-20: at most 48 hours in any single week;
 * - L3121-22: at most 44 hours a week on average over any 12 consecutive weeks (528 hours);
 * - L3121-35: the week runs from Monday 0 h to Sunday 24 h.
 *
 * A month touches 5 or 6 civil weeks, some only in part: a week with d of its days in the month holds at
 * most min(48, 10 × d) hours of it. The monthly cap is the sum over those weeks (240 h in January 2025,
 * which starts on a Wednesday: 5 weeks of 48 h). Three consecutive months (89 to 92 days) touch 13 or 14
 * civil weeks; any 12 consecutive ones hold at most 528 h, so the three-month cap is the sum of the weeks'
 * caps less what a block of 12 of them would hold beyond 528 h, taking the block that gives the lowest
 * cap. Both caps are upper bounds: no schedule the law allows is refused, and a total that no schedule
 * could reach is. Training hours count with the hours worked, as they always did here (training the
 * employer requires is working time, L6321-2).
 */
export const DAY_MAX_HUNDREDTHS = 10_00;
export const WEEK_MAX_HUNDREDTHS = 48_00;
export const TWELVE_WEEKS_MAX_HUNDREDTHS = 12 * 44_00;

const DAY_MS = 86_400_000;

/** The caps of the civil weeks (Monday to Sunday) that the days from `first` to `last` (`YYYY-MM`) touch. */
function weekCaps(first: string, last: string): number[] {
  const start = Date.parse(`${first}-01T00:00:00Z`);
  const end = Date.parse(`${last}-${String(daysInMonth(last)).padStart(2, '0')}T00:00:00Z`);
  const caps: number[] = [];
  let days = 0;
  for (let day = start; day <= end; day += DAY_MS) {
    days += 1;
    const isSunday = new Date(day).getUTCDay() === 0;
    if (isSunday || day === end) {
      caps.push(Math.min(WEEK_MAX_HUNDREDTHS, DAY_MAX_HUNDREDTHS * days));
      days = 0;
    }
  }
  return caps;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * A cap depends on the calendar alone: computed once per month (a 500-line batch checks each line against
 * four caps, under the people's locks — walking 3 × 92 days per line there was most of the batch's time).
 */
function memoized(compute: (month: string) => number): (month: string) => number {
  const known = new Map<string, number>();
  return (month) => {
    let cap = known.get(month);
    if (cap === undefined) {
      cap = compute(month);
      known.set(month, cap);
    }
    return cap;
  };
}

/** The most hours (in hundredths) one person can work in `month` (L3121-18, L3121-20). */
export const monthCapHundredths = memoized((month) => sum(weekCaps(month, month)));

/** The most hours (in hundredths) one person can work in the three months from `firstMonth` (L3121-22 too). */
export const quarterCapHundredths = memoized((firstMonth) => {
  const caps = weekCaps(firstMonth, addMonths(firstMonth, 2));
  const total = sum(caps);
  let best = total;
  for (let from = 0; from + 12 <= caps.length; from += 1) {
    best = Math.min(best, total - Math.max(0, sum(caps.slice(from, from + 12)) - TWELVE_WEEKS_MAX_HUNDREDTHS));
  }
  return best;
});

/** The first months of the three-month windows that contain `month`. */
export function windowsContaining(month: string): string[] {
  return [addMonths(month, -2), addMonths(month, -1), month];
}

export interface WorkingTimeBreach {
  rule: 'L3121-20' | 'L3121-22';
  months: string;
  total: number;
  cap: number;
}

/**
 * The first cap that `totals` (hundredths per `YYYY-MM`, all of one person's current statements, the
 * new one included) breaks among those that concern `month`, or null.
 */
export function workingTimeBreach(totals: ReadonlyMap<string, number>, month: string): WorkingTimeBreach | null {
  const inMonth = totals.get(month) ?? 0;
  const monthCap = monthCapHundredths(month);
  if (inMonth > monthCap) return { rule: 'L3121-20', months: month, total: inMonth, cap: monthCap };
  for (const first of windowsContaining(month)) {
    const window = [first, addMonths(first, 1), addMonths(first, 2)];
    const total = sum(window.map((m) => totals.get(m) ?? 0));
    const cap = quarterCapHundredths(first);
    if (total > cap) return { rule: 'L3121-22', months: `${window[0]} à ${window[2]}`, total, cap };
  }
  return null;
}
