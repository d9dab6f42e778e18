import { createEntityLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Beneficiary } from './modules/beneficiary/beneficiary.entity';

/** Per-request loaders of the beneficiaries subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    beneficiaryById: createEntityLoader(em, Beneficiary, 'id'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
