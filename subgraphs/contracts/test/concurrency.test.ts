import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
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

    // Hold the contract's row so that the requests pile up at the same moment: each must then see what the
    // one before it committed, not the state they all read before anyone wrote.
    const holder = new Client({ connectionString: subgraph.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM contract WHERE id = $1 FOR UPDATE', [contract.id]);
    const targets = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 'CLOSED' : 'CANCELLED'));
    const pending = Promise.all(targets.map((status) => moveContract(subgraph, contract.id, status)));
    let waiting = 0;
    for (let attempt = 0; attempt < 200 && waiting < 1; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const { rows } = await holder.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      waiting = rows[0].n;
    }
    expect(waiting).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the other requests queue up behind it
    await holder.query('ROLLBACK');
    await holder.end();
    const results = await pending;

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
