import { isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTRACT_PROGRESS_SQL, CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL, uuidArrayLiteral } from './aggregates.rollup';

/**
 * Which placements an aggregate covers: a contract's (`contract-totals`: the same without the months), a
 * structure's (as employer), a company's (as employer).
 */
export type Scope = 'contract' | 'contract-totals' | 'structure' | 'company';

/** The key column and its type: keys are compared in the column's own type, so that its index is used. */
const SCOPE_COLUMN: Record<Exclude<Scope, 'contract' | 'contract-totals'>, { column: string; type: 'uuid' | 'text' }> = {
  structure: { column: 'p.employer_structure_id', type: 'uuid' },
  company: { column: 'p.employer_siret', type: 'text' },
};

/** One row of the grouped aggregate: the total (no modality, no month), a modality, or a month. */
export interface AggregateRow {
  key: string;
  modality: string | null;
  month: string | null;
  grouping: 'total' | 'modality' | 'month';
  hours: string;
  training: string;
  people: number;
  placed_people: number;
  placements: number;
  active_placements: number;
  last_month: string | null;
}

/**
 * Every aggregate of a batch of keys in ONE statement, whatever the number of keys. Contracts read the
 * roll-up (`aggregates.rollup.ts`); structures and companies are computed from the statements.
 */
export async function aggregateHours(em: EntityManager, scope: Scope, keys: readonly string[]): Promise<AggregateRow[]> {
  if (scope !== 'contract' && scope !== 'contract-totals') return computeAggregateHours(em, scope, keys);
  const wanted = [...new Set(keys.filter(isUuid).map((key) => key.toLowerCase()))];
  if (wanted.length === 0) return [];
  return em.execute<AggregateRow[]>(scope === 'contract' ? CONTRACT_PROGRESS_SQL : CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL, [uuidArrayLiteral(wanted)]);
}

/**
 * The aggregates computed from the statements, in ONE statement whatever the number of keys: totals, by modality
 * and by month through GROUPING SETS, over the current version of each statement only. It reads the
 * placement index of its scope and the partial index of current statements (hours included).
 */
export async function computeAggregateHours(em: EntityManager, scope: 'structure' | 'company', keys: readonly string[]): Promise<AggregateRow[]> {
  const { column, type } = SCOPE_COLUMN[scope];
  // A forged representation (not a UUID) matches nothing rather than failing the batch.
  const wanted = [...new Set(type === 'uuid' ? keys.filter(isUuid).map((key) => key.toLowerCase()) : keys)];
  if (wanted.length === 0) return [];
  return em.execute<AggregateRow[]>(
    `SELECT ${column}::text AS key, p.modality, s.month,
            CASE WHEN GROUPING(p.modality) = 0 THEN 'modality' WHEN GROUPING(s.month) = 0 THEN 'month' ELSE 'total' END AS grouping,
            coalesce(sum(s.hours_worked + s.training_hours), 0::numeric(10,2))::text AS hours,
            coalesce(sum(s.training_hours), 0::numeric(10,2))::text AS training,
            (count(DISTINCT p.beneficiary_id) FILTER (WHERE s.id IS NOT NULL))::int AS people,
            count(DISTINCT p.beneficiary_id)::int AS placed_people,
            count(DISTINCT p.id)::int AS placements,
            (count(DISTINCT p.id) FILTER (WHERE p.start_date <= current_date AND (p.end_date IS NULL OR p.end_date >= current_date)))::int AS active_placements,
            max(s.month) AS last_month
       FROM placement p
       LEFT JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
      WHERE ${column} IN (SELECT jsonb_array_elements_text(?::jsonb)::${type})
      GROUP BY GROUPING SETS ((${column}), (${column}, p.modality), (${column}, s.month))`,
    [JSON.stringify(wanted)],
  );
}
