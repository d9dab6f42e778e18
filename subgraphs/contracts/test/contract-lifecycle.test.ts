import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { ADMIN, contractIn, createBuyer, moveContract, ok, PATH_TO } from './factories';

let subgraph: TestSubgraph;
let buyerId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  buyerId = (await createBuyer(subgraph)).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const STATUSES = ['DRAFT', 'PUBLISHED', 'AWARDED', 'IN_EXECUTION', 'CLOSED', 'CANCELLED'];
const ALLOWED: Record<string, string[]> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['AWARDED', 'CANCELLED'],
  AWARDED: ['IN_EXECUTION', 'CANCELLED'],
  IN_EXECUTION: ['CLOSED', 'CANCELLED'],
  CLOSED: [],
  CANCELLED: [],
};
const ILLEGAL = STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from && !ALLOWED[from]!.includes(to)).map((to) => [from, to]));
const LEGAL = STATUSES.flatMap((from) => ALLOWED[from]!.map((to) => [from, to]));

describe('the contract lifecycle', () => {
  test('a new contract is a draft that may be published or cancelled', async () => {
    const contract = await contractIn(subgraph, buyerId, 'DRAFT');
    expect(contract.status).toBe('DRAFT');
    expect(contract.allowedTransitions).toEqual(['PUBLISHED', 'CANCELLED']);
  });

  test.each(LEGAL)('a contract in %s may move to %s', async (from, to) => {
    const contract = await contractIn(subgraph, buyerId, from!);
    const body = await moveContract(subgraph, contract.id, to!);
    expect(body.errors).toBeUndefined();
    expect(body.data!.changeContractStatus).toEqual({ status: to, allowedTransitions: ALLOWED[to!] });
  });

  test(`there are ${ILLEGAL.length} illegal transitions`, () => {
    expect(ILLEGAL).toHaveLength(22);
  });

  test.each(ILLEGAL)('a contract in %s cannot move to %s: CONFLICT listing the allowed statuses, nothing changed', async (from, to) => {
    const contract = await contractIn(subgraph, buyerId, from!);
    const body = await moveContract(subgraph, contract.id, to!);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', allowed: ALLOWED[from!] });
    expect(body.errors![0]!.message).toContain(`a ${from} contract cannot move to ${to}`);
    for (const allowed of ALLOWED[from!]!) expect(body.errors![0]!.message).toContain(allowed);
    const after = await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { status } }', { id: contract.id });
    expect(after.contract.status).toBe(from);
  });

  test.each(STATUSES)('asking a contract in %s for its own status again changes nothing (a retried call is safe)', async (status) => {
    const contract = await contractIn(subgraph, buyerId, status);
    const body = await moveContract(subgraph, contract.id, status);
    expect(body.errors).toBeUndefined();
    expect(body.data!.changeContractStatus.status).toBe(status);
  });

  test('the full path draft → published → awarded → in execution → closed', async () => {
    const contract = await contractIn(subgraph, buyerId, 'CLOSED');
    const after = await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { status allowedTransitions } }', { id: contract.id });
    expect(after.contract).toEqual({ status: 'CLOSED', allowedTransitions: [] });
    expect(PATH_TO.CLOSED).toHaveLength(4);
  });

  test.each(['CLOSED', 'CANCELLED'])('a contract in %s can no longer be edited', async (status) => {
    const contract = await contractIn(subgraph, buyerId, status);
    const { body } = await subgraph.query(
      'mutation ($id: ID!) { updateContract(id: $id, input: { title: "Nouveau titre" }) { title } }',
      { id: contract.id },
      { viewer: ADMIN },
    );
    expect(body.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(body.errors![0]!.message).toContain(status);
  });

  test('an unknown contract is NOT_FOUND and a malformed id a BAD_USER_INPUT', async () => {
    const unknown = await moveContract(subgraph, '00000000-0000-4000-8000-00000000abcd', 'PUBLISHED');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const malformed = await moveContract(subgraph, 'abc', 'PUBLISHED');
    expect(malformed.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
