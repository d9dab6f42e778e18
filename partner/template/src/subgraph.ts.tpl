import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders, type Loaders } from './context';
import { migrations } from './migrations';
import { {{Name}}FollowUp } from './modules/follow-up/follow-up.entity';
import { build{{Name}}Schema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The {{name}} subgraph: what its partner owns, joined to the graph by the keys of other subgraphs' entities. */
export const {{nameCamel}}Subgraph: SubgraphDefinition<Loaders> = {
  name: '{{name}}',
  entities: [{{Name}}FollowUp],
  migrations,
  buildSchema: build{{Name}}Schema,
  createLoaders,
  seedDemo,
};
