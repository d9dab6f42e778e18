import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261201000000_create_contract_register } from './Migration20261201000000_create_contract_register';
import { Migration20261202000000_eu_thresholds_and_social_obligation } from './Migration20261202000000_eu_thresholds_and_social_obligation';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261201000000_create_contract_register', class: Migration20261201000000_create_contract_register },
  { name: 'Migration20261202000000_eu_thresholds_and_social_obligation', class: Migration20261202000000_eu_thresholds_and_social_obligation },
];
