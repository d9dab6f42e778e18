import { Migration } from '@maillage/subgraph-kit';

/**
 * `contract_hours_total`: contract × modality → hours worked, training hours, the month cells behind them and
 * the last month declared, kept by statement triggers on `contract_hours_rollup` in the same transaction as
 * every change of the roll-up (declarations, corrections, modality changes, erasures, truncations, rebuilds:
 * they all write the roll-up).
 *
 * Why: a read of `insertionProgress` without its months (a dashboard's page) summed every month cell of its
 * contracts, so its cost grew with the months of history: at size S, 5,439 cells for a page of 50 contracts,
 * two thirds of the statement's time (`bench/RESULTS.md`, EXPLAIN). It now reads one row per contract and
 * modality, whatever the history.
 *
 * The triggers apply the changed cells' figures as deltas (new minus old) and take the last month again from
 * the roll-up for the (contract, modality) they touched, through its key: a month removed may have been the
 * last one. A total whose cells are all gone is deleted in the same trigger, so that « no hours » reads as
 * before. `cells` has no CHECK: PostgreSQL checks an `INSERT … ON CONFLICT` row before it finds the conflict, and
 * a delta row carries a negative count.
 *
 * The table is filled from the roll-up while the roll-up is locked against writes (a rolling upgrade's running
 * version may be declaring hours): no change falls between the backfill and the triggers.
 */
/** A trigger body applying `source`'s rows as deltas (used again by the next migration's `down()`). */
export const totalsDelta = (source: string) => `
        INSERT INTO contract_hours_total AS t (contract_id, modality, hours_worked, training_hours, cells)
        SELECT d.contract_id, d.modality, sum(d.worked), sum(d.training), sum(d.n)::int FROM (${source}) d
         GROUP BY d.contract_id, d.modality
        ON CONFLICT (contract_id, modality) DO UPDATE
          SET hours_worked = t.hours_worked + EXCLUDED.hours_worked, training_hours = t.training_hours + EXCLUDED.training_hours,
              cells = t.cells + EXCLUDED.cells;
        DELETE FROM contract_hours_total t USING (${source}) d
         WHERE t.contract_id = d.contract_id AND t.modality = d.modality AND t.cells <= 0;
        UPDATE contract_hours_total t
           SET last_month = (SELECT max(r.month) FROM contract_hours_rollup r WHERE r.contract_id = t.contract_id AND r.modality = t.modality)
          FROM (SELECT DISTINCT d.contract_id, d.modality FROM (${source}) d) k
         WHERE t.contract_id = k.contract_id AND t.modality = k.modality;
        RETURN NULL;`;

export const ADDED_CELLS = 'SELECT contract_id, modality, hours_worked AS worked, training_hours AS training, 1 AS n FROM added';
export const REMOVED_CELLS = 'SELECT contract_id, modality, -hours_worked AS worked, -training_hours AS training, -1 AS n FROM removed';

/** Backfill: the roll-up as it stands (the roll-up tests run it again and compare it with what the triggers kept). */
export const TOTALS_BACKFILL = `INSERT INTO contract_hours_total (contract_id, modality, hours_worked, training_hours, cells, last_month)
      SELECT contract_id, modality, sum(hours_worked), sum(training_hours), count(*), max(month)
        FROM contract_hours_rollup GROUP BY contract_id, modality`;

export class Migration20261203100000_contract_hours_totals extends Migration {
  override async up(): Promise<void> {
    this.addSql('LOCK TABLE contract_hours_rollup IN SHARE ROW EXCLUSIVE MODE');
    this.addSql(`CREATE TABLE contract_hours_total (
      contract_id uuid NOT NULL,
      modality text NOT NULL,
      hours_worked numeric(14,2) NOT NULL,
      training_hours numeric(14,2) NOT NULL,
      cells integer NOT NULL,
      last_month char(7),
      PRIMARY KEY (contract_id, modality) INCLUDE (hours_worked, training_hours, last_month)
    )`);
    this.addSql(`CREATE FUNCTION insertion_totals_on_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN${totalsDelta(ADDED_CELLS)}
      END
      $fn$`);
    this.addSql(`CREATE FUNCTION insertion_totals_on_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN${totalsDelta(REMOVED_CELLS)}
      END
      $fn$`);
    this.addSql(`CREATE FUNCTION insertion_totals_on_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN${totalsDelta(`${ADDED_CELLS} UNION ALL ${REMOVED_CELLS}`)}
      END
      $fn$`);
    this.addSql(`CREATE TRIGGER contract_hours_rollup_totals_insert AFTER INSERT ON contract_hours_rollup REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_totals_on_insert()`);
    this.addSql(`CREATE TRIGGER contract_hours_rollup_totals_delete AFTER DELETE ON contract_hours_rollup REFERENCING OLD TABLE AS removed
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_totals_on_delete()`);
    this.addSql(`CREATE TRIGGER contract_hours_rollup_totals_update AFTER UPDATE ON contract_hours_rollup REFERENCING OLD TABLE AS removed NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_totals_on_update()`);
    // TRUNCATE bypasses the statement triggers above: the totals follow the roll-up.
    this.addSql(`CREATE FUNCTION insertion_totals_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM contract_hours_total;
        RETURN NULL;
      END
      $fn$`);
    this.addSql(`CREATE TRIGGER contract_hours_rollup_totals_truncate AFTER TRUNCATE ON contract_hours_rollup
      FOR EACH STATEMENT EXECUTE FUNCTION insertion_totals_on_truncate()`);
    this.addSql(TOTALS_BACKFILL);
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'delete', 'update', 'truncate']) {
      this.addSql(`DROP TRIGGER contract_hours_rollup_totals_${event} ON contract_hours_rollup`);
      this.addSql(`DROP FUNCTION insertion_totals_on_${event}()`);
    }
    this.addSql('DROP TABLE contract_hours_total');
  }
}
