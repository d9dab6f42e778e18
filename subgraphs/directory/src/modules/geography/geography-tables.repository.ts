import type { EntityManager } from '@mikro-orm/postgresql';
import type { GeographyData } from './geography.source';

/** Rows per INSERT: a few thousand per statement keeps each one short and its parameters small. */
const CHUNK_SIZE = 5000;

/** What one load changed in one table. */
export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
  total: number;
}

interface Table<Row> {
  name: string;
  /** Column → SQL type of the array it travels in (`text`, `integer`). */
  columns: Record<keyof Row & string, 'text' | 'integer'>;
  key: (keyof Row & string)[];
}

/** The geography tables, their columns and keys, matching the rows of `GeographyData`. */
export const TABLES = {
  regions: { name: 'region', key: ['code'], columns: { code: 'text', name: 'text', population: 'integer' } },
  departments: {
    name: 'department',
    key: ['code'],
    columns: { code: 'text', name: 'text', region_code: 'text', population: 'integer' },
  },
  epcis: {
    name: 'epci',
    key: ['code'],
    columns: { code: 'text', name: 'text', kind: 'text', financing: 'text', population: 'integer' },
  },
  communes: {
    name: 'commune',
    key: ['code'],
    columns: {
      code: 'text', name: 'text', search_name: 'text', kind: 'text', parent_code: 'text', department_code: 'text',
      region_code: 'text', epci_code: 'text', population: 'integer',
    },
  },
  postalCodes: { name: 'commune_postal_code', key: ['postal_code', 'commune_code'], columns: { postal_code: 'text', commune_code: 'text' } },
} satisfies { [K in keyof GeographyData]?: Table<GeographyData[K] extends (infer R)[] ? R : never> };

/**
 * Runs one statement with real bind parameters. MikroORM's `execute` inlines parameters into the SQL
 * text, which costs more than the statement itself for megabytes of rows; through knex, arrays travel as
 * PostgreSQL array parameters.
 */
export async function run<T>(tx: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const query = tx.getConnection().getKnex().raw(sql, bindings as never[]);
  const context = tx.getTransactionContext();
  const result = (await (context ? query.transacting(context) : query)) as { rows: T[] };
  return result.rows;
}

/** `unnest($1::text[], $2::integer[], …) AS r(a, b, …)` and its bindings: one array per column. */
export function unnestRows<Row extends object>(columns: Record<string, string>, rows: Row[]): { from: string; bindings: unknown[] } {
  const names = Object.keys(columns);
  return {
    from: `unnest(${names.map((name) => `?::${columns[name]}[]`).join(', ')}) AS r(${names.join(', ')})`,
    bindings: names.map((name) => rows.map((row) => (row as Record<string, unknown>)[name] ?? null)),
  };
}

/**
 * Inserts new rows and updates changed ones, a chunk of rows per statement (one array per column,
 * `unnest`ed). Rows equal to the stored ones are filtered out before the INSERT, so a second load neither
 * writes nor locks anything.
 */
export async function upsert<Row extends object>(tx: EntityManager, table: Table<Row>, rows: Row[]): Promise<TableChanges> {
  const columns = Object.keys(table.columns);
  const values = columns.filter((column) => !table.key.includes(column as keyof Row & string));
  const joined = table.key.map((column) => `stored.${column} = r.${column}`).join(' AND ');
  const changed = values.length === 0
    ? ''
    : ` OR (${values.map((c) => `stored.${c}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `r.${c}`).join(', ')})`;
  const onConflict = values.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
  const changes: TableChanges = { inserted: 0, updated: 0, deleted: 0, total: rows.length };
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const { from, bindings } = unnestRows(table.columns, rows.slice(start, start + CHUNK_SIZE));
    const [counts] = await run<{ inserted: string; updated: string }>(
      tx,
      `WITH written AS (
         INSERT INTO ${table.name} (${columns.join(', ')})
         SELECT ${columns.map((c) => `r.${c}`).join(', ')} FROM ${from}
         LEFT JOIN ${table.name} stored ON ${joined}
         WHERE stored.${table.key[0]} IS NULL${changed}
         ON CONFLICT (${table.key.join(', ')}) ${onConflict}
         RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM written`,
      bindings,
    );
    changes.inserted += Number(counts!.inserted);
    changes.updated += Number(counts!.updated);
  }
  return changes;
}

/** Deletes the rows whose key is not in `rows`: territories that no longer exist in this vintage. */
export async function deleteMissing<Row extends object>(tx: EntityManager, table: Table<Row>, rows: Row[]): Promise<number> {
  const keyColumns = Object.fromEntries(table.key.map((column) => [column, table.columns[column]]));
  const { from, bindings } = unnestRows(keyColumns, rows);
  const match = table.key.map((column) => `r.${column} = t.${column}`).join(' AND ');
  const [result] = await run<{ deleted: string }>(
    tx,
    `WITH deleted AS (DELETE FROM ${table.name} t WHERE NOT EXISTS (SELECT 1 FROM ${from} WHERE ${match}) RETURNING 1)
     SELECT count(*) AS deleted FROM deleted`,
    bindings,
  );
  return Number(result!.deleted);
}
