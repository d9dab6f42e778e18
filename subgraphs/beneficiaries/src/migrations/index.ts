import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261124000000_create_beneficiaries } from './Migration20261124000000_create_beneficiaries';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261124000000_create_beneficiaries', class: Migration20261124000000_create_beneficiaries },
];
