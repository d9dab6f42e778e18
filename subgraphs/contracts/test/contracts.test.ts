import { postGraphQL, signIdentity, startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { createIdentitySigner, generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { contractsSubgraph } from '../src/subgraph';
import { DEMO_CONTRACTS } from '../src/seeders/demo.seeder';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the contracts subgraph over HTTP', () => {
  test('lists the seeded contracts with their buyer and holder', async () => {
    const { status, body } = await subgraph.query(
      '{ contracts(first: 10) { totalCount nodes { reference buyer { name kind commune { code } } holder { siret } } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.contracts.totalCount).toBe(DEMO_CONTRACTS.length);
    expect(body.data!.contracts.nodes).toContainEqual({
      reference: '2026-VIL-014',
      buyer: { name: 'Ville de Villeurbanne', kind: 'COMMUNE', commune: { code: '69266' } },
      holder: { siret: '39812340600017' },
    });
  });

  test('pages through contracts with an opaque cursor and a bounded page size', async () => {
    const page = '($after: String) { contracts(first: 2, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }';
    const one = await subgraph.query(`query${page}`);
    expect(one.body.data!.contracts.nodes.map((n: { reference: string }) => n.reference)).toEqual(['2026-OPH-031', '2026-VEN-007']);
    expect(one.body.data!.contracts.pageInfo.hasNextPage).toBe(true);
    const two = await subgraph.query(`query${page}`, { after: one.body.data!.contracts.pageInfo.endCursor });
    expect(two.body.data!.contracts).toEqual({ nodes: [{ reference: '2026-VIL-014' }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
    const tooBig = await subgraph.query('{ contracts(first: 101) { totalCount } }');
    expect(tooBig.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const forged = await subgraph.query('{ contracts(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(forged.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('a page of contracts with buyers and holders costs a fixed number of SQL statements', async () => {
    const query = '{ contracts(first: 3) { nodes { reference buyer { name } holder { name } } } }';
    const statements = await subgraph.statementsFor(query);
    expect(statements).toBe(4); // page, count, buyers, companies
  });

  test('resolves contracts, buyers and companies by their keys through _entities', async () => {
    const { body } = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Contract { title } ... on Company { name } ... on Buyer { siret } } }`,
      {
        representations: [
          { __typename: 'Contract', id: DEMO_CONTRACTS[0]!.id },
          { __typename: 'Company', siret: '41234560500015' },
          { __typename: 'Contract', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Buyer', id: '0b6f7c1e-0000-4000-8000-000000000002' },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      { title: DEMO_CONTRACTS[0]!.title },
      { name: 'Propreté Confluence (démo)' },
      null,
      { siret: '21692590900014' },
    ]);
  });

  test('an unknown field is a typed validation error, not a 500', async () => {
    const { status, body } = await subgraph.query('{ contracts { nope } }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('a body that is not JSON is a typed BAD_REQUEST', async () => {
    const token = await signIdentity(viewers.public, 'contracts');
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  test('reports itself alive and ready once migrations are applied', async () => {
    const health = await fetch(`${subgraph.baseUrl}/health`);
    const ready = await fetch(`${subgraph.baseUrl}/ready`);
    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'contracts' });
  });
});

describe('the internal identity every call must carry', () => {
  const QUERY = '{ _service { sdl } }';

  async function expectRefused(headers: Record<string, string>): Promise<void> {
    const { status, body } = await postGraphQL(subgraph.url, QUERY, undefined, headers);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  }

  test('a call without an identity is refused, _service included', async () => {
    await expectRefused({});
  });

  test('an identity signed for another subgraph is refused', async () => {
    await expectRefused({ authorization: `Bearer ${await signIdentity(viewers.admin, 'structures')}` });
  });

  test('an identity signed with another key is refused', async () => {
    const forger = await createIdentitySigner((await generateIdentityKeyPair()).privateJwk);
    await expectRefused({ authorization: `Bearer ${await forger.sign(viewers.admin, 'contracts')}` });
  });

  test('an unsigned token (alg none) is refused', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: 'maillage-gateway', aud: 'contracts', role: 'admin', iat: now, exp: now + 60 })}.`;
    await expectRefused({ authorization: `Bearer ${unsigned}` });
  });

  test('a user token passed straight through is refused', async () => {
    await expectRefused({ authorization: 'Bearer not-a-jwt' });
  });

  test('a valid identity for this subgraph is accepted', async () => {
    const { status, body } = await subgraph.query(QUERY);
    expect(status).toBe(200);
    expect(body.data!._service.sdl).toContain('type Contract');
  });
});
