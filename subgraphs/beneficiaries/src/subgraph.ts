import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { Beneficiary } from './modules/beneficiary/beneficiary.entity';
import { buildBeneficiariesSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The beneficiaries subgraph: people, eligibility, placements, monthly hours and outcomes. */
export const beneficiariesSubgraph: SubgraphDefinition = {
  name: 'beneficiaries',
  entities: [Beneficiary],
  migrations,
  buildSchema: buildBeneficiariesSchema,
  createLoaders,
  seedDemo,
};
