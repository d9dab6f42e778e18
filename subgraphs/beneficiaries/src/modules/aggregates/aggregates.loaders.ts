import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { aggregateHours, type AggregateRow, type Scope } from './aggregates.repository';

function aggregateLoader(em: EntityManager, scope: Scope): DataLoader<string, AggregateRow[]> {
  return new DataLoader<string, AggregateRow[]>(async (keys) => {
    const groups = new Map<string, AggregateRow[]>();
    for (const row of await aggregateHours(em, scope, keys)) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
    return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
  });
}

/** One aggregate statement per scope and request, however many contracts, structures or companies. */
export function createAggregateLoaders(em: EntityManager) {
  return {
    hoursByContractId: aggregateLoader(em, 'contract'),
    /** The same rows without the months, for a read that does not ask for `byMonth` (a dashboard's page). */
    hoursByContractIdWithoutMonths: aggregateLoader(em, 'contract-totals'),
    hoursByStructureId: aggregateLoader(em, 'structure'),
    hoursByCompanySiret: aggregateLoader(em, 'company'),
  };
}
