import { communeCodeList } from '@maillage/geography-codes';
import { departmentOfCommune } from '@maillage/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { contractsSubgraph } from '../src/subgraph';
import { createBuyer, ok, refused, uniqueSiret } from './factories';

/**
 * Issue 14, item 11: one rule for a commune's department — the buyer's generated `department_code` follows
 * `departmentOfCommune` (98x included) — and a commune code that does not exist is refused where one is stored.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const CREATE_BUYER = 'mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }';
const CREATE_COMPANY = 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret } }';

describe('the department of a buyer’s commune', () => {
  test('a buyer in Nouméa (98818) is filed under 988, not 98', async () => {
    const { id } = await createBuyer(subgraph, { communeCode: '98818' });
    const data = await ok(subgraph, '{ buyers(first: 10, filter: { department: "988" }) { nodes { id } } }');
    expect(data.buyers.nodes).toEqual([{ id }]);
  });

  test('the SQL rule agrees with departmentOfCommune on every commune code the directory publishes', async () => {
    const { codes } = communeCodeList();
    expect(codes.length).toBeGreaterThan(34_000);
    const client = new Client({ connectionString: subgraph.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ code: string; department: string }>(
        'SELECT code, department_of_commune(code) AS department FROM unnest($1::text[]) AS code', [codes]);
      const disagreements = rows.filter((row) => row.department !== departmentOfCommune(row.code));
      expect(disagreements).toEqual([]);
      expect(rows).toHaveLength(codes.length);
    } finally {
      await client.end();
    }
  });
});

describe('commune codes that do not exist', () => {
  test.each([
    ['69999', 'well formed, but no commune of the Rhône has it'],
    ['69000', 'a postal code of Lyon, not its INSEE code'],
    ['2A999', 'well formed in Corsica, but unknown'],
  ])('a buyer in %s is refused (%s), naming the field, in French', async (communeCode) => {
    const { message, extensions } = await refused(subgraph, CREATE_BUYER, { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
    expect(message).toContain(`la commune ${communeCode} n’existe pas`);
    expect(message).toContain('input.communeCode');
  });

  test('a buyer moved to an unknown commune is refused and keeps its commune', async () => {
    const { id } = await createBuyer(subgraph, { communeCode: '69123' });
    const { extensions } = await refused(subgraph, 'mutation ($id: ID!, $input: UpdateBuyerInput!) { updateBuyer(id: $id, input: $input) { id } }', { id, input: { communeCode: '69999' } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
    const data = await ok(subgraph, '{ buyers(first: 10, filter: { commune: "69123" }) { nodes { id } } }');
    expect(data.buyers.nodes).toContainEqual({ id });
  });

  test('a company in an unknown commune is refused; one in a municipal district is accepted', async () => {
    const { extensions } = await refused(subgraph, CREATE_COMPANY, { input: { siret: uniqueSiret(), name: 'Entreprise', communeCode: '75000' } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
    const siret = uniqueSiret();
    expect((await ok(subgraph, CREATE_COMPANY, { input: { siret, name: 'Entreprise', communeCode: '69381' } })).createCompany.siret).toBe(siret);
  });
});
