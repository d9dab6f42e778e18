import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { StructureIntroduction } from './modules/matching/structure-introduction.entity';
import { Structure } from './modules/structure/structure.entity';
import { buildStructuresSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The structures subgraph: the directory of insertion structures and the employment service. */
export const structuresSubgraph: SubgraphDefinition = {
  name: 'structures',
  entities: [Structure, StructureIntroduction],
  migrations,
  buildSchema: buildStructuresSchema,
  createLoaders,
  seedDemo,
};
