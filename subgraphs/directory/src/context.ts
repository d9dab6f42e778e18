import { createEntityLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune } from './modules/territory/commune.entity';
import { Department } from './modules/territory/department.entity';

/** Per-request loaders of the directory subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    communeByCode: createEntityLoader(em, Commune, 'code'),
    departmentByCode: createEntityLoader(em, Department, 'code'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
