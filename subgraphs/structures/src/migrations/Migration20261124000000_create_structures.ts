import { Migration } from '@maillage/subgraph-kit';

export class Migration20261124000000_create_structures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TYPE structure_kind AS ENUM ('ACI', 'AI', 'EI', 'ETTI', 'EITI', 'EA', 'EATT', 'ESAT',
      'GEIQ', 'REGIE_DE_QUARTIER', 'FRANCE_TRAVAIL', 'MISSION_LOCALE', 'CAP_EMPLOI', 'PLIE',
      'MAISON_DE_L_EMPLOI', 'E2C', 'EPIDE', 'DEPARTEMENT', 'CCAS', 'OPCS', 'OTHER')`);
    this.addSql(`CREATE TABLE structure (
      id uuid PRIMARY KEY,
      siret varchar(14) NOT NULL UNIQUE,
      name text NOT NULL,
      kind structure_kind NOT NULL,
      commune_code varchar(5) NOT NULL
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE structure');
    this.addSql('DROP TYPE structure_kind');
  }
}
