import { createUuidGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { SocialDeviceRecord } from '../device/social-device.entity';
import { Lot } from './lot.entity';

/** Per-request loaders of lots, their clauses and their other social devices. */
export function createLotLoaders(em: EntityManager) {
  return {
    lotById: createUuidLoader(em, Lot, 'id'),
    lotsByContractId: createUuidGroupLoader(em, Lot, 'contract', { number: 'asc' }),
    clauseByLotId: createUuidLoader(em, InsertionClause, 'lot'),
    /** A lot's award criterion and reservations (its execution condition is its clause). */
    devicesByLotId: createUuidGroupLoader(em, SocialDeviceRecord, 'lot', { kind: 'asc' }),
  };
}
