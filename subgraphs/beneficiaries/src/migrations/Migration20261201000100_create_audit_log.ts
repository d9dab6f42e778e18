import { Migration } from '@maillage/subgraph-kit';

/**
 * The audit log of personal data: who read or wrote what about whom, when. Append-only in the database
 * itself — a trigger refuses UPDATE, DELETE and TRUNCATE — so that not even a bug or a compromised
 * application account can rewrite history (GDPR art. 5(2) accountability, art. 32; CNIL deliberation
 * 2023-005 asks for traceability of access to insertion records). No foreign key to `beneficiary`: the log
 * outlives an erasure and must never block one.
 */
export class Migration20261201000100_create_audit_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      subject text,
      role text NOT NULL,
      organisation text,
      beneficiary_id uuid,
      operation text NOT NULL,
      fields text[] NOT NULL DEFAULT '{}',
      request_id text
    )`);
    this.addSql('CREATE INDEX audit_event_by_beneficiary ON audit_event (beneficiary_id, id)');
    this.addSql(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    this.addSql(`CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    this.addSql(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE audit_event');
    this.addSql('DROP FUNCTION audit_event_append_only()');
  }
}
