import { Migration } from '@maillage/subgraph-kit';

export class Migration20261124000000_create_buyers_companies_contracts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TYPE buyer_kind AS ENUM ('COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION', 'STATE',
      'PUBLIC_ESTABLISHMENT', 'SOCIAL_LANDLORD', 'PRIVATE_COMPANY', 'OTHER')`);
    this.addSql(`CREATE TABLE buyer (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind buyer_kind NOT NULL,
      siret varchar(14) NOT NULL UNIQUE,
      commune_code varchar(5) NOT NULL
    )`);
    this.addSql(`CREATE TABLE company (
      siret varchar(14) PRIMARY KEY,
      name text NOT NULL,
      naf_code varchar(5),
      commune_code varchar(5)
    )`);
    this.addSql(`CREATE TABLE contract (
      id uuid PRIMARY KEY,
      reference text NOT NULL,
      title text NOT NULL,
      buyer_id uuid NOT NULL REFERENCES buyer (id),
      holder_siret varchar(14) REFERENCES company (siret),
      CONSTRAINT contract_buyer_id_reference_unique UNIQUE (buyer_id, reference)
    )`);
    this.addSql('CREATE INDEX contract_holder_siret_index ON contract (holder_siret)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE contract');
    this.addSql('DROP TABLE company');
    this.addSql('DROP TABLE buyer');
    this.addSql('DROP TYPE buyer_kind');
  }
}
