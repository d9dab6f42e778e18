import type { RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createFacilitatorLoaders } from './modules/facilitator/facilitator.loaders';
import { createGeographyLoaders } from './modules/geography/geography.loaders';
import { createFacilitationLoader } from './modules/report/report-facilitation.loader';

/** Per-request loaders of the directory subgraph. */
export function createLoaders(em: EntityManager) {
  return { ...createGeographyLoaders(em), ...createFacilitatorLoaders(em), facilitationByScope: createFacilitationLoader(em) };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
