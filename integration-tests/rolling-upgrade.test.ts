import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractStepReasons } from '@maillage/subgraph-kit';
import { createTestDatabase, freePort, testAdminUrl, testIdentityKeys, type TestDatabase } from '@maillage/test-kit';
import { structuresSubgraph } from '@maillage/subgraph-structures';
import { createOrm, createLogger, migrate } from '@maillage/subgraph-kit';
import { expandMigrations } from './rolling-upgrade/expand-migrations';
import { ROOT, runNode } from './process-helpers';

/** Where the repository's global setup leaves the run's template databases (test-kit/templates.ts). */
const TEST_TEMPLATES_VARIABLE = 'MAILLAGE_TEST_TEMPLATES';

/**
 * Rolling upgrades follow expand/contract (docs/operations.md): version N keeps serving while N+1's
 * migrations run. Here N is the current code and N+1 a test-only expand migration; a subset of N's own tests
 * (the structures subgraph's writes and federation references) runs against N with N+1's migration applied
 * under it, and N restarts beside it; the repository's migrations are checked for contract steps.
 */
const EXPAND_MODULE = join(__dirname, 'rolling-upgrade/expand-migrations.ts');
const N_TESTS = ['subgraphs/structures/test/structure-writes.test.ts', 'subgraphs/structures/test/structure-references.test.ts'];
const subgraphList = (JSON.parse(readFileSync(join(ROOT, 'schema/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; package: string }[];
}).subgraphs;

/**
 * A child jest run on this run's server; its two files go to two workers (one process each, as in the suite:
 * type-graphql and MikroORM keep metadata per process). Its global setup is the kit's alone, with no template
 * databases: the subgraphs migrate from empty databases, and this run's templates are neither used nor dropped.
 */
function runJest(files: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const childEnv = { ...process.env, ...env };
  delete childEnv[TEST_TEMPLATES_VARIABLE];
  const globalSetup = `--globalSetup=${join(ROOT, 'packages/test-kit/dist/global-setup.js')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', globalSetup, '--runTestsByPath', ...files], {
      cwd: ROOT,
      env: childEnv,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('migrations follow expand/contract', () => {
  test.each(subgraphList.map((s) => [s.name, s.package] as const))('%s: every migration only expands, or is marked as a contract step', (_name, workspace) => {
    const dir = join(ROOT, workspace, 'src/migrations');
    const flagged = readdirSync(dir)
      .filter((file) => /^Migration.*\.ts$/.test(file))
      .map((file) => [file, contractStepReasons(readFileSync(join(dir, file), 'utf8'))] as const)
      .filter(([, reasons]) => reasons.length > 0);
    expect(flagged).toEqual([]);
  });

  test("the test's N+1 migration is an expand step", () => {
    expect(contractStepReasons(readFileSync(EXPAND_MODULE, 'utf8'))).toEqual([]);
  });
});

describe('version N under version N+1\'s migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('upgrade');
  });

  afterAll(async () => {
    await database?.drop();
  });

  test("N's own tests (structures: writes, references) pass with N+1's expand migration applied under the running N", async () => {
    const run = await runJest(N_TESTS, { TEST_DB_ADMIN_URL: testAdminUrl(), MAILLAGE_TEST_EXPAND_MIGRATIONS: EXPAND_MODULE });
    expect(run.output).toContain('applied under the running structures: Migration20991231000000_expand_structure_upgrade_probe');
    expect(run.output).toMatch(/Test Suites: 2 passed, 2 total/);
    expect(run.code).toBe(0);
  }, 240_000);

  test('N restarts beside N+1 when it leaves migrations to the job (DB_MIGRATE=false), and refuses to migrate a database ahead of it', async () => {
    const logger = createLogger({ name: 'upgrade-test', level: 'silent' });
    const next = [...structuresSubgraph.migrations, ...expandMigrations('structures')];
    const orm = await createOrm({ url: database.url, poolMax: 1, entities: structuresSubgraph.entities, migrations: next, logger });
    try {
      expect(await migrate(orm, next)).toHaveLength(next.length); // N+1's migration job
    } finally {
      await orm.close();
    }
    const port = await freePort();
    const env = {
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: String(port),
      DB_URL: database.url,
      AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(testIdentityKeys().publicJwk),
      LOG_LEVEL: 'error',
    };
    const refused = await runNode('subgraphs/structures/dist/main.js', env, 60_000);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('the database has migrations this build does not contain: Migration20991231000000_expand_structure_upgrade_probe');

    const job = await runNode('subgraphs/structures/dist/main.js', { ...env, DB_MIGRATE: 'false' }, 60_000, ['--migrate-only']);
    expect(job.code).not.toBe(0); // N's job, too, refuses a database ahead of N

    const child = spawn(process.execPath, [join(ROOT, 'subgraphs/structures/dist/main.js')], {
      env: { PATH: process.env.PATH, ...env, DB_MIGRATE: 'false' },
      stdio: 'ignore',
    });
    try {
      let status = 0;
      for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = await fetch(`http://127.0.0.1:${port}/ready`).then((response) => response.status, () => 0);
      }
      expect(status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 120_000);
});
