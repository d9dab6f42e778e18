import { Migration } from '@maillage/subgraph-kit';

/**
 * A placement's job, coded in France Travail's ROME (Répertoire opérationnel des métiers et des emplois):
 * a nullable code (existing placements stay uncoded until a facilitator codes them), checked on write
 * against the list the hub ships (`@maillage/rome-codes`); its shape is checked here too.
 */
export class Migration20261202200000_placement_job_rome_code extends Migration {
  override async up(): Promise<void> {
    this.addSql("ALTER TABLE placement ADD COLUMN rome_code varchar(5) NULL CHECK (rome_code ~ '^[A-N][0-9]{4}$')");
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE placement DROP COLUMN rome_code');
  }
}
