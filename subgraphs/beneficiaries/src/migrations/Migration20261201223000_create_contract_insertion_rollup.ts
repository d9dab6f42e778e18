import { Migration } from '@maillage/subgraph-kit';

/**
 * `Contract.insertionProgress` read from a roll-up instead of every statement of history (DESIGN.md §8: a
 * read's cost follows the page, not the history). Two tables, kept by triggers in the same transaction as
 * the rows they summarise, whatever writes them (declaration, batch, correction, placement change, erasure
 * cascade, a seeder or a bench loading rows by hand):
 * - `contract_hours_rollup`: contract × month × modality → hours worked, training hours, current statements;
 * - `contract_people_rollup`: contract × (total | a modality | a month) → distinct people with current
 *   statements. A distinct count cannot be summed, so each change asks whether the same person has another
 *   current statement in the same cell: a look-up through `placement_by_beneficiary`, bounded by one
 *   person's statements, never by the contract's history.
 * Inserts and deletes are counted once per statement over its rows (transition tables); updates (a
 * correction retires the current version) and placement changes row by row, BEFORE each row: a row-level
 * trigger then sees the rows its statement already changed and not the ones it has yet to change, so "does
 * this person have another current statement here" has one answer per row (an AFTER row trigger would see
 * every row of the statement at once). A row the statement fails to write rolls back with its roll-up change.
 * A transaction-scoped advisory lock per (contract, person) serialises the check-then-count of concurrent
 * writers for the same person; READ COMMITTED gives each statement of the functions a fresh snapshot.
 */
