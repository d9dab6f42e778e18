import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import type { Viewer } from '@maillage/subgraph-kit';

/**
 * The gateway merges identical subgraph queries in flight only within one identity: through the real
 * gateway and subgraphs, two viewers who ask the same thing at the same moment each get their own answer.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ gatewayEnv: { GATEWAY_SUBGRAPH_DEDUP: 'true' } });
});

afterAll(async () => {
  await stack?.stop();
});

const PERSON = '{ beneficiary(id: "b1e2f3a4-0000-4000-8000-000000000001") { id lastName } }';
const CONTRACTS = '{ contracts(first: 20) { totalCount nodes { id reference insertionProgress { hoursRealised people suppressed } } } }';

async function answerOf(query: string, viewer: Viewer | undefined) {
  const response = await stack.query(query, {}, viewer ? { viewer } : {});
  return JSON.stringify(response.body);
}

describe('identical requests of different viewers at the same moment', () => {
  test.each([
    ['a person’s record', PERSON, viewers.admin, viewers.facilitator(['38'])],
    ['contracts with their progress (the public caller gets no aggregate)', CONTRACTS, viewers.admin, undefined],
  ])('%s: each viewer gets the answer it gets alone, never the other’s', async (_what, query, first, second) => {
    const alone = [await answerOf(query, first), await answerOf(query, second)];
    expect(alone[0]).not.toBe(alone[1]);
    const together = await Promise.all(Array.from({ length: 12 }, (_, i) => answerOf(query, i % 2 === 0 ? first : second)));
    together.forEach((answer, i) => expect(answer).toBe(alone[i % 2]));
  });
});
