import { createEntityLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Structure } from './modules/structure/structure.entity';

/** Per-request loaders of the structures subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    structureById: createEntityLoader(em, Structure, 'id'),
    structureBySiret: createEntityLoader(em, Structure, 'siret'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
