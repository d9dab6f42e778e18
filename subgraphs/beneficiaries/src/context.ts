import { createUuidLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { createReadAudit } from './audit/audit.recorder';
import { createAggregateLoaders } from './modules/aggregates/aggregates.loaders';
import { Beneficiary } from './modules/beneficiary/beneficiary.entity';
import { employersOf } from './modules/beneficiary/beneficiary.repository';
import { createCriterionLoaders } from './modules/criterion/criterion.loaders';
import { createHoursLoaders } from './modules/hours/hours.loaders';
import { createPathLoaders } from './modules/path/path.loaders';
import { createJobLoaders } from './modules/jobs/job.loaders';
import { createPlacementLoaders } from './modules/placement/placement.loaders';

/** Per-request loaders of the beneficiaries subgraph: every relation, reference and aggregate goes through one. */
export function createLoaders(em: EntityManager) {
  return {
    beneficiaryById: createUuidLoader(em, Beneficiary, 'id'),
    /** Employers (SIRETs and structure ids) of each person, for the `employer` access condition. */
    employersByBeneficiaryId: new DataLoader<string, string[]>(async (ids) => {
      const rows = await employersOf(em, [...ids]);
      return ids.map((id) => rows.filter((row) => row.key === id.toLowerCase()).map((row) => row.employer));
    }),
    readAudit: createReadAudit(em),
    ...createCriterionLoaders(em),
    ...createPathLoaders(em),
    ...createPlacementLoaders(em),
    ...createHoursLoaders(em),
    ...createAggregateLoaders(em),
    ...createJobLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
