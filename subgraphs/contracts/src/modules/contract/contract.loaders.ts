import { createGroupLoader, createUuidLoader, type InsertionModality, isUuid, MODALITIES } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contract } from './contract.entity';
import { sumHoursTargets } from './contract.repository';

/** Per-request loaders of contracts and of their hours target (one SQL aggregate per batch). */
export function createContractLoaders(em: EntityManager) {
  const hours = createGroupLoader((ids) => sumHoursTargets(em, ids.filter(isUuid)), (row) => row.contractId);
  const hoursTargetByContractId: { load(id: string): Promise<string> } = {
    load: async (id) => (await hours.load(id.toLowerCase()))[0]?.hours ?? '0.00',
  };
  /** No clause, or a clause that lists none, restricts nothing: every modality counts. */
  const allowedModalitiesByContractId: { load(id: string): Promise<InsertionModality[]> } = {
    load: async (id) => {
      const [row] = await hours.load(id.toLowerCase());
      if (!row || row.unrestricted) return [...MODALITIES];
      return MODALITIES.filter((modality) => row.modalities.includes(modality));
    },
  };
  const trainingHoursCapByContractId: { load(id: string): Promise<string> } = {
    load: async (id) => (await hours.load(id.toLowerCase()))[0]?.trainingCap ?? '0.00',
  };
  return {
    trainingHoursCapByContractId,
    contractById: createUuidLoader(em, Contract, 'id', { readOnly: true }),
    hoursTargetByContractId,
    allowedModalitiesByContractId,
  };
}
