import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadCommunes } from '../geography';
import type { Size } from '../sizes';
import { POOL_MONTHS, writeBeneficiaries } from './beneficiaries';
import { writeContracts } from './contracts';
import { writeDirectory } from './directory';
import { buildModel, type BenchModel } from './model';
import { writeStructures } from './structures';

export interface GenerationResult {
  model: BenchModel;
  seconds: number;
  rows: Record<string, number>;
  /** Database size in bytes per subgraph, after the load and ANALYZE. */
  bytes: Record<string, number>;
  statements: number;
  /** What the beneficiaries data amounts to, for the comparison with the national figures. */
  totals?: { contractsWithHours: number; hours: number; placements: number; people: number };
  poolPlacements: string[];
  /** Why the beneficiaries data was not written, when it was not. */
  beneficiariesSkipped?: string;
}

/** Requests the batch scenario may send in one run at the highest concurrency (each declares 500 lines). */
export const BATCH_REQUESTS_MAX = 64;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } finally {
    await client.end();
  }
}

/** Fills the four databases (already migrated by the running subgraphs) from `seed`. */
export async function generate(size: Size, seed: number, databaseUrls: Record<string, string>,
  progress: (message: string) => void): Promise<GenerationResult> {
  const started = performance.now();
  const model = buildModel(size, seed, loadCommunes(size.departments));
  const rows: Record<string, number> = {};
  rows.directory = await withClient(databaseUrls.directory!, (c) => writeDirectory(c, model));
  rows.contracts = await withClient(databaseUrls.contracts!, (c) => writeContracts(c, model));
  rows.structures = await withClient(databaseUrls.structures!, (c) => writeStructures(c, model));
  progress(`contracts, directory, structures written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let statements = 0;
  let poolPlacements: string[] = [];
  let beneficiariesSkipped: string | undefined;
  const hasModel = await withClient(databaseUrls.beneficiaries!, async (c) =>
    (await c.query<{ ok: boolean }>("SELECT to_regclass('hours_statement') IS NOT NULL AS ok")).rows[0]!.ok);
  if (hasModel) {
    const poolSize = Math.ceil((BATCH_REQUESTS_MAX * 500) / POOL_MONTHS);
    const result = await withClient(databaseUrls.beneficiaries!, async (c) => {
      // Rows loaded by the million: the roll-up triggers are switched off for the load (superuser only) and
      // the roll-up rebuilt once from the statements, as the migration's backfill does.
      const rollup = (await c.query<{ ok: boolean }>("SELECT to_regproc('insertion_rollup_rebuild') IS NOT NULL AS ok")).rows[0]!.ok;
      const bulk = rollup && (await c.query<{ ok: boolean }>('SELECT rolsuper AS ok FROM pg_roles WHERE rolname = current_user')).rows[0]?.ok === true;
      if (bulk) await c.query('SET LOCAL session_replication_role = replica');
      const written = await writeBeneficiaries(c, model, poolSize);
      if (bulk) {
        await c.query('SET LOCAL session_replication_role = origin');
        await c.query('SELECT insertion_rollup_rebuild()');
      }
      return written;
    });
    rows.beneficiaries = result.rows;
    statements = result.statements;
    poolPlacements = result.poolPlacements;
  } else {
    beneficiariesSkipped = 'the beneficiaries subgraph on this branch has no placements or hour statements yet (feature/beneficiaries not merged)';
  }
  progress(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; VACUUM ANALYZE and CHECKPOINT`);
  for (const url of Object.values(databaseUrls)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('VACUUM ANALYZE');
    await client.end();
  }
  const admin = new Client({ connectionString: databaseUrls.beneficiaries });
  await admin.connect();
  await admin.query('CHECKPOINT');
  let totals: GenerationResult['totals'];
  if (hasModel) {
    const row = (await admin.query<{ contracts: string; hours: string; placements: string; people: string }>(
      `SELECT (SELECT count(DISTINCT p.contract_id) FROM placement p WHERE EXISTS (SELECT 1 FROM hours_statement s WHERE s.placement_id = p.id)) AS contracts,
              (SELECT coalesce(sum(hours_worked + training_hours), 0) FROM hours_statement WHERE is_current) AS hours,
              (SELECT count(*) FROM placement) AS placements, (SELECT count(DISTINCT beneficiary_id) FROM placement) AS people`)).rows[0]!;
    totals = { contractsWithHours: Number(row.contracts), hours: Number(row.hours), placements: Number(row.placements), people: Number(row.people) };
  }
  await admin.end();
  const seconds = (performance.now() - started) / 1000;
  const bytes: Record<string, number> = {};
  for (const [name, url] of Object.entries(databaseUrls)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    bytes[name] = Number((await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0]!.size);
    await client.end();
  }
  return { model, seconds, rows, bytes, statements, totals, poolPlacements, beneficiariesSkipped };
}
