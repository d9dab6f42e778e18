import { Migration } from '@maillage/subgraph-kit';

/**
 * SEP (service de l'emploi pénitentiaire: work in detention, reserved contracts CCP L2113-13-1), listed with
 * the insertion structures as le marché de l'inclusion does; and the share of disabled workers of an EA,
 * an EATT or an ESAT (a contract reserved to them needs 50 %, CCP R2113-7). Existing structures keep an
 * empty share: it was never recorded.
 */
export class Migration20261202000000_sep_and_disabled_workers_share extends Migration {
  override async up(): Promise<void> {
    this.addSql("ALTER TYPE structure_kind ADD VALUE IF NOT EXISTS 'SEP' AFTER 'REGIE_DE_QUARTIER'");
    this.addSql(`ALTER TABLE structure ADD COLUMN disabled_workers_share numeric(5, 2)
      CONSTRAINT structure_disabled_workers_share_percent CHECK (disabled_workers_share BETWEEN 0 AND 100)`);
    this.addSql(`ALTER TABLE structure ADD CONSTRAINT structure_disabled_workers_share_kind
      CHECK (disabled_workers_share IS NULL OR kind IN ('EA', 'EATT', 'ESAT'))`);
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE structure DROP COLUMN disabled_workers_share');
  }
}
