import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContractStatus } from '../contract/contract.enums';

interface WatchedRow {
  id: string;
  reference: string;
  status: ContractStatus;
  hours_target: string;
  execution_start: string | null;
  execution_end: string | null;
}

/**
 * The contracts a facilitator's alerts watch, in ONE statement: those of the buyers of their territories
 * (department or commune of the buyer), awarded, in execution or closed, carrying at least one clause.
 */
export function watchedContracts(em: EntityManager, territories: readonly string[]): Promise<WatchedRow[]> {
  const list = JSON.stringify(territories);
  return em.getConnection().execute<WatchedRow[]>(
    `SELECT c.id, c.reference, c.status, sum(ic.hours_target)::numeric(12,2)::text AS hours_target,
            c.execution_start::text AS execution_start, c.execution_end::text AS execution_end
       FROM contract c
       JOIN buyer b ON b.id = c.buyer_id
       JOIN lot l ON l.contract_id = c.id
       JOIN insertion_clause ic ON ic.lot_id = l.id
      WHERE c.status IN ('AWARDED', 'IN_EXECUTION', 'CLOSED')
        AND (b.department_code IN (SELECT jsonb_array_elements_text(?::jsonb)) OR b.commune_code IN (SELECT jsonb_array_elements_text(?::jsonb)))
      GROUP BY c.id
      ORDER BY c.reference, c.id`,
    [list, list],
  );
}
