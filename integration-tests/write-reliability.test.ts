import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { beneficiariesSubgraph } from '@maillage/subgraph-beneficiaries';
import {
  createTestDatabase,
  freePort,
  postGraphQL,
  signIdentity,
  startTestSubgraph,
  testIdentityKeys,
  viewers,
  type TestDatabase,
  type TestSubgraph,
} from '@maillage/test-kit';
import { Client } from 'pg';
import { createPerson, declare, openPlacement } from '../subgraphs/beneficiaries/test/factories';
import { ROOT } from './process-helpers';

/**
 * Concurrent and interrupted writes: many clients declaring the same month at once, and a subgraph killed
 * (SIGKILL) in the middle of a batch, then retried.
 */
const MONTHS = Array.from({ length: 20 }, (_, index) => `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);

describe('two hundred concurrent declarations for the same placement and month', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(beneficiariesSubgraph);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  test('end with exactly one current version: one accepted, every other a CONFLICT, none lost or doubled', async () => {
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id);
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => declare(subgraph, placementId, '2025-03', `${100 + (index % 50)}.00`)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const accepted = answers.filter((answer) => !answer.body.errors);
    expect(accepted).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(199);

    const client = new Client({ connectionString: subgraph.databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      'SELECT count(*)::int AS versions, count(*) FILTER (WHERE is_current)::int AS current FROM hours_statement WHERE placement_id = $1',
      [placementId],
    );
    await client.end();
    expect(rows[0]).toEqual({ versions: 1, current: 1 });
  });
});

describe('a subgraph killed in the middle of a batch', () => {
  let database: TestDatabase;
  let child: ChildProcess | undefined;
  let url = '';

  /** The real beneficiaries process, as deployed, on the test database. */
  async function startProcess(): Promise<void> {
    const port = await freePort();
    child = spawn(process.execPath, [join(ROOT, 'subgraphs/beneficiaries/dist/main.js')], {
      env: {
        PATH: process.env.PATH,
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        DB_URL: database.url,
        LOG_LEVEL: 'silent',
        AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(testIdentityKeys().publicJwk),
      },
      stdio: 'ignore',
    });
    url = `http://127.0.0.1:${port}/graphql`;
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if (await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the beneficiaries subgraph did not become ready');
  }

  const asClient = () =>
    ({
      query: async (query: string, variables?: Record<string, unknown>, options: { viewer?: typeof viewers.admin } = {}) =>
        postGraphQL(url, query, variables, { authorization: `Bearer ${await signIdentity(options.viewer ?? viewers.admin, 'beneficiaries')}` }),
    }) as unknown as TestSubgraph;

  beforeAll(async () => {
    database = await createTestDatabase('sigkill_batch');
    await startProcess();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await database?.drop();
  });

  test('leaves no partial batch behind, and the retried batch succeeds once', async () => {
    const lines: { placementId: string; month: string; hoursWorked: string }[] = [];
    for (let placement = 0; placement < 50; placement += 1) {
      const person = await createPerson(asClient(), {}, viewers.admin);
      const placementId = await openPlacement(asClient(), person.id);
      for (const month of MONTHS) lines.push({ placementId, month, hoursWorked: '35.00' });
    }
    expect(lines).toHaveLength(1000);
    const BATCH = 'mutation ($lines: [HoursLineInput!]!, $key: String!) { declareHoursBatch(lines: $lines, idempotencyKey: $key) { replayed declared rejected } }';

    // Hold the statements table so that the batch stops half-way through its transaction, then kill the process.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE hours_statement IN EXCLUSIVE MODE');
    const sent = postGraphQL(url, BATCH, { lines, key: 'batch-2025-payroll' }, {
      authorization: `Bearer ${await signIdentity(viewers.admin, 'beneficiaries')}`,
    }).catch(() => 'connection lost');
    let waiting = 0;
    for (let attempt = 0; attempt < 300 && waiting === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await blocker.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      waiting = rows[0].n;
    }
    expect(waiting).toBe(1); // the batch is inside its transaction, blocked on its inserts
    child!.kill('SIGKILL');
    expect(await sent).toBe('connection lost');
    await blocker.query('ROLLBACK');
    // The orphaned server session notices its client is gone and rolls back.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { rows } = await blocker.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const counts = async () =>
      (await blocker.query('SELECT (SELECT count(*) FROM hours_statement)::int AS statements, (SELECT count(*) FROM hours_batch)::int AS batches')).rows[0];
    expect(await counts()).toEqual({ statements: 0, batches: 0 });

    await startProcess();
    const retried = await asClient().query(BATCH, { lines, key: 'batch-2025-payroll' });
    expect(retried.body.data).toEqual({ declareHoursBatch: { replayed: false, declared: 1000, rejected: 0 } });
    const again = await asClient().query(BATCH, { lines, key: 'batch-2025-payroll' });
    expect(again.body.data).toEqual({ declareHoursBatch: { replayed: true, declared: 1000, rejected: 0 } });
    expect(await counts()).toEqual({ statements: 1000, batches: 1 });
    await blocker.end();
  });
});
