import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, declare, firstError, openPlacement, uniqueName } from './factories';

let subgraph: TestSubgraph;
let db: Client;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
  db = new Client({ connectionString: subgraph.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.stop();
});

const BATCH = `mutation ($key: String!, $lines: [HoursLineInput!]!) {
  declareHoursBatch(idempotencyKey: $key, lines: $lines) {
    idempotencyKey replayed declared rejected
    lines { index status statement { id month hoursWorked } error { code field message } }
  }
}`;

async function newPlacement() {
  const person = await createPerson(subgraph);
  return openPlacement(subgraph, person.id, { startDate: '2025-01-01', endDate: '2025-12-31', employerSiret: COMPANY });
}

async function countFor(placementIds: string[]): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM hours_statement WHERE placement_id = ANY($1::uuid[])', [placementIds]);
  return rows[0].n;
}

describe('a batch of hour statements is processed line by line', () => {
  test('valid lines are declared and each invalid line gets its own error; the others are not held back', async () => {
    const [a, b] = [await newPlacement(), await newPlacement()];
    dataOf(await declare(subgraph, b, '2025-02', '80'));
    const lines = [
      { placementId: a, month: '2025-01', hoursWorked: '100' },
      { placementId: a, month: '2025-02', hoursWorked: '300' },
      { placementId: b, month: '2025-02', hoursWorked: '70' },
      { placementId: a, month: '2025-01', hoursWorked: '90' },
      { placementId: '00000000-0000-4000-8000-000000000000', month: '2025-01', hoursWorked: '10' },
      { placementId: b, month: '2026-03', hoursWorked: '10' },
      { placementId: b, month: '2025-03', hoursWorked: '10', trainingHours: '2.5' },
    ];
    const result = dataOf(await subgraph.query(BATCH, { key: uniqueName('batch-'), lines }, { viewer: viewers.admin })).declareHoursBatch;
    expect(result).toMatchObject({ replayed: false, declared: 2, rejected: 5 });
    expect(result.lines.map((line: { status: string; error: { code: string; field: string } | null }) => [line.status, line.error?.code ?? null, line.error?.field ?? null])).toEqual([
      ['DECLARED', null, null],
      ['REJECTED', 'BAD_USER_INPUT', 'lines.1.hoursWorked'],
      ['REJECTED', 'CONFLICT', 'lines.2.month'],
      ['REJECTED', 'CONFLICT', 'lines.3.month'],
      ['REJECTED', 'NOT_FOUND', 'lines.4.placementId'],
      ['REJECTED', 'BAD_USER_INPUT', 'lines.5.month'],
      ['DECLARED', null, null],
    ]);
    expect(result.lines[2].error.message).toContain('correctHoursStatement');
    expect(await countFor([a, b])).toBe(3);
  });

  test('a retried batch with the same idempotency key changes nothing and replays the first result', async () => {
    const placementId = await newPlacement();
    const key = uniqueName('retry-');
    const lines = [{ placementId, month: '2025-04', hoursWorked: '100' }, { placementId, month: '2025-05', hoursWorked: '999' }];
    const first = dataOf(await subgraph.query(BATCH, { key, lines }, { viewer: viewers.admin })).declareHoursBatch;
    const retries = await Promise.all([1, 2, 3].map(() => subgraph.query(BATCH, { key, lines }, { viewer: viewers.admin })));
    for (const retry of retries) {
      expect(dataOf(retry).declareHoursBatch).toEqual({ ...first, replayed: true });
    }
    expect(await countFor([placementId])).toBe(1);
  });

  test('concurrent first attempts with the same key write once', async () => {
    const placementId = await newPlacement();
    const key = uniqueName('race-');
    const lines = [{ placementId, month: '2025-06', hoursWorked: '42' }];
    const answers = await Promise.all([1, 2, 3, 4].map(() => subgraph.query(BATCH, { key, lines }, { viewer: viewers.admin })));
    const results = answers.map((answer) => dataOf(answer).declareHoursBatch);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(new Set(results.map((result) => result.lines[0].statement.id)).size).toBe(1);
    expect(await countFor([placementId])).toBe(1);
  });

  test('the same key with different lines is a CONFLICT and writes nothing', async () => {
    const placementId = await newPlacement();
    const key = uniqueName('reuse-');
    dataOf(await subgraph.query(BATCH, { key, lines: [{ placementId, month: '2025-07', hoursWorked: '10' }] }, { viewer: viewers.admin }));
    const response = await subgraph.query(BATCH, { key, lines: [{ placementId, month: '2025-08', hoursWorked: '10' }] }, { viewer: viewers.admin });
    expect(firstError(response)).toEqual({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await countFor([placementId])).toBe(1);
  });

  test('an employer’s batch is refused line by line for placements that are not its own', async () => {
    const own = await newPlacement();
    const person = await createPerson(subgraph);
    const other = await openPlacement(subgraph, person.id, { employerSiret: '41234560500015' });
    const lines = [{ placementId: own, month: '2025-09', hoursWorked: '20' }, { placementId: other, month: '2025-09', hoursWorked: '20' }];
    const result = dataOf(await subgraph.query(BATCH, { key: uniqueName('employer-'), lines }, { viewer: viewers.company(COMPANY) })).declareHoursBatch;
    expect(result.lines.map((line: { status: string; error: { code: string } | null }) => line.error?.code ?? line.status)).toEqual(['DECLARED', 'FORBIDDEN']);
  });

  test.each([
    ['no line', 0],
    ['1,001 lines', 1001],
  ])('a batch of %s is refused as a whole', async (_case, count) => {
    const lines = Array.from({ length: count }, () => ({ placementId: '00000000-0000-4000-8000-000000000000', month: '2025-01', hoursWorked: '1' }));
    expect(firstError(await subgraph.query(BATCH, { key: uniqueName('size-'), lines }, { viewer: viewers.admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'lines' });
  });

  test('a key that is too short is refused', async () => {
    const response = await subgraph.query(BATCH, { key: 'x', lines: [] }, { viewer: viewers.admin });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  test('1,000 lines cost the same number of SQL statements as 10', async () => {
    const placements = await Promise.all(Array.from({ length: 10 }, () => newPlacement()));
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const linesFor = (count: number) => Array.from({ length: count }, (_, i) => ({
      placementId: placements[i % placements.length]!, month: months[Math.floor(i / placements.length) % months.length]!, hoursWorked: '10',
    }));
    const small = await subgraph.statementsFor(BATCH, { key: uniqueName('ten-'), lines: linesFor(10) }, viewers.admin);
    const large = await subgraph.statementsFor(BATCH, { key: uniqueName('thousand-'), lines: linesFor(1000) }, viewers.admin);
    expect(large).toBe(small);
  });
});
