/**
 * Prints how long the full French geography load takes (first load, then a no-op reload) and how many
 * `facilitatorsFor(postalCode)` look-ups per second the real subgraph answers over HTTP.
 *
 *   npm run build && npm run bench -w subgraphs/directory
 *
 * Uses an embedded PostgreSQL in a temporary folder, or `BENCH_DB_ADMIN_URL` (a superuser URL of an existing
 * server). `BENCH_DURATION_MS` (default 10000) and `BENCH_CONCURRENCY` (default 8) shape the look-up run.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, dropDatabase, startEmbeddedPostgres, withDatabaseName, type PostgresServer } from '@maillage/postgres';
import {
  createIdentitySigner, createLogger, createOrm, generateIdentityKeyPair, migrate, PUBLIC_VIEWER, startSubgraph, type SubgraphConfig,
} from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadGeography } from '../src/modules/geography/geography.import';
import { readGeography } from '../src/modules/geography/geography.source';
import { directorySubgraph } from '../src/subgraph';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LOOKUP = `query ($postalCode: String!) { facilitatorsFor(postalCode: $postalCode) {
  place { ... on Commune { code name } } facilitators { level facilitator { name email organisation { name } } } } }`;

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  print(`${label.padEnd(34)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function measureLookups(url: string, token: string, postalCodes: string[]): Promise<void> {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + DURATION_MS;
  const worker = async () => {
    while (performance.now() < deadline) {
      const postalCode = postalCodes[Math.floor(Math.random() * postalCodes.length)]!;
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: LOOKUP, variables: { postalCode } }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || body.errors) failures += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
  print(`look-ups by postal code            ${latencies.length} in ${seconds.toFixed(1)} s, ${CONCURRENCY} concurrent, ${failures} failed`);
  print(`look-ups/s                         ${(latencies.length / seconds).toFixed(0)}`);
  print(`latency p50 / p95                  ${percentile(0.5)} / ${percentile(0.95)} ms`);
}

async function main(): Promise<void> {
  let embedded: PostgresServer | undefined;
  const adminUrl = process.env.BENCH_DB_ADMIN_URL
    ?? (embedded = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'maillage-bench-pg-')), port: await freePort(), ephemeral: true })).adminUrl;
  const database = `bench_directory_${process.pid}`;
  await createDatabase(adminUrl, database);
  const logger = createLogger({ name: 'bench', level: 'warn' });
  try {
    const url = withDatabaseName(adminUrl, database);
    const orm = await createOrm({ url, poolMax: 2, entities: directorySubgraph.entities, migrations: directorySubgraph.migrations, logger });
    await migrate(orm, directorySubgraph.migrations);
    const data = await timed('read and shape the package files', () => readGeography());
    print(`rows: ${data.regions.length} regions, ${data.departments.length} departments, ${data.epcis.length} EPCIs, ` +
      `${data.communes.length} communes and districts, ${data.postalCodes.length} (postal code, commune) pairs`);
    await timed('full load on an empty database', () => loadGeography(orm.em.fork() as EntityManager));
    const again = await timed('second load (nothing to change)', () => loadGeography(orm.em.fork() as EntityManager, { force: true }));
    print(`second load changes: ${JSON.stringify({ communes: again?.communes, postalCodes: again?.postalCodes })}`);
    await orm.close();

    const keys = await generateIdentityKeyPair();
    const config: SubgraphConfig = {
      env: 'production', http: { host: '127.0.0.1', port: 0 }, db: { url, poolMax: 10, seedDemo: true, debug: false },
      log: { level: 'warn' }, shutdownGraceMs: 1000, auth: { gatewayPublicKey: keys.publicJwk },
    };
    const subgraph = await startSubgraph(directorySubgraph, config, logger);
    try {
      const token = await (await createIdentitySigner(keys.privateJwk)).sign(PUBLIC_VIEWER, 'directory');
      await measureLookups(subgraph.url, token, [...new Set(data.postalCodes.map((row) => row.postal_code))]);
    } finally {
      await subgraph.stop();
    }
  } finally {
    await dropDatabase(adminUrl, database);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
