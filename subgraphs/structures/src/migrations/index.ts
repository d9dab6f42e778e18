import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261124000000_create_structures } from './Migration20261124000000_create_structures';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261124000000_create_structures', class: Migration20261124000000_create_structures },
];
