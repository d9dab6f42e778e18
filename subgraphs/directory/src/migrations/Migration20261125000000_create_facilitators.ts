import { Migration } from '@maillage/subgraph-kit';

/**
 * Facilitators, their organisations and their coverage. A coverage row names exactly one territory, with a
 * real foreign key per level; the geography load moves or removes coverage of territories that disappear
 * before deleting them, so these keys never block a new vintage.
 */
export class Migration20261125000000_create_facilitators extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE facilitator_organisation (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('PLIE', 'EMPLOYMENT_HOUSE', 'CITY', 'EPCI', 'DEPARTMENT', 'OPCS', 'OTHER')),
      siret varchar(14) UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
      address text,
      postal_code varchar(5),
      commune_code varchar(5) REFERENCES commune (code) ON DELETE SET NULL,
      website text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    this.addSql(`CREATE TABLE facilitator (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES facilitator_organisation (id),
      name text NOT NULL,
      job_title text NOT NULL,
      email text NOT NULL,
      phone text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    this.addSql('CREATE INDEX facilitator_organisation_id_index ON facilitator (organisation_id)');
    this.addSql(`CREATE TABLE facilitator_coverage (
      id uuid PRIMARY KEY,
      facilitator_id uuid NOT NULL REFERENCES facilitator (id) ON DELETE CASCADE,
      level text NOT NULL CHECK (level IN ('COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION')),
      commune_code varchar(5) REFERENCES commune (code),
      epci_code varchar(9) REFERENCES epci (code),
      department_code varchar(3) REFERENCES department (code),
      region_code varchar(3) REFERENCES region (code),
      CHECK (num_nonnulls(commune_code, epci_code, department_code, region_code) = 1),
      CHECK ((level = 'COMMUNE') = (commune_code IS NOT NULL)),
      CHECK ((level = 'EPCI') = (epci_code IS NOT NULL)),
      CHECK ((level = 'DEPARTMENT') = (department_code IS NOT NULL)),
      CHECK ((level = 'REGION') = (region_code IS NOT NULL))
    )`);
    for (const column of ['commune_code', 'epci_code', 'department_code', 'region_code']) {
      this.addSql(`CREATE UNIQUE INDEX facilitator_coverage_${column}_unique ON facilitator_coverage (${column}, facilitator_id)`);
    }
    this.addSql('CREATE INDEX facilitator_coverage_facilitator_id_index ON facilitator_coverage (facilitator_id)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE facilitator_coverage');
    this.addSql('DROP TABLE facilitator');
    this.addSql('DROP TABLE facilitator_organisation');
  }
}