export class Migration20261201223000_create_contract_insertion_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE contract_hours_rollup (
      contract_id uuid NOT NULL,
      month char(7) NOT NULL,
      modality text NOT NULL,
      hours_worked numeric(14,2) NOT NULL,
      training_hours numeric(14,2) NOT NULL,
      statements integer NOT NULL CHECK (statements > 0),
      PRIMARY KEY (contract_id, month, modality)
    )`);
    this.addSql(`CREATE TABLE contract_people_rollup (
      contract_id uuid NOT NULL,
      dimension text NOT NULL CHECK (dimension IN ('total', 'modality', 'month')),
      value text NOT NULL,
      people integer NOT NULL CHECK (people > 0),
      PRIMARY KEY (contract_id, dimension, value)
    )`);
    this.addSql(`CREATE FUNCTION insertion_rollup_hours(c uuid, m char(7), mo text, worked numeric, training numeric, n integer)
      RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE contract_hours_rollup
           SET hours_worked = hours_worked + worked, training_hours = training_hours + training, statements = statements + n
         WHERE contract_id = c AND month = m AND modality = mo AND statements + n > 0;
        IF FOUND THEN RETURN; END IF;
        IF n > 0 THEN
          INSERT INTO contract_hours_rollup AS r (contract_id, month, modality, hours_worked, training_hours, statements)
          VALUES (c, m, mo, worked, training, n)
          ON CONFLICT (contract_id, month, modality) DO UPDATE
            SET hours_worked = r.hours_worked + EXCLUDED.hours_worked, training_hours = r.training_hours + EXCLUDED.training_hours,
                statements = r.statements + EXCLUDED.statements;
        ELSE
          DELETE FROM contract_hours_rollup WHERE contract_id = c AND month = m AND modality = mo;
        END IF;
      END
      $fn$`);
    this.addSql(`CREATE FUNCTION insertion_rollup_person(c uuid, b uuid, dim text, val text, n integer, other_than_statement uuid, other_than_placement uuid)
      RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
                    WHERE p.beneficiary_id = b AND p.contract_id = c
                      AND (dim <> 'modality' OR p.modality = val) AND (dim <> 'month' OR s.month = val)
                      AND s.id IS DISTINCT FROM other_than_statement AND p.id IS DISTINCT FROM other_than_placement) THEN
          RETURN;
        END IF;
        IF n > 0 THEN
          INSERT INTO contract_people_rollup AS r (contract_id, dimension, value, people) VALUES (c, dim, val, 1)
          ON CONFLICT (contract_id, dimension, value) DO UPDATE SET people = r.people + 1;
        ELSE
          UPDATE contract_people_rollup SET people = people - 1 WHERE contract_id = c AND dimension = dim AND value = val AND people > 1;
          IF NOT FOUND THEN
            DELETE FROM contract_people_rollup WHERE contract_id = c AND dimension = dim AND value = val;
          END IF;
        END IF;
      END
      $fn$`);
    this.addSql(`CREATE FUNCTION insertion_rollup_statement(s hours_statement, n integer)
      RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE pl placement%ROWTYPE;
      BEGIN
        SELECT * INTO pl FROM placement WHERE id = s.placement_id;
        -- Gone: the placement is being deleted, and its own trigger already took its statements out.
        IF NOT FOUND THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended(pl.contract_id::text || pl.beneficiary_id::text, 20261201));
        PERFORM insertion_rollup_hours(pl.contract_id, s.month, pl.modality, n * s.hours_worked, n * s.training_hours, n);
        PERFORM insertion_rollup_person(pl.contract_id, pl.beneficiary_id, 'total', '', n, s.id, NULL);
        PERFORM insertion_rollup_person(pl.contract_id, pl.beneficiary_id, 'modality', pl.modality, n, s.id, NULL);
        PERFORM insertion_rollup_person(pl.contract_id, pl.beneficiary_id, 'month', s.month, n, s.id, NULL);
      END
      $fn$`);
    this.addSql(`CREATE FUNCTION insertion_rollup_placement(pid uuid, c uuid, b uuid, mo text, n integer)
      RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE st record; declared boolean := false;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(c::text || b::text, 20261201));
        FOR st IN SELECT month, hours_worked, training_hours FROM hours_statement WHERE placement_id = pid AND is_current LOOP
          declared := true;
          PERFORM insertion_rollup_hours(c, st.month, mo, n * st.hours_worked, n * st.training_hours, n);
          PERFORM insertion_rollup_person(c, b, 'month', st.month, n, NULL, pid);
        END LOOP;
        IF declared THEN
          PERFORM insertion_rollup_person(c, b, 'total', '', n, NULL, pid);
          PERFORM insertion_rollup_person(c, b, 'modality', mo, n, NULL, pid);
        END IF;
      END
      $fn$`);
    this.createTriggers();
    this.addSql(`CREATE FUNCTION insertion_rollup_rebuild() RETURNS void LANGUAGE sql AS $fn$
        DELETE FROM contract_hours_rollup;
        DELETE FROM contract_people_rollup;
        INSERT INTO contract_hours_rollup (contract_id, month, modality, hours_worked, training_hours, statements)
        SELECT p.contract_id, s.month, p.modality, sum(s.hours_worked), sum(s.training_hours), count(*)
          FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
         GROUP BY p.contract_id, s.month, p.modality;
        INSERT INTO contract_people_rollup (contract_id, dimension, value, people)
        SELECT p.contract_id,
               CASE WHEN GROUPING(p.modality) = 0 THEN 'modality' WHEN GROUPING(s.month) = 0 THEN 'month' ELSE 'total' END,
               coalesce(p.modality, s.month::text, ''), count(DISTINCT p.beneficiary_id)
          FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
         GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality), (p.contract_id, s.month));
      $fn$`);
    // Backfill: whatever was declared before this migration.
    this.addSql('SELECT insertion_rollup_rebuild()');
  }

  private createTriggers(): void {
    // A correction's UPDATE: row by row, BEFORE (see above).
    this.addSql(`CREATE FUNCTION insertion_rollup_on_statement() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF OLD.is_current THEN PERFORM insertion_rollup_statement(OLD, -1); END IF;
        IF NEW.is_current THEN PERFORM insertion_rollup_statement(NEW, 1); END IF;
        RETURN NEW;
      END
      $fn$`);
    this.addSql(`CREATE TRIGGER hours_statement_rollup_update BEFORE UPDATE OF is_current, hours_worked, training_hours, month, placement_id
      ON hours_statement FOR EACH ROW EXECUTE FUNCTION insertion_rollup_on_statement()`);
    this.createSetTriggers();
    this.addSql(`CREATE FUNCTION insertion_rollup_on_placement() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM insertion_rollup_placement(OLD.id, OLD.contract_id, OLD.beneficiary_id, OLD.modality, -1);
          RETURN OLD;
        END IF;
        PERFORM insertion_rollup_placement(OLD.id, OLD.contract_id, OLD.beneficiary_id, OLD.modality, -1);
        PERFORM insertion_rollup_placement(NEW.id, NEW.contract_id, NEW.beneficiary_id, NEW.modality, 1);
        RETURN NEW;
      END
      $fn$`);
    this.addSql('CREATE TRIGGER placement_rollup_delete BEFORE DELETE ON placement FOR EACH ROW EXECUTE FUNCTION insertion_rollup_on_placement()');
    this.addSql(`CREATE TRIGGER placement_rollup_move BEFORE UPDATE OF contract_id, beneficiary_id, modality ON placement FOR EACH ROW
      WHEN (OLD.contract_id IS DISTINCT FROM NEW.contract_id OR OLD.beneficiary_id IS DISTINCT FROM NEW.beneficiary_id OR OLD.modality IS DISTINCT FROM NEW.modality)
      EXECUTE FUNCTION insertion_rollup_on_placement()`);
    // TRUNCATE bypasses row triggers: the roll-up follows its sources.
    this.addSql(`CREATE FUNCTION insertion_rollup_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM contract_hours_rollup;
        DELETE FROM contract_people_rollup;
        RETURN NULL;
      END
      $fn$`);
    this.addSql('CREATE TRIGGER hours_statement_rollup_truncate AFTER TRUNCATE ON hours_statement FOR EACH STATEMENT EXECUTE FUNCTION insertion_rollup_on_truncate()');
    this.addSql('CREATE TRIGGER placement_rollup_truncate AFTER TRUNCATE ON placement FOR EACH STATEMENT EXECUTE FUNCTION insertion_rollup_on_truncate()');
  }

  /**
   * Declarations (one, a batch of 500, a seeder's thousands) and deletions: once per statement, over the rows it
   * wrote (transition tables), so that a batch costs a few set operations instead of a function call per row.
   * A person counts in a cell when no current statement outside the ones just written (or left) has them there.
   */
  private createSetTriggers(): void {
    const lockPeople = (rows: string) => `PERFORM pg_advisory_xact_lock(k) FROM (
          SELECT DISTINCT hashtextextended(p.contract_id::text || p.beneficiary_id::text, 20261201) AS k
            FROM ${rows} s JOIN placement p ON p.id = s.placement_id WHERE s.is_current ORDER BY 1) locks;`;
    const cellsOf = (rows: string) => `SELECT DISTINCT p.contract_id, p.beneficiary_id, d.dimension, d.value
            FROM ${rows} s JOIN placement p ON p.id = s.placement_id
            CROSS JOIN LATERAL (VALUES ('total', ''), ('modality', p.modality), ('month', s.month::text)) d (dimension, value)
           WHERE s.is_current`;
    const elsewhere = (rows: string) => `EXISTS (SELECT 1 FROM placement p2 JOIN hours_statement s2 ON s2.placement_id = p2.id AND s2.is_current
            WHERE p2.beneficiary_id = c.beneficiary_id AND p2.contract_id = c.contract_id
              AND (c.dimension <> 'modality' OR p2.modality = c.value) AND (c.dimension <> 'month' OR s2.month = c.value)
              AND NOT EXISTS (SELECT 1 FROM ${rows} w WHERE w.id = s2.id))`;
    this.addSql(`CREATE FUNCTION insertion_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        ${lockPeople('inserted')}
        INSERT INTO contract_hours_rollup AS r (contract_id, month, modality, hours_worked, training_hours, statements)
        SELECT p.contract_id, s.month, p.modality, sum(s.hours_worked), sum(s.training_hours), count(*)
          FROM inserted s JOIN placement p ON p.id = s.placement_id WHERE s.is_current
         GROUP BY p.contract_id, s.month, p.modality
        ON CONFLICT (contract_id, month, modality) DO UPDATE
          SET hours_worked = r.hours_worked + EXCLUDED.hours_worked, training_hours = r.training_hours + EXCLUDED.training_hours,
              statements = r.statements + EXCLUDED.statements;
        INSERT INTO contract_people_rollup AS r (contract_id, dimension, value, people)
        SELECT c.contract_id, c.dimension, c.value, count(*) FROM (${cellsOf('inserted')}) c
         WHERE NOT ${elsewhere('inserted')}
         GROUP BY c.contract_id, c.dimension, c.value
        ON CONFLICT (contract_id, dimension, value) DO UPDATE SET people = r.people + EXCLUDED.people;
        RETURN NULL;
      END
      $fn$`);
    this.addSql(`CREATE TRIGGER hours_statement_rollup_insert AFTER INSERT ON hours_statement REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_rollup_on_insert()`);
    // Rows whose placement is gone were deleted with it: its own trigger already took them out.
    this.addSql(`CREATE FUNCTION insertion_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        ${lockPeople('deleted')}
        -- One statement each: the DELETE and the UPDATE touch disjoint rows (a cell emptied, a cell reduced).
        WITH gone AS (
          SELECT p.contract_id, s.month, p.modality, sum(s.hours_worked) AS worked, sum(s.training_hours) AS training, count(*) AS n
            FROM deleted s JOIN placement p ON p.id = s.placement_id WHERE s.is_current
           GROUP BY p.contract_id, s.month, p.modality),
        emptied AS (
          DELETE FROM contract_hours_rollup r USING gone g
           WHERE r.contract_id = g.contract_id AND r.month = g.month AND r.modality = g.modality AND r.statements <= g.n)
        UPDATE contract_hours_rollup r SET hours_worked = r.hours_worked - g.worked, training_hours = r.training_hours - g.training, statements = r.statements - g.n
          FROM gone g WHERE r.contract_id = g.contract_id AND r.month = g.month AND r.modality = g.modality AND r.statements > g.n;
        WITH left_cell AS (
          SELECT c.contract_id, c.dimension, c.value, count(*) AS n FROM (${cellsOf('deleted')}) c
           WHERE NOT ${elsewhere('deleted')}
           GROUP BY c.contract_id, c.dimension, c.value),
        emptied AS (
          DELETE FROM contract_people_rollup r USING left_cell g
           WHERE r.contract_id = g.contract_id AND r.dimension = g.dimension AND r.value = g.value AND r.people <= g.n)
        UPDATE contract_people_rollup r SET people = r.people - g.n
          FROM left_cell g WHERE r.contract_id = g.contract_id AND r.dimension = g.dimension AND r.value = g.value AND r.people > g.n;
        RETURN NULL;
      END
      $fn$`);
    this.addSql(`CREATE TRIGGER hours_statement_rollup_delete AFTER DELETE ON hours_statement REFERENCING OLD TABLE AS deleted
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_rollup_on_delete()`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER placement_rollup_truncate ON placement');
    this.addSql('DROP TRIGGER hours_statement_rollup_truncate ON hours_statement');
    this.addSql('DROP TRIGGER placement_rollup_move ON placement');
    this.addSql('DROP TRIGGER placement_rollup_delete ON placement');
    this.addSql('DROP TRIGGER hours_statement_rollup_delete ON hours_statement');
    this.addSql('DROP TRIGGER hours_statement_rollup_insert ON hours_statement');
    this.addSql('DROP TRIGGER hours_statement_rollup_update ON hours_statement');
    for (const fn of ['insertion_rollup_on_delete()', 'insertion_rollup_on_insert()', 'insertion_rollup_on_truncate()', 'insertion_rollup_on_placement()', 'insertion_rollup_on_statement()', 'insertion_rollup_rebuild()',
      'insertion_rollup_placement(uuid, uuid, uuid, text, integer)', 'insertion_rollup_statement(hours_statement, integer)',
      'insertion_rollup_person(uuid, uuid, text, text, integer, uuid, uuid)', 'insertion_rollup_hours(uuid, char, text, numeric, numeric, integer)']) {
      this.addSql(`DROP FUNCTION ${fn}`);
    }
    this.addSql('DROP TABLE contract_people_rollup');
    this.addSql('DROP TABLE contract_hours_rollup');
  }
}
