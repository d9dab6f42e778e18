import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { contractsSubgraph } from '../src/subgraph';
import { contractIn, createBuyer, createContract, ok, refused, RHONE_FACILITATOR } from './factories';

let subgraph: TestSubgraph;
const buyers: Record<string, string> = {};
const PLIE = 'd1f00000-0000-4000-8000-000000000001';
const MDE = 'd1f00000-0000-4000-8000-000000000002';

const LIST = `query ($filter: ContractFilter, $first: Int, $after: String) {
  contracts(filter: $filter, first: $first, after: $after) { totalCount nodes { reference } pageInfo { hasNextPage endCursor } } }`;

async function list(filter: Record<string, unknown>): Promise<string[]> {
  const data = await ok(subgraph, LIST, { filter, first: 100 }, RHONE_FACILITATOR);
  expect(data.contracts.totalCount).toBe(data.contracts.nodes.length);
  return data.contracts.nodes.map((node: { reference: string }) => node.reference);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  for (const [name, communeCode] of [['villeurbanne', '69266'], ['lyon', '69123'], ['grenoble', '38185'], ['saintDenis', '97411'], ['ajaccio', '2A004']] as const) {
    buyers[name] = (await createBuyer(subgraph, { communeCode, name: `Acheteur ${name}` })).id;
  }
  const period = (executionStart: string, executionEnd: string | null) => ({ executionStart, executionEnd });
  await contractIn(subgraph, buyers.villeurbanne!, 'IN_EXECUTION', { reference: 'F-VIL-1', title: 'Nettoyage des écoles', sector: 'CLEANING', facilitatorId: PLIE, ...period('2026-01-01', '2026-12-31') });
  await contractIn(subgraph, buyers.villeurbanne!, 'DRAFT', { reference: 'F-VIL-2', title: 'Réfection de la toiture du gymnase', facilitatorId: PLIE, ...period('2027-01-01', '2027-06-30') });
  await contractIn(subgraph, buyers.lyon!, 'AWARDED', { reference: 'F-LYO-1', title: 'Espaces verts 100%_bio', sector: 'GREEN_SPACES', facilitatorId: PLIE, ...period('2026-06-01', null) });
  await contractIn(subgraph, buyers.grenoble!, 'IN_EXECUTION', { reference: 'F-GRE-1', title: 'Restauration scolaire', sector: 'CATERING', facilitatorId: MDE, ...period('2025-09-01', '2026-07-03') });
  await contractIn(subgraph, buyers.saintDenis!, 'PUBLISHED', { reference: 'F-REU-1', title: 'Nettoyage du front de mer', sector: 'CLEANING' });
  await contractIn(subgraph, buyers.ajaccio!, 'CANCELLED', { reference: 'F-COR-1', title: 'Entretien des jardins', sector: 'GREEN_SPACES' });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('filters of the contract list', () => {
  test.each([
    ['no filter', {}, ['F-COR-1', 'F-GRE-1', 'F-LYO-1', 'F-REU-1', 'F-VIL-1', 'F-VIL-2']],
    ['a status', { status: ['IN_EXECUTION'] }, ['F-GRE-1', 'F-VIL-1']],
    ['several statuses', { status: ['DRAFT', 'CANCELLED'] }, ['F-COR-1', 'F-VIL-2']],
    ['a sector', { sector: ['CLEANING'] }, ['F-REU-1', 'F-VIL-1']],
    ['a facilitator', { facilitatorId: MDE }, ['F-GRE-1']],
    ['a department (69)', { department: '69' }, ['F-LYO-1', 'F-VIL-1', 'F-VIL-2']],
    ['a department (38)', { department: '38' }, ['F-GRE-1']],
    ['an overseas department, three characters (974)', { department: '974' }, ['F-REU-1']],
    ['a Corsican department (2A)', { department: '2A' }, ['F-COR-1']],
    ['a commune', { commune: '69266' }, ['F-VIL-1', 'F-VIL-2']],
    ['a day within the execution', { executingOn: '2026-08-01' }, ['F-LYO-1', 'F-VIL-1']],
    ['a day before any end (open-ended included)', { executingOn: '2026-06-15' }, ['F-GRE-1', 'F-LYO-1', 'F-VIL-1']],
    ['text in the title, any case', { text: 'NETTOYAGE' }, ['F-REU-1', 'F-VIL-1']],
    ['text in the reference', { text: 'f-gre' }, ['F-GRE-1']],
    ['wildcards taken literally', { text: '100%_' }, ['F-LYO-1']],
    ['a % alone matches nothing more than the text', { text: '%' }, ['F-LYO-1']],
    ['filters combined', { department: '69', status: ['IN_EXECUTION', 'DRAFT'], text: 'toiture' }, ['F-VIL-2']],
  ])('by %s', async (_name, filter, expected) => {
    expect(await list(filter)).toEqual(expected);
  });

  test('by buyer', async () => {
    expect(await list({ buyerId: buyers.lyon })).toEqual(['F-LYO-1']);
  });

  test.each([
    [{ department: '20' }, 'filter.department'],
    [{ department: '6' }, 'filter.department'],
    [{ commune: '6926' }, 'filter.commune'],
    [{ buyerId: 'villeurbanne' }, 'filter.buyerId'],
    [{ facilitatorId: '42' }, 'filter.facilitatorId'],
    [{ text: 'x'.repeat(101) }, 'filter.text'],
  ])('%j is refused naming %s', async (filter, field) => {
    const { extensions } = await refused(subgraph, LIST, { filter }, RHONE_FACILITATOR);
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test('pages of a filtered list follow one another without overlap', async () => {
    const first = await ok(subgraph, LIST, { filter: { department: '69' }, first: 2 }, RHONE_FACILITATOR);
    expect(first.contracts).toMatchObject({ totalCount: 3, nodes: [{ reference: 'F-LYO-1' }, { reference: 'F-VIL-1' }], pageInfo: { hasNextPage: true } });
    const second = await ok(subgraph, LIST, { filter: { department: '69' }, first: 2, after: first.contracts.pageInfo.endCursor }, RHONE_FACILITATOR);
    expect(second.contracts).toMatchObject({ totalCount: 3, nodes: [{ reference: 'F-VIL-2' }], pageInfo: { hasNextPage: false } });
  });

  test('buyers are listed by name and filtered by department, commune, kind and text', async () => {
    const query = 'query ($filter: BuyerFilter) { buyers(filter: $filter) { totalCount nodes { name } } }';
    const names = async (filter: Record<string, unknown>) => (await ok(subgraph, query, { filter }, RHONE_FACILITATOR)).buyers.nodes.map((node: { name: string }) => node.name);
    expect(await names({ department: '974' })).toEqual(['Acheteur saintDenis']);
    expect(await names({ commune: '69123' })).toEqual(['Acheteur lyon']);
    expect(await names({ text: 'LYON' })).toEqual(['Acheteur lyon']);
    expect(await names({ kind: ['SOCIAL_LANDLORD'] })).toEqual([]);
    expect((await names({})).length).toBe(5);
  });
});

describe('the cost of a page', () => {
  const PAGE = `query ($filter: ContractFilter, $first: Int) { contracts(filter: $filter, first: $first) { nodes {
    reference hoursTarget buyer { name commune { code } } lots { number clause { hoursTarget formula { hours } } } holder { name } } } }`;

  test('listing 10 or 100 contracts with their buyers and lots issues the same number of SQL statements', async () => {
    const { id: buyerId } = await createBuyer(subgraph, { communeCode: '69259' });
    const clause = { legalBasis: 'EXECUTION_CONDITION', formula: { amount: '100000', labourShare: '0.5', insertionRate: '0.05', hourlyCost: '30' } };
    for (let batch = 0; batch < 10; batch += 1) {
      await Promise.all(Array.from({ length: 10 }, (_, index) => createContract(subgraph, buyerId, {
        reference: `N1-${String(batch * 10 + index).padStart(3, '0')}`,
        lots: [{ number: 1, title: 'A', amount: '100000', clause }, { number: 2, title: 'B', amount: '50000' }],
      })));
    }
    const ten = await subgraph.statementsFor(PAGE, { filter: { buyerId }, first: 10 }, RHONE_FACILITATOR);
    const hundred = await subgraph.statementsFor(PAGE, { filter: { buyerId }, first: 100 }, RHONE_FACILITATOR);
    expect(hundred).toBe(ten);
    expect(ten).toBe(7); // page, count, hours, buyers, lots, clauses, parties
    const data = await ok(subgraph, PAGE, { filter: { buyerId }, first: 100 }, RHONE_FACILITATOR);
    expect(data.contracts.nodes).toHaveLength(100);
    expect(data.contracts.nodes[99]).toMatchObject({ reference: 'N1-099', hoursTarget: '83.00', lots: [{ number: 1 }, { number: 2, clause: null }] });
  });
});

describe('a facilitator’s list in PostgreSQL', () => {
  /** The plan of `sql` with sequential and bitmap scans off: which index, if any, can serve it alone. */
  async function planOf(sql: string, params: unknown[]): Promise<string> {
    const client = new Client({ connectionString: subgraph.databaseUrl });
    await client.connect();
    try {
      await client.query('VACUUM contract');
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await client.end();
    }
  }

  test('its page comes in list order from the (facilitator, status, reference, id) index, and its count from the index alone', async () => {
    // As the kit's findPage sends them for `status: [IN_EXECUTION]`: `status IN (?)`, one value.
    const where = 'facilitator_id = $1 AND status IN ($2)';
    const page = await planOf(`SELECT * FROM contract WHERE ${where} ORDER BY reference, id LIMIT 51`, [PLIE, 'IN_EXECUTION']);
    expect(page).toContain('Index Scan using contract_facilitator_status_reference_index');
    expect(page).not.toContain('Sort');
    const count = await planOf('SELECT count(*) FROM contract WHERE facilitator_id = $1 AND status IN ($2, $3)', [PLIE, 'IN_EXECUTION', 'CLOSED']);
    expect(count).toContain('Index Only Scan using contract_facilitator_status_reference_index');
    expect(await list({ facilitatorId: PLIE, status: ['IN_EXECUTION'] })).toEqual(['F-VIL-1']);
  });

  test('the planner counts a random page as about a sequential one (random_page_cost 1.1, as npm start’s PostgreSQL)', async () => {
    const client = new Client({ connectionString: subgraph.databaseUrl });
    await client.connect();
    try {
      expect((await client.query<{ random_page_cost: string }>('SHOW random_page_cost')).rows[0]!.random_page_cost).toBe('1.1');
    } finally {
      await client.end();
    }
  });
});
