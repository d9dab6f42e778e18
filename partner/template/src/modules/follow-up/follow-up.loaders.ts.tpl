import { createUuidGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { {{Name}}FollowUp } from './follow-up.entity';

/** Per-request look-ups: one `IN (…)` statement per batch, whatever the number of references. */
export function createFollowUpLoaders(em: EntityManager) {
  return {
    followUpById: createUuidLoader(em, {{Name}}FollowUp, 'id'),
    followUpsByBeneficiary: createUuidGroupLoader(em, {{Name}}FollowUp, 'beneficiaryId', { occurredOn: 'desc', id: 'asc' }),
  };
}
