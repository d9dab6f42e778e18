import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GEOGRAPHY_PACKAGE, installedGeographyVersion, readGeography, type GeographyData } from './geography.source';

/** Rows per INSERT: a few thousand per statement keeps each one short and its parameters small. */
const CHUNK_SIZE = 5000;

/** What one load changed in one table. */
export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
  total: number;
}

/** What one load did; every count is zero when the database already held this data. */
export interface GeographyLoadSummary {
  version: string;
  vintage: string | null;
  regions: TableChanges;
  departments: TableChanges;
  epcis: TableChanges;
  communes: TableChanges;
  postalCodes: TableChanges;
  /** Coverage moved from a commune that merged into another (its former code) to the new commune. */
  coverageMoved: number;
  /** Coverage removed because its territory no longer exists. */
  coverageRemoved: number;
}

interface Table<Row> {
  name: string;
  /** Column → SQL type of the array it travels in (`text`, `integer`). */
  columns: Record<keyof Row & string, 'text' | 'integer'>;
  key: (keyof Row & string)[];
}

const TABLES = {
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
async function run<T>(tx: EntityManager, sql: string, bindings: unknown[]): Promise<T[]> {
  const query = tx.getConnection().getKnex().raw(sql, bindings as never[]);
  const context = tx.getTransactionContext();
  const result = (await (context ? query.transacting(context) : query)) as { rows: T[] };
  return result.rows;
}

/** `unnest($1::text[], $2::integer[], …) AS r(a, b, …)` and its bindings: one array per column. */
function unnestRows<Row extends object>(columns: Record<string, string>, rows: Row[]): { from: string; bindings: unknown[] } {
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
async function upsert<Row extends object>(tx: EntityManager, table: Table<Row>, rows: Row[]): Promise<TableChanges> {
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
async function deleteMissing<Row extends object>(tx: EntityManager, table: Table<Row>, rows: Row[]): Promise<number> {
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

/**
 * Before territories disappear: coverage of a commune that merged into a new one moves to the new commune
 * (`anciensCodes`), and coverage of any other vanished territory is removed; only the latter counts as
 * removed (the log warns about it).
 */
async function adjustCoverage(tx: EntityManager, data: GeographyData): Promise<{ moved: number; removed: number }> {
  const formerCodes = unnestRows({ former_code: 'text', code: 'text' }, data.formerCodes);
  const [moved] = await run<{ count: string }>(
    tx,
    `WITH moved AS (
       INSERT INTO facilitator_coverage (id, facilitator_id, level, commune_code)
       SELECT gen_random_uuid(), coverage.facilitator_id, 'COMMUNE', r.code
       FROM facilitator_coverage coverage JOIN ${formerCodes.from} ON r.former_code = coverage.commune_code
       ON CONFLICT DO NOTHING
       RETURNING 1)
     SELECT count(*) FROM moved`,
    formerCodes.bindings,
  );
  const codes = (rows: { code: string }[]) => rows.map((row) => row.code);
  const [removed] = await run<{ count: string }>(
    tx,
    `WITH removed AS (
       DELETE FROM facilitator_coverage
       WHERE commune_code NOT IN (SELECT unnest(?::text[]))
          OR epci_code NOT IN (SELECT unnest(?::text[]))
          OR department_code NOT IN (SELECT unnest(?::text[]))
          OR region_code NOT IN (SELECT unnest(?::text[]))
       RETURNING commune_code)
     SELECT count(*) FROM removed WHERE commune_code IS NULL OR commune_code <> ALL (?::text[])`,
    [codes(data.communes), codes(data.epcis), codes(data.departments), codes(data.regions), data.formerCodes.map((row) => row.former_code)],
  );
  return { moved: Number(moved!.count), removed: Number(removed!.count) };
}

/** The package version whose data the database holds, or null before the first load. */
export async function recordedGeographyVersion(em: EntityManager): Promise<string | null> {
  const [row] = await em.execute<{ version: string }[]>('SELECT version FROM geography_source WHERE package = ?', [GEOGRAPHY_PACKAGE]);
  return row?.version ?? null;
}

/**
 * Writes the package's geography in one transaction: parents before children on the way in, children
 * before parents on the way out, then records the version. Concurrent start-ups (replicas) queue on an
 * advisory lock; unless `force`, a load finding the version already recorded does nothing and returns null.
 */
export async function loadGeography(em: EntityManager, options: { force?: boolean } = {}): Promise<GeographyLoadSummary | null> {
  const data = await readGeography();
  return em.transactional(async (tx) => {
    await tx.execute("SELECT pg_advisory_xact_lock(hashtext('maillage.directory.geography'))");
    if (!options.force && (await recordedGeographyVersion(tx)) === data.version) return null;
    const regions = await upsert(tx, TABLES.regions, data.regions);
    const departments = await upsert(tx, TABLES.departments, data.departments);
    const epcis = await upsert(tx, TABLES.epcis, data.epcis);
    const communes = await upsert(tx, TABLES.communes, data.communes);
    const postalCodes = await upsert(tx, TABLES.postalCodes, data.postalCodes);
    postalCodes.deleted = await deleteMissing(tx, TABLES.postalCodes, data.postalCodes);
    const coverage = await adjustCoverage(tx, data);
    communes.deleted = await deleteMissing(tx, TABLES.communes, data.communes);
    epcis.deleted = await deleteMissing(tx, TABLES.epcis, data.epcis);
    departments.deleted = await deleteMissing(tx, TABLES.departments, data.departments);
    regions.deleted = await deleteMissing(tx, TABLES.regions, data.regions);
    const summary: GeographyLoadSummary = {
      version: data.version, vintage: data.vintage, regions, departments, epcis, communes, postalCodes,
      coverageMoved: coverage.moved, coverageRemoved: coverage.removed,
    };
    await tx.execute(
      `INSERT INTO geography_source (package, version, vintage, loaded_at, summary) VALUES (?, ?, ?, now(), ?::jsonb)
       ON CONFLICT (package) DO UPDATE SET version = EXCLUDED.version, vintage = EXCLUDED.vintage,
         loaded_at = EXCLUDED.loaded_at, summary = EXCLUDED.summary`,
      [GEOGRAPHY_PACKAGE, data.version, data.vintage, JSON.stringify(summary)],
    );
    return summary;
  });
}

/**
 * The start-up step: loads the geography when the installed package version differs from the recorded
 * one (first start, or an upgrade of the package); otherwise costs one SELECT.
 */
export async function ensureGeography(em: EntityManager, logger: Logger): Promise<GeographyLoadSummary | null> {
  const installed = await installedGeographyVersion();
  const recorded = await recordedGeographyVersion(em);
  if (recorded === installed) {
    logger.debug({ version: installed }, 'French geography is up to date');
    return null;
  }
  const started = performance.now();
  const summary = await loadGeography(em);
  if (!summary) return null;
  const durationMs = Math.round(performance.now() - started);
  logger.info({ from: recorded, to: installed, vintage: summary.vintage, durationMs, communes: summary.communes }, 'loaded French geography');
  if (summary.coverageRemoved > 0) {
    logger.warn({ removed: summary.coverageRemoved }, 'facilitator coverage of territories that no longer exist was removed');
  }
  return summary;
}
