import { Migration } from '@maillage/subgraph-kit';

/**
 * Each facilitator's alert settings, keyed by their identity's subject: the pace tolerance (percentage
 * points, 0 to 50), the address of their weekly digest (none: no digest) and their territories when they
 * saved them (what the digest lists). A new table: nothing to carry forward.
 */
export class Migration20261202200000_facilitator_alert_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE alert_setting (
      subject text PRIMARY KEY,
      pace_tolerance numeric(5,2) NOT NULL DEFAULT 10 CHECK (pace_tolerance BETWEEN 0 AND 50),
      digest_email text NULL,
      territories jsonb NOT NULL DEFAULT '[]',
      updated_at timestamptz NOT NULL DEFAULT now())`);
    this.addSql('CREATE INDEX alert_setting_digest ON alert_setting (subject) WHERE digest_email IS NOT NULL');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE alert_setting');
  }
}
