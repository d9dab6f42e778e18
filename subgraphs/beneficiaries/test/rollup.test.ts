import { randomUUID } from 'node:crypto';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { CONTRACT_PROGRESS_SQL, CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL } from '../src/modules/aggregates/aggregates.rollup';
import { TOTALS_BACKFILL } from '../src/migrations/Migration20261203100000_contract_hours_totals';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, declare, openPlacement } from './factories';

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
const PROGRESS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Contract { id insertionProgress {
  hoursRealised trainingHours people lastMonthDeclared byModality { modality hours people } byMonth { month hours people }
} } } }`;

/** The roll-up tables of some contracts, in a stable order. */
async function rollupOf(contracts: string[]) {
  const hours = await db.query(
    `SELECT contract_id, month, modality, hours_worked::text, training_hours::text, statements FROM contract_hours_rollup
      WHERE contract_id = ANY($1::uuid[]) ORDER BY 1, 2, 3`, [contracts]);
  const people = await db.query(
    'SELECT contract_id, dimension, value, people FROM contract_people_rollup WHERE contract_id = ANY($1::uuid[]) ORDER BY 1, 2, 3', [contracts]);
  return { hours: hours.rows, people: people.rows };
}

/** The same tables recomputed from the current statements, as the migration's backfill computes them. */
async function recomputedOf(contracts: string[]) {
  const hours = await db.query(
    `SELECT p.contract_id, s.month, p.modality, sum(s.hours_worked)::numeric(14,2)::text AS hours_worked,
            sum(s.training_hours)::numeric(14,2)::text AS training_hours, count(*)::int AS statements
       FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
      WHERE p.contract_id = ANY($1::uuid[]) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`, [contracts]);
  const people = await db.query(
    `SELECT * FROM (SELECT p.contract_id,
            CASE WHEN GROUPING(p.modality) = 0 THEN 'modality' WHEN GROUPING(s.month) = 0 THEN 'month' ELSE 'total' END AS dimension,
            coalesce(p.modality, s.month::text, '') AS value, count(DISTINCT p.beneficiary_id)::int AS people
       FROM placement p JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
      WHERE p.contract_id = ANY($1::uuid[])
      GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality), (p.contract_id, s.month))) cells ORDER BY 1, 2, 3`, [contracts]);
  return { hours: hours.rows, people: people.rows };
}

/** The figures `Contract.insertionProgress` reads, from the roll-up, and the same computed from every statement. */
async function readsOf(contracts: string[]) {
  const figures = (rows: Record<string, unknown>[]) => rows
    .filter((row) => row.grouping !== 'month' || row.month !== null)
    .map((row) => row.grouping === 'total'
      ? [row.key, 'total', row.hours, row.training, row.people, row.placed_people, row.placements, row.active_placements, row.last_month]
      : [row.key, row.grouping, row.modality ?? row.month, row.hours, row.people])
    .map((cells) => JSON.stringify(cells)).sort();
  const fromRollup = await db.query(CONTRACT_PROGRESS_SQL.replace('?', '$1'), [`{${contracts.join(',')}}`]);
  const withoutMonths = await db.query(CONTRACT_PROGRESS_WITHOUT_MONTHS_SQL.replace('?', '$1'), [`{${contracts.join(',')}}`]);
  const computed = await db.query(
    `SELECT p.contract_id::text AS key, p.modality, s.month,
            CASE WHEN GROUPING(p.modality) = 0 THEN 'modality' WHEN GROUPING(s.month) = 0 THEN 'month' ELSE 'total' END AS grouping,
            coalesce(sum(s.hours_worked + s.training_hours), 0::numeric(10,2))::text AS hours,
            coalesce(sum(s.training_hours), 0::numeric(10,2))::text AS training,
            (count(DISTINCT p.beneficiary_id) FILTER (WHERE s.id IS NOT NULL))::int AS people,
            count(DISTINCT p.beneficiary_id)::int AS placed_people, count(DISTINCT p.id)::int AS placements,
            (count(DISTINCT p.id) FILTER (WHERE p.start_date <= current_date AND (p.end_date IS NULL OR p.end_date >= current_date)))::int AS active_placements,
            max(s.month) AS last_month
       FROM placement p LEFT JOIN hours_statement s ON s.placement_id = p.id AND s.is_current
      WHERE p.contract_id = ANY($1::uuid[])
      GROUP BY GROUPING SETS ((p.contract_id), (p.contract_id, p.modality), (p.contract_id, s.month))`, [contracts]);
  return {
    fromRollup: figures(fromRollup.rows), computed: figures(computed.rows),
    // The read without months (a dashboard's): the same rows as the computation, but for the months.
    withoutMonths: figures(withoutMonths.rows),
    computedWithoutMonths: figures(computed.rows.filter((row) => row.grouping !== 'month')),
  };
}

/** mulberry32: the same sequence on every run, so that a failure can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(items: T[]) => items[Math.floor(next() * items.length)]! };
}

describe('the insertion roll-up of a contract', () => {
  test('a correction replaces the corrected hours in the roll-up, in the same transaction as the statement', async () => {
    const contractId = randomUUID();
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id, { contractId });
    const statement = dataOf(await declare(subgraph, placementId, '2025-03', '100')).declareHours;
    expect((await rollupOf([contractId])).hours).toEqual([
      { contract_id: contractId, month: '2025-03', modality: 'DIRECT_HIRE', hours_worked: '100.00', training_hours: '0.00', statements: 1 },
    ]);
    dataOf(await subgraph.query(CORRECT, { id: statement.id, input: { hoursWorked: '80.25', trainingHours: '4', reason: 'rectification' } }, { viewer: viewers.admin }));
    const rollup = await rollupOf([contractId]);
    expect(rollup.hours).toEqual([
      { contract_id: contractId, month: '2025-03', modality: 'DIRECT_HIRE', hours_worked: '80.25', training_hours: '4.00', statements: 1 },
    ]);
    expect(rollup.people).toEqual([
      { contract_id: contractId, dimension: 'modality', value: 'DIRECT_HIRE', people: 1 },
      { contract_id: contractId, dimension: 'month', value: '2025-03', people: 1 },
      { contract_id: contractId, dimension: 'total', value: '', people: 1 },
    ]);
    const progress = dataOf(await subgraph.query(PROGRESS, { r: [{ __typename: 'Contract', id: contractId }] }, { viewer: viewers.admin }))._entities[0].insertionProgress;
    expect(progress).toMatchObject({ hoursRealised: '84.25', trainingHours: '4.00', people: 1, lastMonthDeclared: '2025-03' });
  });

  test('a declaration refused by the database leaves the roll-up as it was', async () => {
    const contractId = randomUUID();
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id, { contractId });
    dataOf(await declare(subgraph, placementId, '2025-04', '35'));
    const before = await rollupOf([contractId]);
    await expect(db.query(
      `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
       VALUES ($1, $2, '2025-04', 1, 10, 0, 'COMPANY', 'test', 'company', true)`, [randomUUID(), placementId])).rejects.toThrow();
    expect(await rollupOf([contractId])).toEqual(before);
  });

  test('after a random sequence of declarations, corrections, modality changes and erasures it equals a recomputation from the statements', async () => {
    const random = seeded(20261201);
    const contracts = [randomUUID(), randomUUID()];
    const people = await Promise.all(Array.from({ length: 4 }, () => createPerson(subgraph)));
    const placements: { id: string; contractId: string; personId: string; months: Map<string, string> }[] = [];
    for (let i = 0; i < 6; i++) {
      const contractId = contracts[i % 2]!;
      // The same person twice in one contract: distinct people must not count them twice.
      const person = people[i % 4]!;
      placements.push({ id: await openPlacement(subgraph, person.id, { contractId, modality: random.pick(['DIRECT_HIRE', 'ETTI', 'AI']) }), contractId, personId: person.id, months: new Map() });
    }
    const erased = new Set<string>();
    for (let step = 0; step < 60; step++) {
      const placement = random.pick(placements);
      const roll = random.next();
      // An erased record can no longer change: its hours stay in the figures, untouched.
      if (erased.has(placement.personId) && roll < 0.9) continue;
      if (roll < 0.5) {
        const month = `2025-${String(random.int(1, 9)).padStart(2, '0')}`;
        if (placement.months.has(month)) continue;
        const declared = dataOf(await declare(subgraph, placement.id, month, `${random.int(1, 60)}.${random.int(10, 99)}`)).declareHours;
        placement.months.set(month, declared.id);
      } else if (roll < 0.8 && placement.months.size > 0) {
        const [month, statementId] = random.pick([...placement.months]);
        const corrected = dataOf(await subgraph.query(CORRECT, {
          id: statementId, input: { hoursWorked: `${random.int(1, 60)}`, trainingHours: `${random.int(0, 7)}`, reason: 'rectification' },
        }, { viewer: viewers.admin })).correctHoursStatement;
        placement.months.set(month, corrected.id);
      } else if (roll < 0.9) {
        dataOf(await subgraph.query('mutation ($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }',
          { id: placement.id, input: { modality: random.pick(['DIRECT_HIRE', 'ETTI', 'AI', 'GEIQ']) } }, { viewer: viewers.admin }));
      } else {
        const person = random.pick(people.filter((p) => !erased.has(p.id)));
        if (!person) continue;
        dataOf(await subgraph.query('mutation ($id: ID!) { eraseBeneficiary(id: $id) { id } }', { id: person.id }, { viewer: viewers.admin }));
        erased.add(person.id);
      }
      if (step % 10 === 9) {
        expect(await rollupOf(contracts)).toEqual(await recomputedOf(contracts));
        const reads = await readsOf(contracts);
        expect(reads.fromRollup).toEqual(reads.computed);
        expect(reads.withoutMonths).toEqual(reads.computedWithoutMonths);
      }
    }
    // The sequence did change the figures: a roll-up that stayed empty would pass the comparisons.
    expect((await rollupOf(contracts)).hours.length).toBeGreaterThan(3);
    // The totals the triggers kept through it are what the migration's backfill makes of the roll-up.
    const totals = async () => (await db.query(
      'SELECT contract_id, modality, hours_worked::text, training_hours::text, cells, last_month FROM contract_hours_total ORDER BY 1, 2')).rows;
    const kept = await totals();
    expect(kept.filter((total) => (contracts as string[]).includes(total.contract_id as string)).length).toBeGreaterThan(1);
    await db.query('BEGIN');
    try {
      await db.query('DELETE FROM contract_hours_total');
      await db.query(TOTALS_BACKFILL);
      expect(await totals()).toEqual(kept);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  test('statements written or deleted many in one statement (a seeder, a bulk load) count each person once', async () => {
    const contractId = randomUUID();
    const person = await createPerson(subgraph);
    const [first, second] = [await openPlacement(subgraph, person.id, { contractId }), await openPlacement(subgraph, person.id, { contractId, modality: 'ETTI' })];
    const rows = [[first, '2025-01'], [first, '2025-02'], [second, '2025-02']];
    await db.query(
      `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
       SELECT gen_random_uuid(), (r->>0)::uuid, r->>1, 1, 10, 0, 'COMPANY', 'test', 'company', true FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)]);
    expect(await rollupOf([contractId])).toEqual(await recomputedOf([contractId]));
    expect((await rollupOf([contractId])).people.find((cell) => cell.dimension === 'total')).toMatchObject({ people: 1 });
    await db.query("DELETE FROM hours_statement WHERE placement_id = $1 OR (placement_id = $2 AND month = '2025-01')", [second, first]);
    expect(await rollupOf([contractId])).toEqual(await recomputedOf([contractId]));
    expect((await rollupOf([contractId])).hours).toEqual([
      { contract_id: contractId, month: '2025-02', modality: 'DIRECT_HIRE', hours_worked: '10.00', training_hours: '0.00', statements: 1 },
    ]);
  });

  test('deleting a placement takes its hours and its person out of the roll-up', async () => {
    const contractId = randomUUID();
    const [first, second] = [await createPerson(subgraph), await createPerson(subgraph)];
    const kept = await openPlacement(subgraph, first.id, { contractId });
    const removed = await openPlacement(subgraph, second.id, { contractId });
    dataOf(await declare(subgraph, kept, '2025-05', '20'));
    dataOf(await declare(subgraph, removed, '2025-05', '30'));
    await db.query('DELETE FROM placement WHERE id = $1', [removed]);
    expect(await rollupOf([contractId])).toEqual(await recomputedOf([contractId]));
    expect((await rollupOf([contractId])).hours).toEqual([
      { contract_id: contractId, month: '2025-05', modality: 'DIRECT_HIRE', hours_worked: '20.00', training_hours: '0.00', statements: 1 },
    ]);
  });

  test('the totals per contract and modality follow every change of the roll-up: declarations, a correction, a modality change, bulk writes, a rebuild, a changed key, a truncation', async () => {
    const contractId = randomUUID();
    const totalsOf = async () => (await db.query(
      `SELECT modality, hours_worked::text, training_hours::text, cells, last_month FROM contract_hours_total WHERE contract_id = $1 ORDER BY 1`, [contractId])).rows;
    const expectedOf = async () => (await db.query(
      `SELECT modality, sum(hours_worked)::numeric(14,2)::text AS hours_worked, sum(training_hours)::numeric(14,2)::text AS training_hours,
              count(*)::int AS cells, max(month) AS last_month
         FROM contract_hours_rollup WHERE contract_id = $1 GROUP BY modality ORDER BY 1`, [contractId])).rows;
    const [first, second] = [await createPerson(subgraph), await createPerson(subgraph)];
    const direct = await openPlacement(subgraph, first.id, { contractId });
    const etti = await openPlacement(subgraph, second.id, { contractId, modality: 'ETTI' });
    dataOf(await declare(subgraph, direct, '2025-01', '10'));
    const late = dataOf(await declare(subgraph, direct, '2025-03', '12.5')).declareHours;
    dataOf(await declare(subgraph, etti, '2025-02', '7'));
    expect(await totalsOf()).toEqual([
      { modality: 'DIRECT_HIRE', hours_worked: '22.50', training_hours: '0.00', cells: 2, last_month: '2025-03' },
      { modality: 'ETTI', hours_worked: '7.00', training_hours: '0.00', cells: 1, last_month: '2025-02' },
    ]);
    dataOf(await subgraph.query(CORRECT, { id: late.id, input: { hoursWorked: '2', trainingHours: '1', reason: 'rectification' } }, { viewer: viewers.admin }));
    expect(await totalsOf()).toEqual(await expectedOf());
    // The last month goes away: the last month declared is the one before.
    await db.query("DELETE FROM hours_statement WHERE placement_id = $1 AND month = '2025-03'", [direct]);
    expect(await totalsOf()).toEqual([
      { modality: 'DIRECT_HIRE', hours_worked: '10.00', training_hours: '0.00', cells: 1, last_month: '2025-01' },
      { modality: 'ETTI', hours_worked: '7.00', training_hours: '0.00', cells: 1, last_month: '2025-02' },
    ]);
    // A modality change moves the cells; the emptied modality has no total any more.
    dataOf(await subgraph.query('mutation ($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }',
      { id: etti, input: { modality: 'DIRECT_HIRE' } }, { viewer: viewers.admin }));
    expect(await totalsOf()).toEqual([{ modality: 'DIRECT_HIRE', hours_worked: '17.00', training_hours: '0.00', cells: 2, last_month: '2025-02' }]);
    await db.query(
      `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
       SELECT gen_random_uuid(), $1, m, 1, 5, 1, 'COMPANY', 'test', 'company', true FROM unnest(ARRAY['2025-04', '2025-05', '2025-06']) m`, [etti]);
    expect(await totalsOf()).toEqual(await expectedOf());
    expect(await totalsOf()).toEqual([{ modality: 'DIRECT_HIRE', hours_worked: '32.00', training_hours: '3.00', cells: 5, last_month: '2025-06' }]);
    await db.query('SELECT insertion_rollup_rebuild()');
    expect(await totalsOf()).toEqual(await expectedOf());
    // A cell whose key changes (no write of the subgraph does it; the triggers do not assume it never happens):
    // its last month moves back, then a cell moves to a modality with no total yet.
    await db.query("UPDATE contract_hours_rollup SET month = '2024-12' WHERE contract_id = $1 AND month = '2025-06'", [contractId]);
    expect(await totalsOf()).toEqual(await expectedOf());
    expect((await totalsOf())[0]).toMatchObject({ last_month: '2025-05', cells: 5 });
    await db.query("UPDATE contract_hours_rollup SET modality = 'AI' WHERE contract_id = $1 AND month = '2025-05'", [contractId]);
    expect(await totalsOf()).toEqual(await expectedOf());
    expect((await totalsOf()).map((total) => [total.modality, total.last_month])).toEqual([['AI', '2025-05'], ['DIRECT_HIRE', '2025-04']]);
    await db.query('BEGIN');
    try {
      await db.query('TRUNCATE contract_hours_rollup');
      expect((await db.query('SELECT count(*)::int AS n FROM contract_hours_total')).rows[0].n).toBe(0);
    } finally {
      await db.query('ROLLBACK');
    }
    expect(await totalsOf()).toHaveLength(2);
  });
});

