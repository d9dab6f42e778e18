import { createUuidGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Placement } from './placement.entity';

export function createPlacementLoaders(em: EntityManager) {
  return {
    placementById: createUuidLoader(em, Placement, 'id'),
    placementsByBeneficiaryId: createUuidGroupLoader(em, Placement, 'beneficiaryId', { startDate: 'asc', id: 'asc' }),
  };
}
