import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { Commune } from './modules/territory/commune.entity';
import { Department } from './modules/territory/department.entity';
import { buildDirectorySchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The directory subgraph: French territories and the facilitators who cover them. */
export const directorySubgraph: SubgraphDefinition = {
  name: 'directory',
  entities: [Department, Commune],
  migrations,
  buildSchema: buildDirectorySchema,
  createLoaders,
  seedDemo,
};