describe('hours written at the same moment for different people on the same contracts', () => {
  test('the roll-up and the totals take their rows in key order: the writes wait for each other, none is aborted as a deadlock', async () => {
    // 16 writers, each for a person of its own placed on the same 4 contracts; writer k writes 12 + k months on
    // each, in one statement (as a batch of hours does): every writer adds to rows the others add to.
    const contracts = Array.from({ length: 4 }, () => randomUUID());
    const people = await Promise.all(Array.from({ length: 16 }, () => createPerson(subgraph)));
    const writers = [];
    for (const [k, person] of people.entries()) {
      const placements = contracts.map(() => randomUUID());
      await db.query(
        `INSERT INTO placement (id, beneficiary_id, path_id, contract_id, employer_siret, modality, employment_contract_type, start_date)
         SELECT p, $2, $3, c, $5, 'DIRECT_HIRE', 'CDD', '2024-01-01' FROM unnest($1::uuid[], $4::uuid[]) AS x(p, c)`,
        [placements, person.id, person.pathId, contracts, COMPANY]);
      const months = Array.from({ length: 12 + k }, (_, m) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
      const client = new Client({ connectionString: subgraph.databaseUrl });
      await client.connect();
      writers.push({ client, rows: placements.flatMap((placement) => months.map((month) => ({ placement, month }))) });
    }
    try {
      const outcomes = await Promise.all(writers.map(async ({ client, rows }) => {
        try {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO hours_statement (id, placement_id, month, version, hours_worked, training_hours, source, declared_by, declared_by_role, is_current)
             SELECT gen_random_uuid(), x.placement, x.month, 1, 7, 1, 'COMPANY', 'test', 'company', true
               FROM jsonb_to_recordset($1::jsonb) AS x(placement uuid, month text)`, [JSON.stringify(rows)]);
          await client.query('COMMIT');
          return 'written';
        } catch (error) {
          await client.query('ROLLBACK');
          return (error as { code?: string }).code ?? String(error);
        }
      }));
      // Before the order was fixed, about half of them were aborted (40P01) at each try.
      expect(outcomes).toEqual(writers.map(() => 'written'));
      expect(await rollupOf(contracts)).toEqual(await recomputedOf(contracts));
      const totals = await db.query(
        'SELECT contract_id, cells, hours_worked::text FROM contract_hours_total WHERE contract_id = ANY($1::uuid[]) ORDER BY 1', [contracts]);
      const cells = writers.reduce((sum, writer) => sum + writer.rows.length, 0) / contracts.length;
      expect(totals.rows).toEqual([...contracts].sort().map((contract_id) => ({ contract_id, cells: expect.any(Number), hours_worked: (7 * cells).toFixed(2) })));
    } finally {
      await Promise.all(writers.map(({ client }) => client.end()));
    }
  });
});
