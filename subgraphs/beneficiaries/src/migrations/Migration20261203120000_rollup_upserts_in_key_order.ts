import { Migration } from '@maillage/subgraph-kit';
import { REMOVED_CELLS, totalsDelta } from './Migration20261203100000_contract_hours_totals';
import { INSERT_BODY, UPDATE_BODY } from './Migration20261203100100_contract_hours_totals_lighter_triggers';
import { ROLLUP_ON_INSERT } from './Migration20261202030000_rollup_triggers_bounded_by_people';

/**
 * The roll-up's and the totals' upserts write their rows in key order. Two declarations for different people
 * on the same contract add to the same rows (contract × month × modality, contract × modality, the people
 * counts); each `INSERT … SELECT … GROUP BY … ON CONFLICT` wrote its rows in the order of its hash table, so two
 * transactions could take the same two rows in opposite orders and PostgreSQL aborted one as a deadlock
 * (`40P01`, « while inserting index tuple … in relation contract_hours_rollup »): a 500 for a batch of hours
 * that was valid. Seen in the bench with concurrent batches of different people (issue 21). Sorted by the
 * conflict key, every transaction takes the rows it shares with another in the same order: one waits for the
 * other instead of crossing it. (The kit also runs a transaction aborted that way again: `transactions.ts`.)
 *
 * Same bodies otherwise; `down()` puts back the unsorted ones.
 */

/** `sql` with `ORDER BY <key>` after its `GROUP BY <groupBy>` that feeds an `ON CONFLICT`; throws if there is none. */
function inKeyOrder(sql: string, groupBy: string, key: string): string {
  const unsorted = `GROUP BY ${groupBy}\n        ON CONFLICT`;
  if (!sql.includes(unsorted)) throw new Error(`no upsert grouped by ${groupBy} in this trigger body`);
  return sql.replaceAll(unsorted, `GROUP BY ${groupBy}\n         ORDER BY ${key}\n        ON CONFLICT`);
}

const totalsFunction = (name: string, body: string) => `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN${body}
      END
      $fn$`;

const ROLLUP_KEY = ['p.contract_id, s.month, p.modality', '1, 2, 3'] as const;
const PEOPLE_KEY = ['c.contract_id, c.dimension, c.value', '1, 2, 3'] as const;

export const SORTED_ROLLUP_ON_INSERT = inKeyOrder(inKeyOrder(ROLLUP_ON_INSERT, ...ROLLUP_KEY), ...PEOPLE_KEY);
export const SORTED_TOTALS_ON_INSERT = totalsFunction('insertion_totals_on_insert', inKeyOrder(INSERT_BODY, 'contract_id, modality', '1, 2'));
export const SORTED_TOTALS_ON_UPDATE = totalsFunction('insertion_totals_on_update', inKeyOrder(UPDATE_BODY, 'd.contract_id, d.modality', '1, 2'));
export const SORTED_TOTALS_ON_DELETE = totalsFunction('insertion_totals_on_delete', inKeyOrder(totalsDelta(REMOVED_CELLS), 'd.contract_id, d.modality', '1, 2'));

export class Migration20261203120000_rollup_upserts_in_key_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(SORTED_ROLLUP_ON_INSERT);
    this.addSql(SORTED_TOTALS_ON_INSERT);
    this.addSql(SORTED_TOTALS_ON_UPDATE);
    this.addSql(SORTED_TOTALS_ON_DELETE);
  }

  override async down(): Promise<void> {
    this.addSql(ROLLUP_ON_INSERT);
    this.addSql(totalsFunction('insertion_totals_on_insert', INSERT_BODY));
    this.addSql(totalsFunction('insertion_totals_on_update', UPDATE_BODY));
    this.addSql(totalsFunction('insertion_totals_on_delete', totalsDelta(REMOVED_CELLS)));
  }
}
