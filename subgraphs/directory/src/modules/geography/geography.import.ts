import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GEOGRAPHY_PACKAGE, installedGeographyVersion, readGeography, type GeographyData } from './geography.source';
import { deleteMissing, run, TABLES, unnestRows, upsert, type TableChanges } from './geography-tables.repository';

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
