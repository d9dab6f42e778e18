import { Migration } from '@maillage/subgraph-kit';
import { ADDED_CELLS, REMOVED_CELLS, totalsDelta } from './Migration20261203100000_contract_hours_totals';

/**
 * The totals' insert and update triggers (migration `contract_hours_totals`), same results, less work for the
 * writes that do not remove a month cell — a declaration, a batch, a correction's new figures.
 *
 * Before, every change ran three statements: the deltas, the removal of emptied totals, and the last month
 * read again from the roll-up for each (contract, modality) touched. A cell added can only raise the last
 * month (`greatest`) and never empties a total; a cell whose figures change keeps its month. So the last two
 * statements now run only for the cells an update took away (a key in the old rows and not in the new ones);
 * the delete trigger keeps the three. The roll-up tests compare the totals with the roll-up after each kind of
 * write (declarations, corrections, modality changes, bulk inserts and deletes, a rebuild, a truncation).
 */
export const INSERT_BODY = `
        INSERT INTO contract_hours_total AS t (contract_id, modality, hours_worked, training_hours, cells, last_month)
        SELECT contract_id, modality, sum(hours_worked), sum(training_hours), count(*)::int, max(month) FROM added
         GROUP BY contract_id, modality
        ON CONFLICT (contract_id, modality) DO UPDATE
          SET hours_worked = t.hours_worked + EXCLUDED.hours_worked, training_hours = t.training_hours + EXCLUDED.training_hours,
              cells = t.cells + EXCLUDED.cells, last_month = greatest(t.last_month, EXCLUDED.last_month);
        RETURN NULL;`;

export const UPDATE_BODY = `
        INSERT INTO contract_hours_total AS t (contract_id, modality, hours_worked, training_hours, cells, last_month)
        SELECT d.contract_id, d.modality, sum(d.worked), sum(d.training), sum(d.n)::int, max(d.month) FILTER (WHERE d.n > 0) FROM (
          SELECT contract_id, modality, month, hours_worked AS worked, training_hours AS training, 1 AS n FROM added
          UNION ALL
          SELECT contract_id, modality, month, -hours_worked, -training_hours, -1 FROM removed) d
         GROUP BY d.contract_id, d.modality
        ON CONFLICT (contract_id, modality) DO UPDATE
          SET hours_worked = t.hours_worked + EXCLUDED.hours_worked, training_hours = t.training_hours + EXCLUDED.training_hours,
              cells = t.cells + EXCLUDED.cells, last_month = greatest(t.last_month, EXCLUDED.last_month);
        -- Only where a cell went away (its key is in the old rows, not in the new): a total may be empty, its last month gone.
        DELETE FROM contract_hours_total t
         USING (SELECT contract_id, modality, month FROM removed EXCEPT SELECT contract_id, modality, month FROM added) k
         WHERE t.contract_id = k.contract_id AND t.modality = k.modality AND t.cells <= 0;
        UPDATE contract_hours_total t
           SET last_month = (SELECT max(r.month) FROM contract_hours_rollup r WHERE r.contract_id = t.contract_id AND r.modality = t.modality)
          FROM (SELECT DISTINCT contract_id, modality FROM (
                  SELECT contract_id, modality, month FROM removed EXCEPT SELECT contract_id, modality, month FROM added) gone) k
         WHERE t.contract_id = k.contract_id AND t.modality = k.modality;
        RETURN NULL;`;

const replace = (name: string, body: string) => `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN${body}
      END
      $fn$`;

export class Migration20261203100100_contract_hours_totals_lighter_triggers extends Migration {
  override async up(): Promise<void> {
    this.addSql(replace('insertion_totals_on_insert', INSERT_BODY));
    this.addSql(replace('insertion_totals_on_update', UPDATE_BODY));
  }

  override async down(): Promise<void> {
    // The bodies of migration `contract_hours_totals`.
    this.addSql(replace('insertion_totals_on_insert', totalsDelta(ADDED_CELLS)));
    this.addSql(replace('insertion_totals_on_update', totalsDelta(`${ADDED_CELLS} UNION ALL ${REMOVED_CELLS}`)));
  }
}
