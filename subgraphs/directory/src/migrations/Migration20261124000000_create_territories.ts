import { Migration } from '@maillage/subgraph-kit';

export class Migration20261124000000_create_territories extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE department (
      code varchar(3) PRIMARY KEY,
      name text NOT NULL
    )`);
    this.addSql(`CREATE TABLE commune (
      code varchar(5) PRIMARY KEY,
      name text NOT NULL,
      department_code varchar(3) NOT NULL REFERENCES department (code),
      postal_codes text[] NOT NULL DEFAULT '{}'
    )`);
    this.addSql('CREATE INDEX commune_department_code_index ON commune (department_code)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE commune');
    this.addSql('DROP TABLE department');
  }
}
