import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { createPerson, dataOf, declare, firstError, openPlacement, uniqueName } from './factories';

/**
 * Working time is a person's, not a placement's (Code du travail L3121-18: 10 h a day; L3121-20: 48 h in
 * any week; L3121-22: 44 h a week on average over 12 weeks). Caps of 2025: January 240 h (five weeks of
 * 48 h), March 222 h; January to March 586 h.
 */
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

const CORRECT = 'mutation ($id: ID!, $input: CorrectHoursInput!) { correctHoursStatement(statementId: $id, input: $input) { id } }';
const BATCH = `mutation ($key: String!, $lines: [HoursLineInput!]!) {
  declareHoursBatch(idempotencyKey: $key, lines: $lines) { declared rejected lines { index status error { code field message } } }
}`;

/** A person with `count` placements over 2025, on different employers' sides of the same contract. */
async function personWithPlacements(count: number) {
  const person = await createPerson(subgraph);
  const placements: string[] = [];
  for (let i = 0; i < count; i += 1) placements.push(await openPlacement(subgraph, person.id, { startDate: '2025-01-01', endDate: '2025-12-31' }));
  return { personId: person.id, placements };
}

async function currentHours(personId: string): Promise<string> {
  const { rows } = await db.query(
    'SELECT coalesce(sum(hours_worked + training_hours), 0)::text AS total FROM hours_statement s JOIN placement p ON p.id = s.placement_id WHERE s.is_current AND p.beneficiary_id = $1',
    [personId]);
  return rows[0].total;
}

