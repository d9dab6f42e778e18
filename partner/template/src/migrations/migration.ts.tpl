import { Migration } from '@maillage/subgraph-kit';

/** The follow-up notes, read per person and per organisation. */
export class {{migration}} extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE {{name_snake}}_follow_up (
      id uuid PRIMARY KEY,
      beneficiary_id uuid NOT NULL,
      organisation_id text NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      occurred_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    this.addSql('CREATE INDEX {{name_snake}}_follow_up_beneficiary ON {{name_snake}}_follow_up (beneficiary_id, occurred_on DESC)');
    this.addSql('CREATE INDEX {{name_snake}}_follow_up_organisation ON {{name_snake}}_follow_up (organisation_id, occurred_on DESC, id)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE {{name_snake}}_follow_up');
  }
}
