import { Migration } from '@maillage/subgraph-kit';

/**
 * French territories, filled at start-up from `@etalab/decoupage-administratif` (see geography.import.ts).
 * Names searched by prefix are stored normalised in `search_name` with the "C" collation: byte order makes
 * the btree serve both `LIKE 'prefix%'` and the keyset `ORDER BY search_name, code` of the paginated search,
 * without depending on the `unaccent` extension (not available on every managed PostgreSQL).
 */
export class Migration20261124000000_create_geography extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE geography_source (
      package text PRIMARY KEY,
      version text NOT NULL,
      vintage text,
      loaded_at timestamptz NOT NULL DEFAULT now(),
      summary jsonb NOT NULL
    )`);
    this.addSql(`CREATE TABLE region (
      code varchar(3) PRIMARY KEY,
      name text NOT NULL,
      population integer NOT NULL
    )`);
    this.addSql(`CREATE TABLE department (
      code varchar(3) PRIMARY KEY,
      name text NOT NULL,
      region_code varchar(3) NOT NULL REFERENCES region (code),
      population integer NOT NULL
    )`);
    this.addSql('CREATE INDEX department_region_code_index ON department (region_code)');
    this.addSql(`CREATE TABLE epci (
      code varchar(9) PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
      name text NOT NULL,
      kind text NOT NULL,
      financing text NOT NULL,
      population integer NOT NULL
    )`);
    this.addSql(`CREATE TABLE commune (
      code varchar(5) PRIMARY KEY,
      name text NOT NULL,
      search_name text COLLATE "C" NOT NULL,
      kind text NOT NULL CHECK (kind IN ('COMMUNE', 'MUNICIPAL_DISTRICT')),
      parent_code varchar(5) REFERENCES commune (code),
      department_code varchar(3) NOT NULL REFERENCES department (code),
      region_code varchar(3) NOT NULL REFERENCES region (code),
      epci_code varchar(9) REFERENCES epci (code),
      population integer,
      CHECK ((kind = 'MUNICIPAL_DISTRICT') = (parent_code IS NOT NULL))
    )`);
    this.addSql('CREATE INDEX commune_search_name_code_index ON commune (search_name, code)');
    this.addSql('CREATE INDEX commune_department_code_index ON commune (department_code, kind)');
    this.addSql('CREATE INDEX commune_region_code_index ON commune (region_code)');
    this.addSql('CREATE INDEX commune_epci_code_index ON commune (epci_code)');
    this.addSql('CREATE INDEX commune_parent_code_index ON commune (parent_code)');
    // Many-to-many: one postal code serves several communes, a commune may have several postal codes.
    this.addSql(`CREATE TABLE commune_postal_code (
      postal_code varchar(5) COLLATE "C" NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
      commune_code varchar(5) NOT NULL REFERENCES commune (code) ON DELETE CASCADE,
      PRIMARY KEY (postal_code, commune_code)
    )`);
    this.addSql('CREATE INDEX commune_postal_code_commune_code_index ON commune_postal_code (commune_code)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE commune_postal_code');
    this.addSql('DROP TABLE commune');
    this.addSql('DROP TABLE epci');
    this.addSql('DROP TABLE department');
    this.addSql('DROP TABLE region');
    this.addSql('DROP TABLE geography_source');
  }
}
