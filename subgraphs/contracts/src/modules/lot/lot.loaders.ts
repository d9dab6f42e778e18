import type { EntityManager } from '@mikro-orm/postgresql';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { createUuidGroupLoader, createUuidLoader } from '../shared/loaders';
import { Lot } from './lot.entity';

/** Per-request loaders of lots and their clauses. */
export function createLotLoaders(em: EntityManager) {
  return {
    lotById: createUuidLoader(em, Lot, 'id', (lot) => lot.id),
    lotsByContractId: createUuidGroupLoader(em, Lot, 'contract', (lot) => lot.contract.id, { number: 'asc' }),
    clauseByLotId: createUuidLoader(em, InsertionClause, 'lot', (clause) => clause.lot.id),
  };
}
