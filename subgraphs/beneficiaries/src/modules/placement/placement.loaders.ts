import type { EntityManager } from '@mikro-orm/postgresql';
import { createUuidGroupLoader, createUuidLoader } from '../../db/loaders';
import { Placement } from './placement.entity';

export function createPlacementLoaders(em: EntityManager) {
  return {
    placementById: createUuidLoader(em, Placement, 'id'),
    placementsByBeneficiaryId: createUuidGroupLoader(em, Placement, 'beneficiaryId', { startDate: 'asc', id: 'asc' }),
  };
}
