import { createGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createUuidLoader, isUuid, type Loader } from '../shared/loaders';
import { Contract } from './contract.entity';
import { sumHoursTargets } from './contract.repository';

/** Per-request loaders of contracts and of their hours target (one SQL aggregate per batch). */
export function createContractLoaders(em: EntityManager) {
  const hours = createGroupLoader((ids) => sumHoursTargets(em, ids.filter(isUuid)), (row) => row.contractId);
  const hoursTargetByContractId: Loader<string> = {
    load: async (id) => (await hours.load(id.toLowerCase()))[0]?.hours ?? '0.00',
  };
  return {
    contractById: createUuidLoader(em, Contract, 'id', (contract) => contract.id),
    hoursTargetByContractId,
  };
}
