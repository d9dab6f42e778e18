import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders, type Loaders } from './context';
import { migrations } from './migrations';
import { TrainingsFollowUp } from './modules/follow-up/follow-up.entity';
import { buildTrainingsSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The trainings subgraph: what its partner owns, joined to the graph by the keys of other subgraphs' entities. */
export const trainingsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'trainings',
  entities: [TrainingsFollowUp],
  migrations,
  buildSchema: buildTrainingsSchema,
  createLoaders,
  seedDemo,
};
