import { postGraphQL, signIdentity, startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { createIdentitySigner, generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { contractsSubgraph } from '../src/subgraph';
import { DEMO_CONTRACTS, demoContractId } from '../src/seeders/demo.seeder';
import { ok, RHONE_FACILITATOR } from './factories';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

const references = (connection: { nodes: { reference: string }[] }) => connection.nodes.map((node) => node.reference);

describe('the seeded contract register over HTTP', () => {
  test('lists the seeded contracts with their buyer, holder and hours target', async () => {
    const data = await ok(subgraph, `{ contracts(first: 100) { totalCount nodes {
      reference status buyer { name kind commune { code } } holder { siret } hoursTarget facilitator { id } } } }`, {}, RHONE_FACILITATOR);
    expect(data.contracts.totalCount).toBe(DEMO_CONTRACTS.length);
    expect(data.contracts.nodes).toContainEqual({
      reference: '2026-VIL-014',
      status: 'IN_EXECUTION',
      buyer: { name: 'Ville de Villeurbanne', kind: 'COMMUNE', commune: { code: '69266' } },
      holder: { siret: '39812340600017' },
      // 1,200,000 € → 900 h; 450,000 € → 337.5 h, rounded up to 338 h; 300,000 € → 225 h (45 % × 5 % ÷ 30 €/h)
      hoursTarget: '1463.00',
      facilitator: { id: 'd1f00000-0000-4000-8000-000000000001' },
    });
  });

  test('the seed covers the four trades and every stage of the lifecycle', async () => {
    const data = await ok(subgraph, '{ contracts(first: 100) { nodes { sector status } } }', {}, RHONE_FACILITATOR);
    const sectors = new Set(data.contracts.nodes.map((node: { sector: string }) => node.sector));
    const statuses = new Set(data.contracts.nodes.map((node: { status: string }) => node.status));
    expect([...sectors].sort()).toEqual(['BUILDING', 'CATERING', 'CLEANING', 'GREEN_SPACES']);
    expect([...statuses].sort()).toEqual(['AWARDED', 'CANCELLED', 'CLOSED', 'DRAFT', 'IN_EXECUTION', 'PUBLISHED']);
  });

  test.each([
    ['77700010000019', 'EI'],
    ['81122330400015', 'ETTI'],
    ['33445560700013', 'ACI'],
    ['44556670600013', 'ESAT'],
  ])('the demo structure %s (%s) subcontracts on seeded contracts', async (siret) => {
    const data = await ok(subgraph, 'query ($siret: String!) { company(siret: $siret) { siret parties { role contract { reference } } } }', { siret }, RHONE_FACILITATOR);
    expect(data.company.parties.map((party: { role: string }) => party.role)).toContain('SUBCONTRACTOR');
  });

  test('seeded clauses keep the formula’s inputs, and a manual target its justification', async () => {
    const data = await ok(subgraph, `query ($id: ID!) { contract(id: $id) { lots { number clause {
      legalBasis hoursMethod hoursTarget manualJustification formula { amount labourShare insertionRate hourlyCost hours exactHours } } } } }`,
    { id: demoContractId(18) }, RHONE_FACILITATOR);
    const [clause] = data.contract.lots.map((lot: { clause: unknown }) => lot.clause);
    expect(clause).toMatchObject({ legalBasis: 'INSERTION_SERVICE', hoursMethod: 'MANUAL', hoursTarget: '4800.00' });
    expect(clause.manualJustification).toContain('R2123-1');
    expect(clause.formula).toEqual({ amount: '180000.00', labourShare: '0.6000', insertionRate: '0.0800', hourlyCost: '27.00', hours: '320.00', exactHours: '320.00' });
  });

  test('pages through every contract with an opaque cursor, in reference order, and bounds the page size', async () => {
    const page = 'query ($after: String) { contracts(first: 7, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const data: { contracts: { nodes: { reference: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        await ok(subgraph, page, { after }, RHONE_FACILITATOR);
      seen.push(...references(data.contracts));
      after = data.contracts.pageInfo.endCursor;
      if (!data.contracts.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(DEMO_CONTRACTS.map((contract) => contract.reference).sort());
    const tooBig = await subgraph.query('{ contracts(first: 101) { totalCount } }', {}, { viewer: RHONE_FACILITATOR });
    expect(tooBig.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const forged = await subgraph.query('{ contracts(after: "bm90LWEtY3Vyc29y") { totalCount } }', {}, { viewer: RHONE_FACILITATOR });
    expect(forged.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('a page of contracts with buyers, lots, clauses and holders costs the same statements for 10 or 30 contracts', async () => {
    const query = (first: number) => `{ contracts(first: ${first}) { nodes { reference hoursTarget buyer { name }
      lots { number clause { hoursTarget } } holder { name } parties { company { name } lot { number } } } } }`;
    const few = await subgraph.statementsFor(query(10), {}, RHONE_FACILITATOR);
    const many = await subgraph.statementsFor(query(30), {}, RHONE_FACILITATOR);
    expect(many).toBe(few);
    expect(few).toBe(9); // page, count, hours, buyers, lots, clauses, parties, companies, party lots
  });

  test('resolves contracts, buyers and companies by their keys through _entities', async () => {
    const { body } = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Contract { title hoursTarget } ... on Company { name } ... on Buyer { siret } } }`,
      {
        representations: [
          { __typename: 'Contract', id: demoContractId(1) },
          { __typename: 'Company', siret: '41234560500015' },
          { __typename: 'Contract', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Contract', id: 'not-a-uuid' },
          { __typename: 'Buyer', id: '0b6f7c1e-0000-4000-8000-000000000002' },
        ],
      },
      { viewer: viewers.partner('beneficiaries-test') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      { title: DEMO_CONTRACTS.find((contract) => contract.n === 1)!.title, hoursTarget: '1463.00' },
      { name: 'Propreté Confluence (démo)' },
      null,
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
