import { Migration } from '@maillage/subgraph-kit';

const COMMUNE = "'^([0-9]{5}|2[AB][0-9]{3})$'";
const MONTH = "'^[0-9]{4}-(0[1-9]|1[0-2])$'";

/**
 * People, eligibility, paths, placements, monthly hours and outcomes. No column for the social security
 * number (NIR): it is never collected (DOMAIN.md §4.3). Hours are numeric(10,2); months are `YYYY-MM`.
 */
export class Migration20261201000000_create_people_placements_hours extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE eligibility_criterion (
      id uuid PRIMARY KEY,
      territory varchar(3) NOT NULL,
      code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
      label text NOT NULL,
      proof_type text NOT NULL,
      proof_validity_days integer CHECK (proof_validity_days > 0),
      sensitivity text NOT NULL CHECK (sensitivity IN ('ORDINARY', 'HEALTH', 'JUSTICE')),
      CONSTRAINT eligibility_criterion_territory_code_unique UNIQUE (territory, code)
    )`);
    // Identity columns are nullable only because erasure empties them (GDPR art. 17).
    this.addSql(`CREATE TABLE beneficiary (
      id uuid PRIMARY KEY,
      first_name text, last_name text, birth_date date,
      sex text CHECK (sex IN ('FEMALE', 'MALE')),
      email text, phone text,
      residence_commune_code varchar(5) CHECK (residence_commune_code ~ ${COMMUNE}),
      department_code varchar(3) NOT NULL,
      qpv_resident boolean,
      qualification_level text,
      france_travail_id varchar(11) CHECK (france_travail_id ~ '^([0-9]{11}|[0-9A-Z]{8})$'),
      referent_structure_id uuid,
      consent_date date,
      erased_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT beneficiary_identity_until_erased CHECK (erased_at IS NOT NULL OR
        (first_name IS NOT NULL AND last_name IS NOT NULL AND birth_date IS NOT NULL AND residence_commune_code IS NOT NULL))
    )`);
    this.addSql('CREATE INDEX beneficiary_by_department ON beneficiary (department_code, created_at, id)');
    this.addSql('CREATE INDEX beneficiary_by_referent ON beneficiary (referent_structure_id)');
    this.addSql('CREATE INDEX beneficiary_by_creation ON beneficiary (created_at, id)');
    // The proof's type and date, never the document; `expires_on` is fixed when the proof is recorded.
    this.addSql(`CREATE TABLE beneficiary_criterion (
      id uuid PRIMARY KEY,
      beneficiary_id uuid NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
      criterion_id uuid NOT NULL REFERENCES eligibility_criterion (id),
      proof_type text NOT NULL,
      proof_date date NOT NULL,
      expires_on date,
      validated_for date, validated_by text, validated_at timestamptz,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT beneficiary_criterion_unique UNIQUE (beneficiary_id, criterion_id, proof_date),
      CHECK (expires_on IS NULL OR expires_on >= proof_date),
      CHECK ((validated_at IS NULL) = (validated_by IS NULL) AND (validated_at IS NULL) = (validated_for IS NULL))
    )`);
    this.addSql('CREATE INDEX beneficiary_criterion_by_beneficiary ON beneficiary_criterion (beneficiary_id)');
    this.addSql('CREATE INDEX beneficiary_criterion_by_criterion ON beneficiary_criterion (criterion_id, beneficiary_id)');
    this.addSql(`CREATE TABLE insertion_path (
      id uuid PRIMARY KEY,
      beneficiary_id uuid NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
      referent_structure_id uuid,
      started_on date NOT NULL,
      ended_on date,
      status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
      CHECK ((status = 'OPEN') = (ended_on IS NULL)),
      CONSTRAINT insertion_path_ends_after_start CHECK (ended_on IS NULL OR ended_on >= started_on)
    )`);
    this.addSql("CREATE UNIQUE INDEX path_one_open_per_beneficiary ON insertion_path (beneficiary_id) WHERE status = 'OPEN'");
    this.addSql(`CREATE TABLE placement (
      id uuid PRIMARY KEY,
      beneficiary_id uuid NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
      path_id uuid NOT NULL REFERENCES insertion_path (id),
      contract_id uuid NOT NULL,
      lot_id uuid,
      employer_siret varchar(14) CHECK (employer_siret ~ '^[0-9]{14}$'),
      employer_structure_id uuid,
      modality text NOT NULL,
      employment_contract_type text NOT NULL,
      start_date date NOT NULL,
      end_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT placement_one_employer CHECK (num_nonnulls(employer_siret, employer_structure_id) = 1),
      CONSTRAINT placement_ends_after_start CHECK (end_date IS NULL OR end_date >= start_date)
    )`);
    this.addSql('CREATE INDEX placement_by_contract ON placement (contract_id)');
    this.addSql('CREATE INDEX placement_by_beneficiary ON placement (beneficiary_id)');
    this.addSql('CREATE INDEX placement_by_employer_siret ON placement (employer_siret) WHERE employer_siret IS NOT NULL');
    this.addSql('CREATE INDEX placement_by_employer_structure ON placement (employer_structure_id) WHERE employer_structure_id IS NOT NULL');
    this.createHoursStatements();
    this.addSql(`CREATE TABLE outcome (
      id uuid PRIMARY KEY,
      path_id uuid NOT NULL REFERENCES insertion_path (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('AT_EXIT', 'SIX_MONTHS')),
      category text NOT NULL,
      detail text,
      observed_on date NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT outcome_one_per_kind UNIQUE (path_id, kind)
    )`);
  }

  /**
   * One statement per placement and month, corrections as new versions: (placement, month, version) is
   * unique and at most one version is current, so concurrent declarations cannot both win.
   */
  private createHoursStatements(): void {
    this.addSql(`CREATE TABLE hours_statement (
      id uuid PRIMARY KEY,
      placement_id uuid NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
      month char(7) NOT NULL CHECK (month ~ ${MONTH}),
      version integer NOT NULL CHECK (version >= 1),
      hours_worked numeric(10,2) NOT NULL CHECK (hours_worked >= 0),
      training_hours numeric(10,2) NOT NULL DEFAULT 0 CHECK (training_hours >= 0),
      source text NOT NULL CHECK (source IN ('COMPANY', 'STRUCTURE', 'FACILITATOR')),
      declared_by text NOT NULL,
      declared_by_role text NOT NULL,
      declared_at timestamptz NOT NULL DEFAULT now(),
      correction_reason text,
      is_current boolean NOT NULL,
      CHECK (hours_worked + training_hours > 0),
      CHECK ((version = 1) = (correction_reason IS NULL)),
      CONSTRAINT hours_statement_version_unique UNIQUE (placement_id, month, version)
    )`);
    this.addSql('CREATE UNIQUE INDEX hours_statement_one_current ON hours_statement (placement_id, month) WHERE is_current');
    // The aggregates read current versions only, by placement: an index-only scan with the hours included.
    this.addSql(`CREATE INDEX hours_statement_current_hours ON hours_statement (placement_id)
      INCLUDE (month, hours_worked, training_hours) WHERE is_current`);
    // A batch retried with the same key replays its first result (per author).
    this.addSql(`CREATE TABLE hours_batch (
      author text NOT NULL,
      idempotency_key text NOT NULL,
      payload_hash text NOT NULL,
      result jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (author, idempotency_key)
    )`);
  }

  override async down(): Promise<void> {
    for (const table of ['hours_batch', 'outcome', 'hours_statement', 'placement', 'insertion_path', 'beneficiary_criterion', 'beneficiary', 'eligibility_criterion']) {
      this.addSql(`DROP TABLE ${table}`);
    }
  }
}
