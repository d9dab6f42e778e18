import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261124000000_create_geography } from './Migration20261124000000_create_geography';
import { Migration20261125000000_create_facilitators } from './Migration20261125000000_create_facilitators';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261124000000_create_geography', class: Migration20261124000000_create_geography },
  { name: 'Migration20261125000000_create_facilitators', class: Migration20261125000000_create_facilitators },
];
