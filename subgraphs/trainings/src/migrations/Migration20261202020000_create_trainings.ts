import { Migration } from '@maillage/subgraph-kit';

/**
 * Training actions, enrolments and the hours attested per month. People and placements belong to the
 * beneficiaries subgraph: only their ids are kept here (no foreign key across databases).
 */
export class Migration20261202020000_create_trainings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE training_action (
      id uuid PRIMARY KEY,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      organisation_siret text NOT NULL CHECK (organisation_siret ~ '^[0-9]{14}$'),
      organisation_name text NOT NULL,
      commune_code text NOT NULL,
      start_date date NOT NULL,
      end_date date NOT NULL CHECK (end_date >= start_date),
      planned_hours numeric(10,2) NOT NULL CHECK (planned_hours > 0),
      certification text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    this.addSql('CREATE INDEX training_action_organisation ON training_action (organisation_siret)');
    this.addSql('CREATE INDEX training_action_start ON training_action (start_date DESC, id)');
    this.addSql(`CREATE TYPE training_enrolment_status AS ENUM ('ENROLLED', 'COMPLETED', 'ABANDONED')`);
    this.addSql(`CREATE TABLE training_enrolment (
      id uuid PRIMARY KEY,
      action_id uuid NOT NULL REFERENCES training_action (id),
      beneficiary_id uuid NOT NULL,
      placement_id uuid,
      enrolled_on date NOT NULL,
      status training_enrolment_status NOT NULL DEFAULT 'ENROLLED',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (action_id, beneficiary_id)
    )`);
    this.addSql('CREATE INDEX training_enrolment_beneficiary ON training_enrolment (beneficiary_id, enrolled_on DESC)');
    this.addSql('CREATE INDEX training_enrolment_placement ON training_enrolment (placement_id) WHERE placement_id IS NOT NULL');
    this.addSql(`CREATE TABLE training_attendance (
      id uuid PRIMARY KEY,
      enrolment_id uuid NOT NULL REFERENCES training_enrolment (id),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      hours_attested numeric(10,2) NOT NULL CHECK (hours_attested >= 0),
      attested_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (enrolment_id, month)
    )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE training_attendance');
    this.addSql('DROP TABLE training_enrolment');
    this.addSql('DROP TYPE training_enrolment_status');
    this.addSql('DROP TABLE training_action');
  }
}
