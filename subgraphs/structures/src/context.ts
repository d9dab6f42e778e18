import type { RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createMatchingLoaders } from './modules/matching/matching.repository';
import { createStructureLoaders } from './modules/structure/structure.loaders';

/** Per-request loaders of the structures subgraph. */
export function createLoaders(em: EntityManager) {
  return { ...createStructureLoaders(em), matching: createMatchingLoaders(em) };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
