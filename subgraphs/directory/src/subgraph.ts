import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { FacilitatorCoverage } from './modules/facilitator/facilitator-coverage.entity';
import { Facilitator } from './modules/facilitator/facilitator.entity';
import { FacilitatorOrganisation } from './modules/facilitator/facilitator-organisation.entity';
import { Commune } from './modules/geography/commune.entity';
import { CommunePostalCode } from './modules/geography/commune-postal-code.entity';
import { Department } from './modules/geography/department.entity';
import { Epci } from './modules/geography/epci.entity';
import { ensureGeography } from './modules/geography/geography.import';
import { Region } from './modules/geography/region.entity';
import { buildDirectorySchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The directory subgraph: French territories and the facilitators who cover them. */
export const directorySubgraph: SubgraphDefinition = {
  name: 'directory',
  entities: [Region, Department, Epci, Commune, CommunePostalCode, FacilitatorOrganisation, Facilitator, FacilitatorCoverage],
  migrations,
  buildSchema: buildDirectorySchema,
  createLoaders,
  // Real geography in every environment (not demo data): loaded when the package version changes.
  prepare: async (em, logger) => {
    await ensureGeography(em, logger);
  },
  seedDemo,
};
