import { createGroupLoader, createUuidLoader, isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PlannedPurchase } from './planned-purchase.entity';

/**
 * Per-request loaders of the census and of what the structures subgraph requires of a contract to match
 * structures with it: one statement per batch each.
 */
export function createCensusLoaders(em: EntityManager) {
  return {
    plannedPurchaseByContractId: createUuidLoader(em, PlannedPurchase, 'contractId'),
    /**
     * The companies that worked beside each contract's holders: co-contractors and subcontractors of any
     * contract one of its holders held (this one included), by SIRET.
     */
    collaboratorSiretsByContractId: createGroupLoader(
      async (ids) => {
        const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
        if (valid.length === 0) return [];
        return em.getConnection().execute<{ contract_id: string; siret: string }[]>(
          `SELECT DISTINCT h.contract_id::text AS contract_id, p.company_siret AS siret
             FROM contract_party h
             JOIN contract_party held ON held.company_siret = h.company_siret AND held.role = 'HOLDER'
             JOIN contract_party p ON p.contract_id = held.contract_id AND p.role <> 'HOLDER'
            WHERE h.role = 'HOLDER' AND h.contract_id IN (SELECT unnest(?::uuid[]))
            ORDER BY 1, 2`,
          [`{${valid.join(',')}}`],
        );
      },
      (row) => row.contract_id,
    ),
  };
}
