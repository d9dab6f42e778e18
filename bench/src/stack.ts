import { join } from 'node:path';
import { loadStackConfig, ROOT_DIR, startStack, type RunningStack } from '@maillage/dev-stack';
import { createDatabase, dropDatabase, startEmbeddedPostgres, type PostgresServer } from '@maillage/postgres';
import { Client } from 'pg';
import { freePort } from './ports';

/**
 * Two cores, five busy processes: a parallel query's workers only take CPU from the other requests (and at
 * c=64 the whole machine waits on them), and JIT compiles plans that run in milliseconds. Both off for the
 * hub's databases, as a deployment on such a host should set them.
 */
async function tuneDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name}" SET max_parallel_workers_per_gather = 0`);
    await client.query(`ALTER DATABASE "${name}" SET jit = off`);
    // As the embedded PostgreSQL's own setting (packages/postgres), for a server given by BENCH_DB_ADMIN_URL.
    await client.query(`ALTER DATABASE "${name}" SET random_page_cost = 1.1`);
  } finally {
    await client.end();
  }
}

/** Where the bench's embedded PostgreSQL keeps its data: `.data/bench/postgres`, or `BENCH_DATA_DIR` (two benches at once). */
export function benchDataDir(): string {
  return process.env.BENCH_DATA_DIR ?? join(ROOT_DIR, '.data/bench/postgres');
}

/** The gateway's `/ready` lists every subgraph as up (30 s at most): a figure taken with one down is not the hub's. */
async function everySubgraphUp(stack: RunningStack): Promise<void> {
  let down: string[] = [];
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      const ready = (await (await fetch(stack.gatewayUrl.replace('/graphql', '/ready'))).json()) as { subgraphs?: Record<string, string> };
      down = Object.entries(ready.subgraphs ?? {}).filter(([, state]) => state !== 'up').map(([name]) => name);
      if (ready.subgraphs && down.length === 0) return;
    } catch {
      down = ['gateway'];
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stack.stop();
  throw new Error(`the hub is not whole: ${down.join(', ')} not up after 30 s (see the lines above)`);
}

export interface BenchStack {
  stack: RunningStack;
  postgres: PostgresServer | undefined;
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The real hub on free ports: an embedded PostgreSQL in `.data/bench` (or `BENCH_DB_ADMIN_URL`), fresh
 * databases `bench_<size>_<subgraph>` (the subgraphs' migrations create the tables), the four subgraphs and the
 * gateway in production mode.
 */
/**
 * Node options of every service: `BENCH_NODE_OPTIONS` (V8 flags to compare in an `--explore` run), then the
 * CPU profiler's when `BENCH_CPU_PROFILE_DIR` is set.
 */
export function serviceNodeOptions(): string {
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}` : '';
  return [process.env.BENCH_NODE_OPTIONS ?? '', profile].filter(Boolean).join(' ');
}

/**
 * Node flags on the command line of every service and of Hive Gateway alike (`BENCH_NODE_FLAGS`, separated by
 * spaces), for the flags NODE_OPTIONS refuses — V8's, such as `--single-threaded-gc` — to compare in an
 * `--explore` run. None by default: the hub's services run with Node's defaults.
 */
export function benchNodeFlags(): string[] {
  return (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

export async function startBenchStack(size: string, progress: (message: string) => void, options: { dedup: boolean }): Promise<BenchStack> {
  const dataDir = benchDataDir();
  let postgres: PostgresServer | undefined;
  let adminUrl = process.env.BENCH_DB_ADMIN_URL;
  if (!adminUrl) {
    const port = await freePort();
    progress(`starting PostgreSQL (embedded) on 127.0.0.1:${port}, data in ${dataDir}`);
    // BENCH_PG_SHARED_BUFFERS: PostgreSQL's shared_buffers (default 128MB), to compare with `--explore`.
    const sharedBuffers = process.env.BENCH_PG_SHARED_BUFFERS;
    postgres = await startEmbeddedPostgres({ dataDir, port, ...(sharedBuffers ? { settings: { shared_buffers: sharedBuffers } } : {}) });
    adminUrl = postgres.adminUrl;
  }
  const env: NodeJS.ProcessEnv = {
    GATEWAY_PORT: String(await freePort()),
    AUTH_DEV_ISSUER_PORT: String(await freePort()),
    DB_EMBEDDED_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  // Every subgraph of the registry on a free port (a default port in use would leave that subgraph down).
  for (const subgraph of loadStackConfig(env).subgraphs) env[`SUBGRAPH_${subgraph.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PORT`] = String(await freePort());
  const prefix = `bench_${size.toLowerCase()}`;
  const config = { ...loadStackConfig(env), adminUrl, databasePrefix: prefix };
  for (const subgraph of config.subgraphs) {
    const name = `${prefix}_${subgraph.name.replace(/[^a-z0-9]/g, '_')}`;
    await dropDatabase(adminUrl, name);
    await createDatabase(adminUrl, name);
    await tuneDatabase(adminUrl, name);
  }
  progress('starting the subgraphs (migrations, geography) and the gateway');
  try {
    const stack = await startStack({
      config,
      nodeFlags: benchNodeFlags(),
      // Four connections per subgraph: 16 backends already keep 2 cores busy; more only queue inside PostgreSQL.
      // BENCH_CPU_PROFILE_DIR: every service writes a V8 CPU profile there when the bench stops it (`--explore` runs).
      env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', DB_POOL_MAX: process.env.BENCH_DB_POOL_MAX ?? '4',
        DB_PREPARED_STATEMENTS: process.env.BENCH_DB_PREPARED_STATEMENTS ?? 'true',
        ...(serviceNodeOptions() ? { NODE_OPTIONS: serviceNodeOptions() } : {}) },
      gatewayEnv: { GATEWAY_SUBGRAPH_DEDUP: String(options.dedup), GATEWAY_SUBGRAPH_CONNECTIONS: process.env.BENCH_GATEWAY_CONNECTIONS ?? '16',
        ...(process.env.BENCH_GATEWAY_MAX_OPERATIONS ? { GATEWAY_MAX_OPERATIONS: process.env.BENCH_GATEWAY_MAX_OPERATIONS } : {}),
        // BENCH_GATEWAY_APOLLO_SHORTCUTS=false: Apollo's own operation building and shaping, to compare (`--explore`).
        ...(process.env.BENCH_GATEWAY_APOLLO_SHORTCUTS ? { GATEWAY_APOLLO_SHORTCUTS: process.env.BENCH_GATEWAY_APOLLO_SHORTCUTS } : {}) },
      onLine: (service, line) => {
        if (/"level":(50|60)/.test(line) && !line.includes('"aborted"')) process.stderr.write(`${service}: ${line.slice(0, 300)}\n`);
      },
    });
    await everySubgraphUp(stack);
    return { stack, postgres, adminUrl, stop: async () => { await stack.stop(); await postgres?.stop(); } };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}