describe('the monthly cap holds for the person across all of their placements', () => {
  test('two placements of one person may declare together exactly the month’s cap (240 h in January 2025)', async () => {
    const { placements: [a, b] } = await personWithPlacements(2);
    dataOf(await declare(subgraph, a!, '2025-01', '150'));
    expect(dataOf(await declare(subgraph, b!, '2025-01', '90')).declareHours.hoursWorked).toBe('90.00');
  });

  test('a second placement of one person cannot take the month past its cap, even by 0.01 h', async () => {
    const { personId, placements: [a, b] } = await personWithPlacements(2);
    dataOf(await declare(subgraph, a!, '2025-01', '150'));
    const response = await declare(subgraph, b!, '2025-01', '90.01');
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
    expect(response.body.errors![0]!.message).toContain('L3121-20');
    expect(await currentHours(personId)).toBe('150.00');
  });

  test('a batch counts the person’s statements already declared and its own earlier lines', async () => {
    const { placements: [a, b, c] } = await personWithPlacements(3);
    dataOf(await declare(subgraph, a!, '2025-01', '100'));
    const lines = [
      { placementId: b, month: '2025-01', hoursWorked: '100' },
      { placementId: c, month: '2025-01', hoursWorked: '40.01' },
      { placementId: c, month: '2025-02', hoursWorked: '40.01' },
    ];
    const result = dataOf(await subgraph.query(BATCH, { key: uniqueName('wt-'), lines }, { viewer: viewers.admin })).declareHoursBatch;
    expect(result.lines.map((line: { status: string; error: { code: string; field: string } | null }) => [line.status, line.error?.code ?? null, line.error?.field ?? null])).toEqual([
      ['DECLARED', null, null],
      ['REJECTED', 'BAD_USER_INPUT', 'lines.1.hoursWorked'],
      ['DECLARED', null, null],
    ]);
  });

  test('a correction cannot take the person past the month’s cap either', async () => {
    const { placements: [a, b] } = await personWithPlacements(2);
    dataOf(await declare(subgraph, a!, '2025-03', '122'));
    const statement = dataOf(await declare(subgraph, b!, '2025-03', '50')).declareHours;
    const over = await subgraph.query(CORRECT, { id: statement.id, input: { hoursWorked: '100.01', reason: 'heures oubliées' } }, { viewer: viewers.admin });
    expect(firstError(over)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
    dataOf(await subgraph.query(CORRECT, { id: statement.id, input: { hoursWorked: '100', reason: 'heures oubliées' } }, { viewer: viewers.admin }));
  });
});

describe('the 12-week average holds over three consecutive months (586 h from January to March 2025)', () => {
  test('exactly 586 h over January to March is accepted, 586.01 h is refused', async () => {
    const accepted = await personWithPlacements(2);
    dataOf(await declare(subgraph, accepted.placements[0]!, '2025-01', '200'));
    dataOf(await declare(subgraph, accepted.placements[0]!, '2025-02', '192'));
    dataOf(await declare(subgraph, accepted.placements[1]!, '2025-03', '194'));
    const refused = await personWithPlacements(2);
    dataOf(await declare(subgraph, refused.placements[0]!, '2025-01', '200'));
    dataOf(await declare(subgraph, refused.placements[0]!, '2025-02', '192'));
    const response = await declare(subgraph, refused.placements[1]!, '2025-03', '194.01');
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
    expect(response.body.errors![0]!.message).toContain('L3121-22');
  });

  test('correcting an earlier month is checked against the months after it', async () => {
    const { placements: [a, b] } = await personWithPlacements(2);
    const january = dataOf(await declare(subgraph, a!, '2025-01', '200')).declareHours;
    dataOf(await declare(subgraph, a!, '2025-02', '192'));
    dataOf(await declare(subgraph, b!, '2025-03', '194'));
    const over = await subgraph.query(CORRECT, { id: january.id, input: { hoursWorked: '200.01', reason: 'relevé rectifié' } }, { viewer: viewers.admin });
    expect(firstError(over)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
  });
});

describe('concurrent declarations for one person', () => {
  test('declarations waiting on the person’s lock are checked one after the other: no two slip past the cap together', async () => {
    const { personId, placements } = await personWithPlacements(6);
    const holder = new Client({ connectionString: subgraph.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM beneficiary WHERE id = $1 FOR UPDATE', [personId]);
    const pending = Promise.all(placements.map((placementId) => declare(subgraph, placementId, '2025-01', '100')));
    let waiting = 0;
    for (let attempt = 0; attempt < 200 && waiting < 1; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const { rows } = await holder.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      waiting = rows[0].n;
    }
    expect(waiting).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.query('ROLLBACK');
    await holder.end();
    const answers = await pending;
    expect(answers.filter((answer) => !answer.body.errors)).toHaveLength(2);
    expect(answers.filter((answer) => firstError(answer).code === 'BAD_USER_INPUT')).toHaveLength(4);
    expect(await currentHours(personId)).toBe('200.00');
  });

  test('two concurrent batches over the same people, listed in opposite orders, neither deadlock nor slip past the cap together', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => personWithPlacements(2)));
    // Each batch gives every person 150 h of January 2025 on one of their placements: with the cap of 240 h,
    // exactly one of the two lines of each person can be declared, whichever batch gets the person first.
    const batchOf = (side: 0 | 1) => people.map(({ placements }) => ({ placementId: placements[side]!, month: '2025-01', hoursWorked: '150' }));
    const first = batchOf(0);
    const second = batchOf(1).reverse();
    // Both batches wait on a lock one person's declaration holds, then run at the same moment.
    const holder = new Client({ connectionString: subgraph.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM beneficiary WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [people.map((p) => p.personId)]);
    const pending = Promise.all([first, second].map((lines) => subgraph.query(BATCH, { key: uniqueName('concurrent-'), lines }, { viewer: viewers.admin })));
    let waiting = 0;
    for (let attempt = 0; attempt < 200 && waiting < 2; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const { rows } = await holder.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      waiting = rows[0].n;
    }
    expect(waiting).toBe(2);
    await holder.query('ROLLBACK');
    await holder.end();
    const results = (await pending).map((answer) => dataOf(answer).declareHoursBatch);
    expect(results.map((result) => result.declared + result.rejected)).toEqual([6, 6]);
    expect(results[0].declared + results[1].declared).toBe(6);
    for (const result of results) {
      for (const line of result.lines.filter((l: { status: string }) => l.status === 'REJECTED')) {
        expect(line.error).toMatchObject({ code: 'BAD_USER_INPUT', field: `lines.${line.index}.hoursWorked` });
        expect(line.error.message).toContain('L3121-20');
      }
    }
    for (const { personId } of people) expect(await currentHours(personId)).toBe('150.00');
  });
});
