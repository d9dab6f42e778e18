import { Migration } from '@maillage/subgraph-kit';

/**
 * Introductions of a structure to a contract's holder by a facilitator (issue 18, « mise en relation »):
 * one row per structure, contract and company; the contract and the company are keys of the contracts
 * subgraph.
 */
export class Migration20261202200000_structure_introductions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE structure_introduction (
      id uuid PRIMARY KEY,
      structure_id uuid NOT NULL REFERENCES structure (id),
      contract_id uuid NOT NULL,
      company_siret varchar(14) NOT NULL CHECK (company_siret ~ '^[0-9]{14}$'),
      introduced_on date NOT NULL,
      introduced_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT structure_introduction_structure_id_contract_id_company_siret_unique UNIQUE (structure_id, contract_id, company_siret)
    )`);
    this.addSql('CREATE INDEX structure_introduction_contract_index ON structure_introduction (contract_id)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE structure_introduction');
  }
}
