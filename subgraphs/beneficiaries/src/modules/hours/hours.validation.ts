import { BadUserInputError } from '@maillage/subgraph-kit';
import type { Placement } from '../placement/placement.entity';
import { fromHundredths, toHundredths } from '../shared/hours';
import { currentMonth, isMonth, monthOf } from '../shared/month';
import { monthCapHundredths } from './working-time';

export interface ValidHours {
  month: string;
  hoursWorked: string;
  trainingHours: string;
  /** hoursWorked + trainingHours, in hundredths: what counts toward the person's working time. */
  hundredths: number;
}

/**
 * The rules of a statement: a `YYYY-MM` month within the placement's dates and not in the future; hours
 * with at most two decimals, more than zero in total, and on its own no more than one person may work in
 * the month (working-time.ts). The caps across all of the person's placements are checked when the
 * statement is written, under the person's lock (working-time.repository.ts). `prefix` names the line of
 * a batch in the error's field (`lines.3.month`).
 */
export function validateHours(placement: Pick<Placement, 'startDate' | 'endDate'>, line: { month: string; hoursWorked: string; trainingHours?: string | null }, prefix = ''): ValidHours {
  const { month } = line;
  if (!isMonth(month)) throw new BadUserInputError(`${prefix}month must be a month written YYYY-MM`, `${prefix}month`);
  if (month > currentMonth()) throw new BadUserInputError(`${prefix}month is in the future`, `${prefix}month`);
  if (month < monthOf(placement.startDate) || (placement.endDate && month > monthOf(placement.endDate))) {
    throw new BadUserInputError(`${prefix}month is outside the placement’s dates`, `${prefix}month`);
  }
  const worked = toHundredths(line.hoursWorked, `${prefix}hoursWorked`);
  const training = toHundredths(line.trainingHours ?? '0', `${prefix}trainingHours`);
  if (worked + training === 0) throw new BadUserInputError(`${prefix}hoursWorked must be more than 0 hours (with trainingHours)`, `${prefix}hoursWorked`);
  const max = monthCapHundredths(month);
  if (worked + training > max) {
    throw new BadUserInputError(
      `${prefix}hoursWorked + trainingHours exceed the legal maximum of ${fromHundredths(max)} h in ${month}: 48 h in any week and 10 h a day (Code du travail, L3121-20, L3121-18)`,
      `${prefix}hoursWorked`,
    );
  }
  return { month, hoursWorked: fromHundredths(worked), trainingHours: fromHundredths(training), hundredths: worked + training };
}

/** A correction's reason: free text, kept short (it is shown in the history). */
export function validateReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 500) throw new BadUserInputError('reason must have 3 to 500 characters', 'reason');
  return trimmed;
}
