import type { NamedMigration } from '@maillage/subgraph-kit';
import { {{migration}} } from './{{migration}}';

/** Every migration of this subgraph, oldest first. A migration, once applied somewhere, is never edited. */
export const migrations: NamedMigration[] = [{ name: '{{migration}}', class: {{migration}} }];
