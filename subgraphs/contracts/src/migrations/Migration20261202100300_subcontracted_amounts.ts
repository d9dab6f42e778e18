import { Migration } from '@maillage/subgraph-kit';

/**
 * Amounts subcontracted to (or co-contracted with) an SIAE, an EA or an ESAT, per contract party and month
 * (issue 14, item 3). Kept here, in contracts: the party, the lot and the clause's conversion rate are this
 * subgraph's, and an amount is no personal data. A clause converting by rate (AMOUNT_DIVIDED_BY_RATE) turns
 * them into hours: amount ÷ rate (DOMAIN: the conversion is a per-clause rule; no national rule was found).
 */
export class Migration20261202100300_subcontracted_amounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE subcontracted_amount (
      party_id uuid NOT NULL REFERENCES contract_party (id) ON DELETE CASCADE,
      month char(7) NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (party_id, month)
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE subcontracted_amount');
  }
}
