import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { contractsSubgraph } from '../src/subgraph';
import { createBuyer, createContract, ok } from './factories';

/**
 * Issue 14, item 2: a clause's modalities speak the graph's one vocabulary. A former value, written through
 * the API or in SQL (a script, a loader: the migration's function and trigger), is stored as the values it
 * stands for; the contract's `allowedModalities` is the union of its clauses' (every value when none restricts).
 */
let subgraph: TestSubgraph;
let buyerId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  buyerId = (await createBuyer(subgraph)).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const CLAUSE = { legalBasis: 'EXECUTION_CONDITION', manualHours: '10', manualJustification: 'Objectif fixé par l’acheteur' };
const READ = 'query ($id: ID!) { contract(id: $id) { allowedModalities lots { number clause { modalities } } } }';

test('former values written in SQL are stored in the current vocabulary, and the CHECK admits only it', async () => {
  const contract = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Lot', amount: '1000', clause: { ...CLAUSE, modalities: ['TRAINING'] } }] });
  const client = new Client({ connectionString: subgraph.databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE insertion_clause c SET modalities = '{SUBCONTRACTING,STAFF_PROVISION_AI_GEIQ,DIRECT_HIRE}' FROM lot l WHERE l.id = c.lot_id AND l.contract_id = $1`, [contract.id]);
    await expect(client.query(`UPDATE insertion_clause c SET modalities = '{TELEWORK}' FROM lot l WHERE l.id = c.lot_id AND l.contract_id = $1`, [contract.id])).rejects.toThrow(/insertion_clause_modalities_check/);
  } finally {
    await client.end();
  }
  const data = await ok(subgraph, READ, { id: contract.id });
  expect(data.contract.lots[0].clause.modalities).toEqual(['DIRECT_HIRE', 'AI', 'GEIQ', 'SUBCONTRACTING_SIAE', 'SUBCONTRACTING_EA_ESAT']);
});

test('a contract allows the union of its clauses’ modalities; a clause listing none restricts nothing', async () => {
  const contract = await createContract(subgraph, buyerId, {
    lots: [
      { number: 1, title: 'Lot 1', amount: '1000', clause: { ...CLAUSE, modalities: ['DIRECT_HIRE'] } },
      { number: 2, title: 'Lot 2', amount: '1000', clause: { ...CLAUSE, modalities: ['STAFF_PROVISION_AI_GEIQ'] } },
    ],
  });
  expect((await ok(subgraph, READ, { id: contract.id })).contract.allowedModalities).toEqual(['DIRECT_HIRE', 'AI', 'GEIQ']);
  const open = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Lot', amount: '1000', clause: CLAUSE }] });
  expect((await ok(subgraph, READ, { id: open.id })).contract.allowedModalities).toEqual(['DIRECT_HIRE', 'ETTI', 'AI', 'GEIQ', 'SUBCONTRACTING_SIAE', 'SUBCONTRACTING_EA_ESAT', 'CO_CONTRACTING', 'TRAINING']);
});
