import { Migration } from '@maillage/subgraph-kit';

/**
 * The roll-up's set triggers (migration `create_contract_insertion_rollup`), same counts, with a cost bounded
 * by the people of the rows written instead of by the whole hours table. "Does this person have another
 * current statement in this cell" was one `NOT EXISTS` per cell whose inner `NOT EXISTS` over the transition
 * table the planner turned into a hash anti-join over every current statement of the database: a 500-line
 * batch read the whole history (S: ~50,000 rows, 400–600 ms) while it held its people's locks. Now the
 * statements of the people concerned (on the contracts concerned) are read once, through the placement and
 * statement indexes, and the transition table is probed through a hash.
 */
const cellsOf = (rows: string) => `SELECT DISTINCT p.contract_id, p.beneficiary_id, d.dimension, d.value
            FROM ${rows} s JOIN placement p ON p.id = s.placement_id
            CROSS JOIN LATERAL (VALUES ('total', ''), ('modality', p.modality), ('month', s.month::text)) d (dimension, value)
           WHERE s.is_current`;

/** The cells of `rows` (as `cells`) and the other current statements of their people on their contracts (as `others`). */
const cellsAndOthers = (rows: string) => `cells AS MATERIALIZED (${cellsOf(rows)}),
        others AS MATERIALIZED (
          SELECT p2.contract_id, p2.beneficiary_id, p2.modality, s2.month::text AS month
            FROM (SELECT DISTINCT contract_id, beneficiary_id FROM cells) x
            JOIN placement p2 ON p2.beneficiary_id = x.beneficiary_id AND p2.contract_id = x.contract_id
            JOIN hours_statement s2 ON s2.placement_id = p2.id AND s2.is_current
           WHERE s2.id NOT IN (SELECT w.id FROM ${rows} w))`;

const elsewhere = `EXISTS (SELECT 1 FROM others o WHERE o.beneficiary_id = c.beneficiary_id AND o.contract_id = c.contract_id
              AND (c.dimension <> 'modality' OR o.modality = c.value) AND (c.dimension <> 'month' OR o.month = c.value))`;

const lockPeople = (rows: string) => `PERFORM pg_advisory_xact_lock(k) FROM (
          SELECT DISTINCT hashtextextended(p.contract_id::text || p.beneficiary_id::text, 20261201) AS k
            FROM ${rows} s JOIN placement p ON p.id = s.placement_id WHERE s.is_current ORDER BY 1) locks;`;

export const ROLLUP_ON_INSERT = `CREATE OR REPLACE FUNCTION insertion_rollup_on_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
        WITH ${cellsAndOthers('inserted')}
        SELECT c.contract_id, c.dimension, c.value, count(*) FROM cells c
         WHERE NOT ${elsewhere}
         GROUP BY c.contract_id, c.dimension, c.value
        ON CONFLICT (contract_id, dimension, value) DO UPDATE SET people = r.people + EXCLUDED.people;
        RETURN NULL;
      END
      $fn$`;

export const ROLLUP_ON_DELETE = `CREATE OR REPLACE FUNCTION insertion_rollup_on_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
        WITH ${cellsAndOthers('deleted')},
        left_cell AS (
          SELECT c.contract_id, c.dimension, c.value, count(*) AS n FROM cells c
           WHERE NOT ${elsewhere}
           GROUP BY c.contract_id, c.dimension, c.value),
        emptied AS (
          DELETE FROM contract_people_rollup r USING left_cell g
           WHERE r.contract_id = g.contract_id AND r.dimension = g.dimension AND r.value = g.value AND r.people <= g.n)
        UPDATE contract_people_rollup r SET people = r.people - g.n
          FROM left_cell g WHERE r.contract_id = g.contract_id AND r.dimension = g.dimension AND r.value = g.value AND r.people > g.n;
        RETURN NULL;
      END
      $fn$`;

export class Migration20261202030000_rollup_triggers_bounded_by_people extends Migration {
  override async up(): Promise<void> {
    this.addSql(ROLLUP_ON_INSERT);
    this.addSql(ROLLUP_ON_DELETE);
  }

  override async down(): Promise<void> {
    // The previous bodies: the original NOT EXISTS form (migration create_contract_insertion_rollup).
    const previous = (sql: string, rows: string) => sql
      .replace(`WITH ${cellsAndOthers(rows)}\n        SELECT c.contract_id, c.dimension, c.value, count(*) FROM cells c`,
        `SELECT c.contract_id, c.dimension, c.value, count(*) FROM (${cellsOf(rows)}) c`)
      .replace(`WITH ${cellsAndOthers(rows)},\n        left_cell AS (\n          SELECT c.contract_id, c.dimension, c.value, count(*) AS n FROM cells c`,
        `WITH left_cell AS (\n          SELECT c.contract_id, c.dimension, c.value, count(*) AS n FROM (${cellsOf(rows)}) c`)
      .replace(elsewhere, `EXISTS (SELECT 1 FROM placement p2 JOIN hours_statement s2 ON s2.placement_id = p2.id AND s2.is_current
            WHERE p2.beneficiary_id = c.beneficiary_id AND p2.contract_id = c.contract_id
              AND (c.dimension <> 'modality' OR p2.modality = c.value) AND (c.dimension <> 'month' OR s2.month = c.value)
              AND NOT EXISTS (SELECT 1 FROM ${rows} w WHERE w.id = s2.id))`);
    this.addSql(previous(ROLLUP_ON_INSERT, 'inserted'));
    this.addSql(previous(ROLLUP_ON_DELETE, 'deleted'));
  }
}
