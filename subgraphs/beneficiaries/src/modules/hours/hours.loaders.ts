import { createUuidGroupLoader, createUuidLoader, isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { HoursStatement } from './hours-statement.entity';

export function createHoursLoaders(em: EntityManager) {
  return {
    /** Statements by id: the lines of a batch that ask for theirs, in one query. */
    statementById: createUuidLoader(em, HoursStatement, 'id'),
    currentStatementsByPlacementId: createUuidGroupLoader(em, HoursStatement, 'placementId', { month: 'asc' }, { isCurrent: true }),
    /** Every version of a placement's month, keyed `placementId|YYYY-MM`, oldest first (one query per batch). */
    statementHistory: new DataLoader<string, HoursStatement[]>(async (keys) => {
      const pairs = keys.map((key) => key.split('|')).filter(([id]) => isUuid(id)).map(([placement_id, month]) => ({ placement_id, month }));
      const rows = pairs.length === 0 ? [] : await em.execute<Record<string, unknown>[]>(
        `SELECT s.* FROM hours_statement s JOIN jsonb_to_recordset(?::jsonb) AS k(placement_id uuid, month text)
            ON s.placement_id = k.placement_id AND s.month = k.month ORDER BY s.version`,
        [JSON.stringify(pairs)],
      );
      const groups = new Map<string, HoursStatement[]>();
      for (const statement of rows.map((row) => em.map(HoursStatement, row))) {
        const key = `${statement.placementId}|${statement.month}`;
        groups.set(key, [...(groups.get(key) ?? []), statement]);
      }
      return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
    }),
  };
}
