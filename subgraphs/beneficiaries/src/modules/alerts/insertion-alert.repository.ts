import { isUuid, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArrayLiteral } from '../aggregates/aggregates.rollup';
import { PLACEMENTS_FROM, visiblePlacementsWhere } from '../placement/placement.repository';

export interface ContractFiguresRow {
  contract_id: string;
  realised: string;
  declared: boolean;
  active: number;
}

export interface EndingRow {
  id: string;
  contract_id: string;
  end_date: string;
  rome_code: string | null;
}

const ids = (contractIds: readonly string[]) => uuidArrayLiteral([...new Set(contractIds.filter(isUuid).map((id) => id.toLowerCase()))]);

/**
 * Per contract, in ONE statement: the hours realised (the roll-up), whether any current statement exists
 * for `month`, and the placements active during it (`first`..`last`).
 */
export function contractFigures(em: EntityManager, contractIds: readonly string[], month: string, first: string, last: string): Promise<ContractFiguresRow[]> {
  if (contractIds.length === 0) return Promise.resolve([]);
  return em.execute<ContractFiguresRow[]>(
    `SELECT w.id::text AS contract_id,
            coalesce((SELECT sum(r.hours_worked + r.training_hours) FROM contract_hours_rollup r WHERE r.contract_id = w.id), 0)::numeric(14,2)::text AS realised,
            EXISTS (SELECT 1 FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current AND s.month = ? WHERE p.contract_id = w.id) AS declared,
            (SELECT count(*) FROM placement p WHERE p.contract_id = w.id AND p.start_date <= ?::date AND (p.end_date IS NULL OR p.end_date >= ?::date))::int AS active
       FROM (SELECT DISTINCT unnest(?::uuid[]) AS id) w`,
    [month, last, first, ids(contractIds)],
  );
}

/**
 * The placements of these contracts the viewer may read that end between `from` and `to` and whose path
 * has no outcome at exit yet: ONE statement, with the access table's condition.
 */
export function placementsEndingWithoutOutcome(em: EntityManager, viewer: Viewer, contractIds: readonly string[], from: string, to: string): Promise<EndingRow[]> {
  if (contractIds.length === 0) return Promise.resolve([]);
  const visible = visiblePlacementsWhere(viewer, {});
  return em.execute<EndingRow[]>(
    `SELECT p.id::text AS id, p.contract_id::text AS contract_id, p.end_date::text AS end_date, p.rome_code
       ${PLACEMENTS_FROM}
      WHERE p.contract_id = ANY(?::uuid[]) AND p.end_date BETWEEN ?::date AND ?::date
        AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.path_id = p.path_id AND o.kind = 'AT_EXIT')
        AND ${visible.sql}
      ORDER BY p.end_date, p.id`,
    [ids(contractIds), from, to, ...visible.params],
  );
}
