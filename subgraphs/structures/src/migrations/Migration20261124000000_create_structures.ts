import { Migration } from '@maillage/subgraph-kit';

// Literal lists, not the TypeScript enums: a migration is a snapshot, later values come in later migrations.
const KINDS = `'ACI', 'AI', 'EI', 'ETTI', 'EITI', 'EA', 'EATT', 'ESAT', 'GEIQ', 'REGIE_DE_QUARTIER', 'FRANCE_TRAVAIL',
  'MISSION_LOCALE', 'CAP_EMPLOI', 'PLIE', 'MAISON_DE_L_EMPLOI', 'E2C', 'EPIDE', 'DEPARTEMENT', 'CCAS', 'OPCS', 'OTHER'`;
const SECTORS = `'BUILDING', 'PUBLIC_WORKS', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'LOGISTICS', 'RECYCLING',
  'LAUNDRY_TEXTILE', 'INDUSTRIAL_SUBCONTRACTING', 'MARKET_GARDENING', 'PERSONAL_SERVICES', 'OFFICE_SERVICES', 'DIGITAL',
  'SECURITY', 'OTHER'`;
const SERVICES = `'PROVISION_OF_STAFF', 'SERVICE', 'GOODS'`;

/**
 * The structure directory. Territories and sectors are arrays with GIN indexes, so that "located in or
 * serving" and sector filters are index look-ups; the name search uses a trigram index.
 */
export class Migration20261124000000_create_structures extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    this.addSql(`CREATE TYPE structure_kind AS ENUM (${KINDS})`);
    // Every department a structure is located in or serves (whole departments, and those of the communes
    // it serves). Immutable and self-contained (built-ins only) so that a generated column may use it.
    this.addSql(`CREATE FUNCTION structure_reach_departments(commune_code text, served_departments text[], served_communes text[])
      RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
          SELECT CASE WHEN left(c, 2) IN ('97', '98') THEN left(c, 3) ELSE left(c, 2) END AS code
            FROM unnest(array_append(served_communes, commune_code)) AS c
          UNION SELECT unnest(served_departments)
        ) AS reach
      $$`);
    this.addSql(`CREATE TABLE structure (
      id uuid PRIMARY KEY,
      siret varchar(14) NOT NULL CONSTRAINT structure_siret_unique UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
      name text NOT NULL CHECK (btrim(name) <> ''),
      name_search text NOT NULL,
      kind structure_kind NOT NULL,
      naf_code varchar(5) CHECK (naf_code ~ '^[0-9]{4}[A-Z]$'),
      address_line text,
      postal_code varchar(5) CHECK (postal_code ~ '^[0-9]{5}$'),
      commune_code varchar(5) NOT NULL CHECK (commune_code ~ '^([0-9]{5}|2[AB][0-9]{3})$'),
      served_commune_codes text[] NOT NULL DEFAULT '{}',
      served_department_codes text[] NOT NULL DEFAULT '{}',
      reach_department_codes text[] GENERATED ALWAYS AS
        (structure_reach_departments(commune_code, served_department_codes, served_commune_codes)) STORED,
      sectors text[] NOT NULL DEFAULT '{}' CHECK (sectors <@ ARRAY[${SECTORS}]::text[]),
      services text[] NOT NULL DEFAULT '{}' CHECK (services <@ ARRAY[${SERVICES}]::text[]),
      insertion_capacity integer CHECK (insertion_capacity >= 0),
      agreement_start_date date,
      agreement_end_date date CHECK (agreement_end_date >= agreement_start_date),
      contact_label text,
      contact_email text,
      contact_phone text,
      active boolean NOT NULL DEFAULT true,
      deactivated_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (active = (deactivated_at IS NULL))
    )`);
    this.addSql('CREATE INDEX structure_name_id_idx ON structure (name, id)');
    this.addSql('CREATE INDEX structure_name_search_idx ON structure USING gin (name_search gin_trgm_ops)');
    this.addSql('CREATE INDEX structure_kind_idx ON structure (kind)');
    this.addSql('CREATE INDEX structure_commune_code_idx ON structure (commune_code)');
    this.addSql('CREATE INDEX structure_served_commune_codes_idx ON structure USING gin (served_commune_codes)');
    this.addSql('CREATE INDEX structure_served_department_codes_idx ON structure USING gin (served_department_codes)');
    this.addSql('CREATE INDEX structure_reach_department_codes_idx ON structure USING gin (reach_department_codes)');
    this.addSql('CREATE INDEX structure_sectors_idx ON structure USING gin (sectors)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE structure');
    this.addSql('DROP FUNCTION structure_reach_departments(text, text[], text[])');
    this.addSql('DROP TYPE structure_kind');
  }
}
