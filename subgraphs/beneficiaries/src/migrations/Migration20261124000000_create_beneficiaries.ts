import { Migration } from '@maillage/subgraph-kit';

export class Migration20261124000000_create_beneficiaries extends Migration {
  override async up(): Promise<void> {
    // No column for the social security number (NIR): it is never collected (DOMAIN.md §4).
    this.addSql(`CREATE TABLE beneficiary (
      id uuid PRIMARY KEY,
      first_name text NOT NULL,
      last_name text NOT NULL,
      birth_date date NOT NULL,
      residence_commune_code varchar(5) NOT NULL,
      referent_structure_id uuid
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE beneficiary');
  }
}
