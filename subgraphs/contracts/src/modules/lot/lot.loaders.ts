import { createUuidGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { Lot } from './lot.entity';

/** Per-request loaders of lots and their clauses. */
export function createLotLoaders(em: EntityManager) {
  return {
    lotById: createUuidLoader(em, Lot, 'id'),
    lotsByContractId: createUuidGroupLoader(em, Lot, 'contract', { number: 'asc' }),
    clauseByLotId: createUuidLoader(em, InsertionClause, 'lot'),
  };
}
