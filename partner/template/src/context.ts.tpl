import type { RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createFollowUpLoaders } from './modules/follow-up/follow-up.loaders';

/** Per-request loaders of the {{name}} subgraph. */
export function createLoaders(em: EntityManager) {
  return createFollowUpLoaders(em);
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
