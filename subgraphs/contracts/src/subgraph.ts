import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders } from './context';
import { migrations } from './migrations';
import { Buyer } from './modules/buyer/buyer.entity';
import { Company } from './modules/company/company.entity';
import { Contract } from './modules/contract/contract.entity';
import { buildContractsSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/** The contracts subgraph: buyers, contracts, lots, insertion clauses and companies. */
export const contractsSubgraph: SubgraphDefinition = {
  name: 'contracts',
  entities: [Buyer, Company, Contract],
  migrations,
  buildSchema: buildContractsSchema,
  createLoaders,
  seedDemo,
};
