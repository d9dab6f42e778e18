import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261124000000_create_structures } from './Migration20261124000000_create_structures';
import { Migration20261202000000_sep_and_disabled_workers_share } from './Migration20261202000000_sep_and_disabled_workers_share';
import { Migration20261202200000_structure_introductions } from './Migration20261202200000_structure_introductions';

/** Every migration of this subgraph, oldest first. */
export const migrations: NamedMigration[] = [
  { name: 'Migration20261124000000_create_structures', class: Migration20261124000000_create_structures },
  { name: 'Migration20261202000000_sep_and_disabled_workers_share', class: Migration20261202000000_sep_and_disabled_workers_share },
  { name: 'Migration20261202200000_structure_introductions', class: Migration20261202200000_structure_introductions },
];
