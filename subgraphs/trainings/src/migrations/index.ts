import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261202020000_create_trainings } from './Migration20261202020000_create_trainings';

/** Every migration of this subgraph, oldest first. A migration, once applied somewhere, is never edited. */
export const migrations: NamedMigration[] = [{ name: 'Migration20261202020000_create_trainings', class: Migration20261202020000_create_trainings }];
