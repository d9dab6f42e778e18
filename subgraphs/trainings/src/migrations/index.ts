import type { NamedMigration } from '@maillage/subgraph-kit';
import { Migration20261202020049_create_trainings_follow_up } from './Migration20261202020049_create_trainings_follow_up';

/** Every migration of this subgraph, oldest first. A migration, once applied somewhere, is never edited. */
export const migrations: NamedMigration[] = [{ name: 'Migration20261202020049_create_trainings_follow_up', class: Migration20261202020049_create_trainings_follow_up }];
