import { createUuidGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingsFollowUp } from './follow-up.entity';

/** Per-request look-ups: one `IN (…)` statement per batch, whatever the number of references. */
export function createFollowUpLoaders(em: EntityManager) {
  return {
    followUpById: createUuidLoader(em, TrainingsFollowUp, 'id'),
    followUpsByBeneficiary: createUuidGroupLoader(em, TrainingsFollowUp, 'beneficiaryId', { occurredOn: 'desc', id: 'asc' }),
  };
}
