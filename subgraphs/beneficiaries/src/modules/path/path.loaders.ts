import { createUuidGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Outcome } from './outcome.entity';
import { Path } from './path.entity';

export function createPathLoaders(em: EntityManager) {
  return {
    pathsByBeneficiaryId: createUuidGroupLoader(em, Path, 'beneficiaryId', { startedOn: 'asc', id: 'asc' }),
    outcomesByPathId: createUuidGroupLoader(em, Outcome, 'pathId', { observedOn: 'asc' }),
  };
}
