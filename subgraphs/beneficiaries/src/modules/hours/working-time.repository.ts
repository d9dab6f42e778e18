import { BadUserInputError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fromHundredths } from '../shared/hours';
import { addMonths } from '../shared/month';
import { workingTimeBreach, type WorkingTimeBreach } from './working-time';

/**
 * Locks the people's rows (`SELECT … FOR UPDATE`, in id order so two batches cannot deadlock) until the
 * transaction ends: every declaration or correction of a person's hours takes this lock before it reads
 * their totals, so two concurrent ones are checked one after the other and cannot both slip under a cap.
 */
export async function lockPeople(tx: EntityManager, beneficiaryIds: string[]): Promise<void> {
  if (beneficiaryIds.length === 0) return;
  await tx.execute('SELECT id FROM beneficiary WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) ORDER BY id FOR UPDATE', [JSON.stringify([...new Set(beneficiaryIds)])]);
}

/**
 * Hours (hundredths) of the current statements of each person, per month, from two months before the
 * earliest of `months` to two months after the latest: every three-month window that contains one of them.
 */
export async function monthlyTotals(tx: EntityManager, beneficiaryIds: string[], months: string[]): Promise<Map<string, Map<string, number>>> {
  const sorted = [...months].sort();
  const rows = await tx.execute<{ beneficiary_id: string; month: string; hundredths: string }[]>(
    `SELECT p.beneficiary_id, s.month, (sum(s.hours_worked + s.training_hours) * 100)::bigint AS hundredths
       FROM hours_statement s JOIN placement p ON p.id = s.placement_id
      WHERE s.is_current AND p.beneficiary_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) AND s.month BETWEEN ? AND ?
      GROUP BY p.beneficiary_id, s.month`,
    [JSON.stringify([...new Set(beneficiaryIds)]), addMonths(sorted[0]!, -2), addMonths(sorted[sorted.length - 1]!, 2)],
  );
  const totals = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const person = totals.get(row.beneficiary_id) ?? new Map<string, number>();
    person.set(row.month, Number(row.hundredths));
    totals.set(row.beneficiary_id, person);
  }
  return totals;
}

/** The message of a breach: the rule, its article, the months, the person's total and the cap. */
export function breachMessage(breach: WorkingTimeBreach, field: string): string {
  const rule = breach.rule === 'L3121-20'
    ? 'au plus 48 h par semaine et 10 h par jour (Code du travail, L3121-20 et L3121-18)'
    : 'au plus 44 h par semaine en moyenne sur 12 semaines consécutives (Code du travail, L3121-22)';
  return `${field} : avec toutes les mises en emploi de la personne, ${fromHundredths(breach.total)} h sur ${breach.months} dépassent le maximum légal de ${fromHundredths(breach.cap)} h (${rule})`;
}

/**
 * Checks one new statement of `hundredths` for `month` against the person's other current statements
 * (read under the person's lock, which the caller already holds): a BAD_USER_INPUT naming the rule.
 */
export async function assertWithinWorkingTime(tx: EntityManager, beneficiaryId: string, month: string, hundredths: number, field: string): Promise<void> {
  const totals = (await monthlyTotals(tx, [beneficiaryId], [month])).get(beneficiaryId) ?? new Map<string, number>();
  totals.set(month, (totals.get(month) ?? 0) + hundredths);
  const breach = workingTimeBreach(totals, month);
  if (breach) throw new BadUserInputError(breachMessage(breach, field), field);
}
