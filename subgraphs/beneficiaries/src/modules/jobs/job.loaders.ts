import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { jobRowsByContract, type JobRow } from './job.repository';

/** The job rows of each contract: one statement per request, however many contracts. */
export function createJobLoaders(em: EntityManager) {
  return {
    jobRowsByContractId: new DataLoader<string, JobRow[]>(async (ids) => {
      const rows = await jobRowsByContract(em, ids);
      return ids.map((id) => rows.filter((row) => row.contract_id === id.toLowerCase()));
    }),
  };
}
