import { createGroupLoader, createUuidGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ContractParty } from './contract-party.entity';

const ORDER = { role: 'asc', startDate: 'asc', id: 'asc' } as const;

/** Per-request loaders of the companies on contracts and lots (plain rows: they answer reads only). */
export function createPartyLoaders(em: EntityManager) {
  return {
    partiesByContractId: createUuidGroupLoader(em, ContractParty, 'contract', ORDER, {}, { readOnly: true }),
    partiesByLotId: createUuidGroupLoader(em, ContractParty, 'lot', ORDER, {}, { readOnly: true }),
    partiesByCompanySiret: createGroupLoader(
      (sirets) => em.find(ContractParty, { company: { siret: { $in: [...sirets] } } }, { orderBy: ORDER }),
      (party) => party.company.siret,
    ),
  };
}
