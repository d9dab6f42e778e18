import { dashboardLists, dashboardPageCount, listedContracts } from './dashboard-pages';
import { buildModel, contractReference, type BenchModel } from './generate/model';
import { loadCommunes } from './geography';
import { createRandom } from './prng';
import { SCENARIOS, timedPageSize, type ScenarioData } from './scenarios';
import { SIZES, type Size } from './sizes';

const SEED = 20261124;
const dashboard = SCENARIOS.find((s) => s.name === 'dashboard')!;

/** PostgreSQL's C.UTF-8 collation compares the bytes; the id (a uuid) in its canonical lower-case hex. */
const compare = (a: [string, string], b: [string, string]) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0])) || Buffer.compare(Buffer.from(a[1]), Buffer.from(b[1]));

/** The contracts the API would list for these variables, computed from the model without the bench's lists. */
function pageOf(model: BenchModel, variables: Record<string, unknown>): string[] {
  const { facilitatorId, status, first, after } = variables as { facilitatorId: string; status: string[]; first: number; after: string | null };
  const cursor = after === null ? null : (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string]);
  return model.contracts
    .map((c, i) => ({ c, key: [contractReference(i), c.id] as [string, string] }))
    .filter(({ c, key }) => c.facilitatorId === facilitatorId && status.includes(c.status) && (cursor === null || compare(key, cursor) > 0))
    .sort((a, b) => compare(a.key, b.key))
    .slice(0, first)
    .map(({ c }) => c.id);
}

function dataOf(model: BenchModel): ScenarioData {
  return { dashboardLists: dashboardLists(listedContracts(model), timedPageSize(dashboard)), contractIds: [], buyerIds: [], postalCodes: [], poolPlacements: [], poolMonths: [] };
}

const modelOf = (size: Size) => buildModel(size, SEED, loadCommunes(size.departments));
const portfolios = (model: BenchModel) => model.facilitators.map((f) => model.contracts.filter((c) => c.facilitatorId === f.id).length);

describe('the dashboard scenario', () => {
  test('S keeps its data: the first facilitator follows 116 of the 300 contracts, 64 in execution, as before the cap', () => {
    const model = modelOf(SIZES.S);
    expect(portfolios(model)).toEqual([116, 26, 25, 25, 25, 31, 28, 24]);
    expect(model.contracts.filter((c) => c.facilitatorId === model.facilitators[0]!.id && c.status === 'IN_EXECUTION')).toHaveLength(64);
    expect([model.contracts[0]!.id, model.contracts[299]!.id]).toEqual(['22f44b8f-cc97-4ba9-90b3-ea77dc6b04b2', 'f5342188-ef0f-446f-ac61-b20cef5f6443']);
  });

  test('at M, the first facilitator follows a few hundred contracts more than the others, not a third of them', () => {
    const [first, ...others] = portfolios(modelOf(SIZES.M));
    expect(first).toBeLessThan(Math.max(...others) + 400);
    expect(first).toBeGreaterThan(Math.max(...others) + 200);
  });

  test.each(['S', 'M'] as const)('every request drawn at %s reads a full page of 50, and no other page is full', (name) => {
    const model = modelOf(SIZES[name]);
    const data = dataOf(model);
    const random = createRandom(1);
    const drawn = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const variables = dashboard.variables(data, random, timedPageSize(dashboard));
      expect(pageOf(model, variables)).toHaveLength(50);
      drawn.add(JSON.stringify(variables));
    }
    // After the contract that follows a list's last full page, 49 remain: the lists hold every full page.
    const listed = new Map(listedContracts(model).map((c) => [c.id, c]));
    for (const list of data.dashboardLists) {
      const past = listed.get(pageOf(model, { ...list, first: 1, after: list.after.at(-1) })[0]!)!;
      expect(pageOf(model, { ...list, first: 50, after: Buffer.from(JSON.stringify([past.reference, past.id])).toString('base64url') })).toHaveLength(49);
    }
    if (name === 'S') {
      // Only the first facilitator fills a page: 64 − 49 pages in execution, 88 − 49 with the closed ones.
      expect(new Set(data.dashboardLists.map((l) => l.facilitatorId))).toEqual(new Set([model.facilitators[0]!.id]));
      expect(dashboardPageCount(data.dashboardLists)).toBe(15 + 39);
      expect(drawn.size).toBe(54);
    }
  });

  test('orders references as PostgreSQL does: BENCH-10 before BENCH-2', () => {
    const model = modelOf(SIZES.S);
    const order = listedContracts(model).map((c) => c.reference);
    expect(order.slice(0, 4)).toEqual(['BENCH-1', 'BENCH-10', 'BENCH-100', 'BENCH-101']);
    expect(order.indexOf('BENCH-10')).toBeLessThan(order.indexOf('BENCH-2'));
  });
});
