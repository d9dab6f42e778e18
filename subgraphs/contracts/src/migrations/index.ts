import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261124000000_create_buyers_companies_contracts } from './Migration20261124000000_create_buyers_companies_contracts';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  {
    name: 'Migration20261124000000_create_buyers_companies_contracts',
    class: Migration20261124000000_create_buyers_companies_contracts,
  },
];
