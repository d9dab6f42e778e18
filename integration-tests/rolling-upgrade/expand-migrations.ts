import { Migration, type NamedMigration } from '@maillage/subgraph-kit';

/**
 * A test-only "version N+1" of the structures subgraph's schema: what an expand step may do — a new table,
 * a nullable column, a column with a default, an index — applied under version N while it serves
 * (rolling-upgrade.test.ts). It is never part of a subgraph's own list of migrations.
 */
export class Migration20991231000000_expand_structure_upgrade_probe extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE structure_label (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      structure_id uuid NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
      label text NOT NULL
    )`);
    this.addSql('ALTER TABLE structure ADD COLUMN website text');
    this.addSql('ALTER TABLE structure ADD COLUMN label_count integer NOT NULL DEFAULT 0');
    this.addSql('CREATE INDEX structure_website_index ON structure (website)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE structure_label');
    this.addSql('ALTER TABLE structure DROP COLUMN website');
    this.addSql('ALTER TABLE structure DROP COLUMN label_count');
  }
}

/** The next version's migrations for `subgraph` (only structures has some here). */
export function expandMigrations(subgraph: string): NamedMigration[] {
  return subgraph === 'structures'
    ? [{ name: 'Migration20991231000000_expand_structure_upgrade_probe', class: Migration20991231000000_expand_structure_upgrade_probe }]
    : [];
}
