import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261201000000_create_contract_register } from './Migration20261201000000_create_contract_register';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261201000000_create_contract_register', class: Migration20261201000000_create_contract_register },
];
