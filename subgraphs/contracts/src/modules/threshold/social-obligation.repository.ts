import { findPage, type Connection, type PageArgs, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract } from '../contract/contract.entity';
import { SOCIAL_CONDITION_REQUIRED_FROM } from './social-obligation';

/**
 * Contracts that the 2026 obligation concerns and that carry no social execution condition: consultation
 * launched from 22 August 2026, estimated amount equal to or above the threshold in effect that day for their
 * kind and buyer, no lot with an execution-condition device (its `insertion_clause` row), not cancelled. The
 * obligation is on the execution conditions (loi 2021-1104, art. 35; CCP L2112-2): an award criterion
 * (L2152-7) or a reservation (L2113-12, L2113-13), rows of `social_device`, does not meet it on its own. A facilitator sees those of their territories
 * (department or commune of the buyer); `department` narrows the list.
 */
export async function findContractsMissingSocialCondition(em: EntityManager, viewer: Viewer, department: string | null, page: PageArgs): Promise<Connection<Contract>> {
  const params: unknown[] = [SOCIAL_CONDITION_REQUIRED_FROM];
  let territory = '';
  if (viewer.role === 'facilitator') {
    territory += ' AND (b.department_code IN (SELECT jsonb_array_elements_text(?::jsonb)) OR b.commune_code IN (SELECT jsonb_array_elements_text(?::jsonb)))';
    params.push(JSON.stringify(viewer.territories), JSON.stringify(viewer.territories));
  }
  if (department) {
    territory += ' AND b.department_code = ?';
    params.push(department);
  }
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `SELECT c.id FROM contract c
       JOIN buyer b ON b.id = c.buyer_id
       JOIN eu_threshold t ON t.works = (c.procurement_kind = 'WORKS')
        AND t.buyer_scope = CASE WHEN b.kind = 'STATE' THEN 'CENTRAL' ELSE 'OTHER' END
        AND t.valid_from <= c.consultation_launch_date AND (t.valid_until IS NULL OR t.valid_until >= c.consultation_launch_date)
      WHERE b.kind <> 'PRIVATE_COMPANY' AND c.status <> 'CANCELLED'
        AND c.consultation_launch_date >= ? AND c.estimated_amount >= t.amount
        AND NOT EXISTS (SELECT 1 FROM lot l JOIN insertion_clause ec ON ec.lot_id = l.id WHERE l.contract_id = c.id)${territory}`,
    params,
  );
  return findPage(em, Contract, { id: { $in: rows.map((row) => row.id) } }, { orderBy: [['reference', 'asc'], ['id', 'asc']], ...page });
}
