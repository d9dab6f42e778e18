import { createGroupLoader, createUuidLoader, isUuid } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract } from './contract.entity';
import { sumHoursTargets } from './contract.repository';

/** Per-request loaders of contracts and of their hours target (one SQL aggregate per batch). */
export function createContractLoaders(em: EntityManager) {
  const hours = createGroupLoader((ids) => sumHoursTargets(em, ids.filter(isUuid)), (row) => row.contractId);
  const hoursTargetByContractId: { load(id: string): Promise<string> } = {
    load: async (id) => (await hours.load(id.toLowerCase()))[0]?.hours ?? '0.00',
  };
  return {
    contractById: createUuidLoader(em, Contract, 'id'),
    hoursTargetByContractId,
  };
}
