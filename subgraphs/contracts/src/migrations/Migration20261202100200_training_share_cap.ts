import { Migration } from '@maillage/subgraph-kit';

/**
 * Training hours count toward a clause's target only up to a share of it (issue 14, item 4), recorded on the
 * clause. No national rule was found (the AVE recueil leaves it to the contract; the Belgian "clause sociale
 * flexible" treats training as a separate effort): the default, 30 %, is a facilitators' choice, stated in the
 * schema and the README, and every clause — existing ones included, which get the default — can set its own.
 */
export class Migration20261202100200_training_share_cap extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE insertion_clause ADD COLUMN training_share_cap numeric(5, 4) NOT NULL DEFAULT 0.3
      CONSTRAINT insertion_clause_training_share_cap_check CHECK (training_share_cap >= 0 AND training_share_cap <= 1)`);
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE insertion_clause DROP COLUMN training_share_cap');
  }
}
