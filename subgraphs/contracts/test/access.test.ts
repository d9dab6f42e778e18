import type { Viewer } from '@maillage/subgraph-kit';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { ADMIN, contractIn, createBuyer, createCompany, moveContract, ok, refused, RHONE_FACILITATOR, uniqueReference, uniqueSiret } from './factories';

let subgraph: TestSubgraph;
let rhoneBuyer: string;
let isereBuyer: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  rhoneBuyer = (await createBuyer(subgraph, { communeCode: '69266', contact: { name: 'Camille Durand', email: 'c.durand@example.org' } })).id;
  isereBuyer = (await createBuyer(subgraph, { communeCode: '38185' })).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const CREATE_BUYER = 'mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }';
const CREATE_CONTRACT = 'mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }';
const buyerInput = (communeCode: string) => ({ name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode });

const OUTSIDERS: [string, Viewer, string][] = [
  ['an anonymous caller', viewers.public, 'UNAUTHENTICATED'],
  ['a buyer', viewers.buyer('21692660000018'), 'FORBIDDEN'],
  ['a company', viewers.company('39812340600017'), 'FORBIDDEN'],
  ['a structure', viewers.structure('7a3b9c4d-0000-4000-8000-000000000001'), 'FORBIDDEN'],
  ['a partner', viewers.partner('partner-app'), 'FORBIDDEN'],
];

describe('who may write the register', () => {
  test.each(OUTSIDERS)('%s may not create a buyer, a contract or a company', async (_name, viewer, code) => {
    const attempts = [
      [CREATE_BUYER, { input: buyerInput('69266') }],
      [CREATE_CONTRACT, { input: { buyerId: rhoneBuyer, reference: uniqueReference(), title: 'X', sector: 'BUILDING' } }],
      ['mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret } }', { input: { siret: uniqueSiret(), name: 'X' } }],
    ] as const;
    for (const [mutation, variables] of attempts) {
      expect((await refused(subgraph, mutation, variables, viewer)).extensions.code).toBe(code);
    }
  });

  test.each(OUTSIDERS)('%s may not move a contract along its lifecycle', async (_name, viewer, code) => {
    const contract = await contractIn(subgraph, rhoneBuyer, 'DRAFT');
    const body = await moveContract(subgraph, contract.id, 'PUBLISHED', viewer);
    expect(body.errors![0]!.extensions!.code).toBe(code);
  });

  test('a facilitator writes for buyers of their department', async () => {
    const { createBuyer: buyer } = await ok(subgraph, CREATE_BUYER, { input: buyerInput('69123') }, RHONE_FACILITATOR);
    const { createContract: contract } = await ok(subgraph, CREATE_CONTRACT, { input: { buyerId: buyer.id, reference: uniqueReference(), title: 'Marché', sector: 'CLEANING' } }, RHONE_FACILITATOR);
    expect((await moveContract(subgraph, contract.id, 'PUBLISHED', RHONE_FACILITATOR)).data!.changeContractStatus.status).toBe('PUBLISHED');
  });

  test('a facilitator whose territory is a commune writes for buyers of that commune only', async () => {
    const villeurbanne = viewers.facilitator(['69266']);
    expect((await ok(subgraph, CREATE_BUYER, { input: buyerInput('69266') }, villeurbanne)).createBuyer.id).toBeDefined();
    expect((await refused(subgraph, CREATE_BUYER, { input: buyerInput('69123') }, villeurbanne)).extensions.code).toBe('FORBIDDEN');
  });

  test('a facilitator may not write outside their territories, and nothing is written', async () => {
    const count = async () => (await ok(subgraph, '{ buyers { totalCount } }')).buyers.totalCount;
    const before = await count();
    const { extensions, message } = await refused(subgraph, CREATE_BUYER, { input: buyerInput('38185') }, RHONE_FACILITATOR);
    expect(extensions.code).toBe('FORBIDDEN');
    expect(message).toContain('38');
    expect(await count()).toBe(before);
  });

  test('a facilitator may not change a contract of another department, nor move a buyer out of their territory', async () => {
    const contract = await contractIn(subgraph, isereBuyer, 'DRAFT');
    expect((await moveContract(subgraph, contract.id, 'PUBLISHED', RHONE_FACILITATOR)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const update = await refused(subgraph, 'mutation ($id: ID!) { updateContract(id: $id, input: { title: "Piraté" }) { id } }', { id: contract.id }, RHONE_FACILITATOR);
    expect(update.extensions.code).toBe('FORBIDDEN');
    const move = await refused(subgraph, 'mutation ($id: ID!) { updateBuyer(id: $id, input: { communeCode: "38185" }) { id } }', { id: rhoneBuyer }, RHONE_FACILITATOR);
    expect(move.extensions.code).toBe('FORBIDDEN');
    const after = await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { status title } }', { id: contract.id });
    expect(after.contract).toEqual({ status: 'DRAFT', title: 'Marché de test' });
  });

  test('an admin moves a buyer to another commune, and its department follows', async () => {
    const { id } = await createBuyer(subgraph, { communeCode: '69259' });
    await ok(subgraph, 'mutation ($id: ID!) { updateBuyer(id: $id, input: { communeCode: "97411", name: "Ville déplacée" }) { id } }', { id });
    const data = await ok(subgraph, '{ buyers(filter: { department: "974" }) { nodes { id name commune { code } } } }');
    expect(data.buyers.nodes).toEqual([{ id, name: 'Ville déplacée', commune: { code: '97411' } }]);
  });

  test('an admin writes anywhere', async () => {
    const contract = await contractIn(subgraph, isereBuyer, 'DRAFT');
    expect((await moveContract(subgraph, contract.id, 'PUBLISHED', ADMIN)).data!.changeContractStatus.status).toBe('PUBLISHED');
    expect(await createCompany(subgraph)).toHaveLength(14);
  });
});

describe('who may read the register', () => {
  test.each([
    ['a facilitator', RHONE_FACILITATOR],
    ['a buyer', viewers.buyer('21692660000018')],
    ['a company', viewers.company('39812340600017')],
    ['a structure', viewers.structure('7a3b9c4d-0000-4000-8000-000000000001')],
    ['a partner', viewers.partner('partner-app')],
  ])('%s reads contracts, buyers and their contact', async (_name, viewer) => {
    const data = await ok(subgraph, 'query ($id: ID!) { buyer(id: $id) { contact { name email } } contracts { totalCount } }', { id: rhoneBuyer }, viewer);
    expect(data.buyer.contact).toEqual({ name: 'Camille Durand', email: 'c.durand@example.org' });
    expect(data.contracts.totalCount).toBeGreaterThan(0);
  });

  test('an anonymous caller may not read contracts nor resolve them as entities', async () => {
    const { body } = await subgraph.query(
      `query ($representations: [_Any!]!) { contracts { totalCount } _entities(representations: $representations) { ... on Buyer { id } } }`,
      { representations: [{ __typename: 'Buyer', id: rhoneBuyer }] },
      { viewer: viewers.public },
    );
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body.data ?? null)).not.toContain(rhoneBuyer);
  });

  test('an anonymous caller never sees a buyer’s contact person', async () => {
    const { body } = await subgraph.query('query ($id: ID!) { buyer(id: $id) { name contact { name } } }', { id: rhoneBuyer }, { viewer: viewers.public });
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain('Durand');
  });
});
