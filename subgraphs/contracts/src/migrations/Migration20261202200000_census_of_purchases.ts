import { Migration } from '@maillage/subgraph-kit';

/**
 * The census of planned purchases (« recensement des marchés », issue 18 item 1): a buyer's purchase before
 * its consultation, with the inputs of its hours estimate and the facilitator's recommendation. A contract
 * records its main CPV code and the commune of its works (what the structures subgraph matches on); existing
 * contracts keep both empty (unknown), and the commune of the works defaults to the buyer's when read.
 */
export class Migration20261202200000_census_of_purchases extends Migration {
  override async up(): Promise<void> {
    this.addSql("CREATE TYPE purchase_recommendation AS ENUM ('EXECUTION_CLAUSE', 'RESERVED_SIAE', 'RESERVED_EA_ESAT', 'AWARD_CRITERION', 'NONE')");
    this.addSql("CREATE TYPE planned_purchase_status AS ENUM ('PLANNED', 'CONVERTED')");
    this.addSql(`CREATE TABLE planned_purchase (
      id uuid PRIMARY KEY,
      buyer_id uuid NOT NULL REFERENCES buyer (id),
      object text NOT NULL,
      cpv_code varchar(10) NOT NULL CHECK (cpv_code ~ '^[0-9]{8}-[0-9]$'),
      estimated_amount numeric(14, 2) NOT NULL CHECK (estimated_amount >= 0),
      expected_launch_date date NOT NULL,
      works_commune_code varchar(5),
      lots jsonb NOT NULL DEFAULT '[]',
      labour_share numeric(5, 4) NOT NULL CHECK (labour_share > 0 AND labour_share <= 1),
      insertion_rate numeric(5, 4) NOT NULL CHECK (insertion_rate > 0 AND insertion_rate <= 1),
      hourly_cost numeric(8, 2) NOT NULL CHECK (hourly_cost > 0),
      recommendation purchase_recommendation NOT NULL,
      reason text,
      status planned_purchase_status NOT NULL DEFAULT 'PLANNED',
      contract_id uuid UNIQUE REFERENCES contract (id),
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT planned_purchase_reason_for_none CHECK (recommendation <> 'NONE' OR length(trim(reason)) > 0),
      CONSTRAINT planned_purchase_converted_has_contract CHECK ((status = 'CONVERTED') = (contract_id IS NOT NULL))
    )`);
    this.addSql('CREATE INDEX planned_purchase_buyer_index ON planned_purchase (buyer_id, expected_launch_date, id)');
    this.addSql("ALTER TABLE contract ADD COLUMN cpv_code varchar(10) CHECK (cpv_code ~ '^[0-9]{8}-[0-9]$')");
    this.addSql('ALTER TABLE contract ADD COLUMN works_commune_code varchar(5)');
  }

  override async down(): Promise<void> {
    this.addSql('ALTER TABLE contract DROP COLUMN works_commune_code');
    this.addSql('ALTER TABLE contract DROP COLUMN cpv_code');
    this.addSql('DROP TABLE planned_purchase');
    this.addSql('DROP TYPE planned_purchase_status');
    this.addSql('DROP TYPE purchase_recommendation');
  }
}
