import { Migration } from '@maillage/subgraph-kit';

/**
 * The contract register: buyers, companies, contracts and their lots, insertion clauses and parties.
 * Replaces the Foundation's first sketch (never deployed). Rules the API checks are also constraints here,
 * so that no path (a seed, a future script) can store what the API would refuse.
 */
export class Migration20261201000000_create_contract_register extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TYPE buyer_kind AS ENUM ('COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION', 'STATE',
      'PUBLIC_ESTABLISHMENT', 'SOCIAL_LANDLORD', 'PRIVATE_COMPANY', 'OTHER')`);
    this.addSql(`CREATE TYPE contract_status AS ENUM ('DRAFT', 'PUBLISHED', 'AWARDED', 'IN_EXECUTION', 'CLOSED', 'CANCELLED')`);
    this.addSql(`CREATE TYPE contract_sector AS ENUM ('BUILDING', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'WASTE',
      'SERVICES', 'SUPPLIES', 'OTHER')`);
    this.addSql(`CREATE TYPE legal_basis AS ENUM ('EXECUTION_CONDITION', 'RESERVED_DISABILITY', 'RESERVED_SIAE',
      'AWARD_CRITERION', 'INSERTION_SERVICE')`);
    this.addSql(`CREATE TYPE subcontracting_conversion AS ENUM ('ATTESTED_HOURS', 'AMOUNT_DIVIDED_BY_RATE')`);
    this.addSql(`CREATE TYPE party_role AS ENUM ('HOLDER', 'CO_CONTRACTOR', 'SUBCONTRACTOR')`);

    // The department is derived from the INSEE commune code: 2 characters (2A/2B included), 3 for 97x.
    this.addSql(`CREATE TABLE buyer (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind buyer_kind NOT NULL,
      siret varchar(14) NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
      commune_code varchar(5) NOT NULL CHECK (commune_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
      department_code varchar(3) GENERATED ALWAYS AS (
        CASE WHEN commune_code LIKE '97%' THEN left(commune_code, 3) ELSE left(commune_code, 2) END) STORED,
      contact_name text,
      contact_email text,
      contact_phone text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    this.addSql('CREATE INDEX buyer_department_code_index ON buyer (department_code)');
    this.addSql('CREATE INDEX buyer_commune_code_index ON buyer (commune_code)');
    this.addSql('CREATE INDEX buyer_name_index ON buyer (name, id)');

    this.addSql(`CREATE TABLE company (
      siret varchar(14) PRIMARY KEY CHECK (siret ~ '^[0-9]{14}$'),
      name text NOT NULL,
      naf_code varchar(5) CHECK (naf_code ~ '^[0-9]{4}[A-Z]$'),
      commune_code varchar(5) CHECK (commune_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    this.addSql(`CREATE TABLE contract (
      id uuid PRIMARY KEY,
      buyer_id uuid NOT NULL REFERENCES buyer (id),
      reference text NOT NULL,
      title text NOT NULL,
      description text,
      sector contract_sector NOT NULL,
      estimated_amount numeric(14, 2) CHECK (estimated_amount >= 0),
      notification_date date,
      execution_start date,
      execution_end date,
      status contract_status NOT NULL DEFAULT 'DRAFT',
      facilitator_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT contract_buyer_id_reference_unique UNIQUE (buyer_id, reference),
      CONSTRAINT contract_execution_period_check CHECK (execution_end > execution_start)
    )`);
    this.addSql('CREATE INDEX contract_reference_index ON contract (reference, id)');
    this.addSql('CREATE INDEX contract_status_index ON contract (status)');
    this.addSql('CREATE INDEX contract_facilitator_id_index ON contract (facilitator_id)');
    this.addSql('CREATE INDEX contract_execution_index ON contract (execution_start, execution_end)');

    this.addSql(`CREATE TABLE lot (
      id uuid PRIMARY KEY,
      contract_id uuid NOT NULL REFERENCES contract (id),
      number integer NOT NULL CHECK (number > 0),
      title text NOT NULL,
      amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
      CONSTRAINT lot_contract_id_number_unique UNIQUE (contract_id, number),
      -- target of contract_party's composite key: a party's lot belongs to the party's contract
      CONSTRAINT lot_id_contract_id_unique UNIQUE (id, contract_id)
    )`);

    this.addSql(`CREATE TABLE insertion_clause (
      id uuid PRIMARY KEY,
      lot_id uuid NOT NULL UNIQUE REFERENCES lot (id),
      legal_basis legal_basis NOT NULL,
      hours_target numeric(10, 2) NOT NULL CHECK (hours_target >= 0),
      formula_amount numeric(14, 2) CHECK (formula_amount >= 0),
      labour_share numeric(5, 4) CHECK (labour_share > 0 AND labour_share <= 1),
      insertion_rate numeric(5, 4) CHECK (insertion_rate > 0 AND insertion_rate <= 1),
      hourly_cost numeric(8, 2) CHECK (hourly_cost > 0),
      formula_hours numeric(10, 2) CHECK (formula_hours >= 0),
      manual_hours numeric(10, 2) CHECK (manual_hours >= 0),
      manual_justification text,
      modalities text[] NOT NULL DEFAULT '{}' CHECK (modalities <@ ARRAY['DIRECT_HIRE', 'TEMPORARY_WORK_ETTI',
        'STAFF_PROVISION_AI_GEIQ', 'SUBCONTRACTING', 'CO_CONTRACTING', 'TRAINING']::text[]),
      subcontracting_conversion subcontracting_conversion NOT NULL DEFAULT 'ATTESTED_HOURS',
      subcontracting_hourly_rate numeric(8, 2) CHECK (subcontracting_hourly_rate > 0),
      pooling_group text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- the formula's inputs and result are stored together or not at all
      CONSTRAINT insertion_clause_formula_check CHECK (num_nulls(formula_amount, labour_share, insertion_rate,
        hourly_cost, formula_hours) IN (0, 5)),
      CONSTRAINT insertion_clause_manual_check CHECK ((manual_hours IS NULL) = (manual_justification IS NULL)),
      CONSTRAINT insertion_clause_target_check CHECK (hours_target = COALESCE(manual_hours, formula_hours)),
      CONSTRAINT insertion_clause_rate_check CHECK (
        (subcontracting_conversion = 'AMOUNT_DIVIDED_BY_RATE') = (subcontracting_hourly_rate IS NOT NULL))
    )`);
    this.addSql('CREATE INDEX insertion_clause_pooling_group_index ON insertion_clause (pooling_group) WHERE pooling_group IS NOT NULL');

    this.addSql(`CREATE TABLE contract_party (
      id uuid PRIMARY KEY,
      contract_id uuid NOT NULL REFERENCES contract (id),
      lot_id uuid,
      company_siret varchar(14) NOT NULL REFERENCES company (siret),
      role party_role NOT NULL,
      start_date date,
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT contract_party_lot_fk FOREIGN KEY (lot_id, contract_id) REFERENCES lot (id, contract_id),
      CONSTRAINT contract_party_period_check CHECK (end_date > start_date),
      CONSTRAINT contract_party_unique UNIQUE NULLS NOT DISTINCT (contract_id, lot_id, company_siret, role)
    )`);
    // One holder (titulaire / mandataire) per contract, and one per lot.
    this.addSql(`CREATE UNIQUE INDEX contract_party_one_holder ON contract_party (contract_id, lot_id)
      NULLS NOT DISTINCT WHERE role = 'HOLDER'`);
    this.addSql('CREATE INDEX contract_party_lot_id_index ON contract_party (lot_id)');
    this.addSql('CREATE INDEX contract_party_company_siret_index ON contract_party (company_siret)');
  }

  override async down(): Promise<void> {
    for (const table of ['contract_party', 'insertion_clause', 'lot', 'contract', 'company', 'buyer']) {
      this.addSql(`DROP TABLE ${table}`);
    }
    for (const type of ['party_role', 'subcontracting_conversion', 'legal_basis', 'contract_sector', 'contract_status', 'buyer_kind']) {
      this.addSql(`DROP TYPE ${type}`);
    }
  }
}
