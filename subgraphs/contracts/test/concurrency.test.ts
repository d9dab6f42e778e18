import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { contractIn, createBuyer, moveContract } from './factories';

/**
 * Concurrent lifecycle changes are serialised on the contract's row: each request sees the state the
 * previous one committed, so none can take a transition that was only legal from a state already left.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('concurrent status changes', () => {
  test('closing and cancelling at once: exactly one wins, never a closed contract cancelled afterwards', async () => {
    const buyer = await createBuyer(subgraph);
    const contract = await contractIn(subgraph, buyer.id, 'IN_EXECUTION');

    const targets = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 'CLOSED' : 'CANCELLED'));
    const results = await Promise.all(targets.map((status) => moveContract(subgraph, contract.id, status)));

    const succeeded = new Set(targets.filter((_, index) => !results[index]!.errors));
    expect(succeeded.size).toBe(1);
    const [winner] = [...succeeded];
    for (const [index, body] of results.entries()) {
      if (targets[index] === winner) expect(body.errors).toBeUndefined();
      else expect(body.errors![0]!.extensions!.code).toBe('CONFLICT');
    }
    const final = await moveContract(subgraph, contract.id, winner!);
    expect(final.data!.changeContractStatus.status).toBe(winner);
  });
});
