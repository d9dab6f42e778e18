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
    await client.query('ANALYZE');
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
    const result = await withClient(databaseUrls.beneficiaries!, (c) => writeBeneficiaries(c, model, poolSize));
    rows.beneficiaries = result.rows;
    statements = result.statements;
    poolPlacements = result.poolPlacements;
  } else {
    beneficiariesSkipped = 'the beneficiaries subgraph on this branch has no placements or hour statements yet (feature/beneficiaries not merged)';
  }
  const seconds = (performance.now() - started) / 1000;
  const bytes: Record<string, number> = {};
  for (const [name, url] of Object.entries(databaseUrls)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    bytes[name] = Number((await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0]!.size);
    await client.end();
  }
  return { model, seconds, rows, bytes, statements, poolPlacements, beneficiariesSkipped };
}
