import { isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '../aggregates/aggregates.rollup';

/**
 * One row of the job counts: a (contract, family) cell, a family over every contract, a contract, or the
 * total. `family` is the ROME family (the code's letter), `NONE` for placements whose job is not coded.
 */
export interface JobRow {
  level: 'cell' | 'family' | 'contract' | 'total';
  contract_id: string | null;
  family: string | null;
  placements: number;
  people: number;
  women_placements: number;
  women: number;
  others: number;
}

const FAMILY = `coalesce(left(p.rome_code, 1), 'NONE')`;

function jobRows(em: EntityManager, contractIds: readonly string[], sets: string, period: { start: string; end: string } | null): Promise<JobRow[]> {
  const wanted = [...new Set(contractIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return Promise.resolve([]);
  const overlap = period ? 'AND p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date)' : '';
  return em.execute<JobRow[]>(
    `SELECT CASE WHEN GROUPING(p.contract_id) = 0 AND GROUPING(${FAMILY}) = 0 THEN 'cell' WHEN GROUPING(${FAMILY}) = 0 THEN 'family'
                 WHEN GROUPING(p.contract_id) = 0 THEN 'contract' ELSE 'total' END AS level,
            CASE WHEN GROUPING(p.contract_id) = 0 THEN p.contract_id::text END AS contract_id,
            CASE WHEN GROUPING(${FAMILY}) = 0 THEN ${FAMILY} END AS family,
            count(*)::int AS placements, count(DISTINCT p.beneficiary_id)::int AS people,
            (count(*) FILTER (WHERE b.sex = 'FEMALE'))::int AS women_placements,
            (count(DISTINCT p.beneficiary_id) FILTER (WHERE b.sex = 'FEMALE'))::int AS women,
            (count(DISTINCT p.beneficiary_id) FILTER (WHERE b.sex IS DISTINCT FROM 'FEMALE'))::int AS others
       FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
      WHERE p.contract_id = ANY(?::uuid[]) ${overlap}
      GROUP BY GROUPING SETS (${sets})`,
    [uuidArrayLiteral(wanted), ...(period ? [period.end, period.start] : [])],
  );
}

/** Each contract's placements by job family, and its totals: ONE statement for a batch of contracts. */
export function jobRowsByContract(em: EntityManager, contractIds: readonly string[]): Promise<JobRow[]> {
  return jobRows(em, contractIds, `(p.contract_id, ${FAMILY}), (p.contract_id)`, null);
}

/** A report's placements overlapping its period: by contract and family, by family, and in total, in ONE statement. */
export function jobRowsOfReport(em: EntityManager, contractIds: readonly string[], period: { start: string; end: string }): Promise<JobRow[]> {
  return jobRows(em, contractIds, `(p.contract_id, ${FAMILY}), (${FAMILY}), ()`, period);
}
