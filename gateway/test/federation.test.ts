import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postGraphQL, startTestStack, viewers, type TestStack } from '@maillage/test-kit';

const facilitator = { viewer: viewers.facilitator(['69']) };

/**
 * The real gateway over the four real subgraphs, each its own process with its own database, started the
 * way `npm start` starts them.
 */
let stack: TestStack;

const CROSS_SUBGRAPH_QUERY = `{
  contracts(first: 100) {
    nodes {
      reference
      buyer { name commune { name postalCodes department { name } } }
      holder { name insertionStructure { name kind } }
    }
  }
}`;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('the gateway over the real subgraphs', () => {
  test('a contract, its buyer’s commune and its holder’s insertion structure come from three subgraphs', async () => {
    const { status, body } = await stack.query(CROSS_SUBGRAPH_QUERY, undefined, facilitator);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const greenSpaces = body.data!.contracts.nodes.find((c: { reference: string }) => c.reference === '2026-OPH-031');
    expect(greenSpaces).toEqual({
      reference: '2026-OPH-031',
      buyer: {
        name: 'Office public de l’habitat du Rhône (démo)',
        commune: { name: 'Lyon', postalCodes: expect.arrayContaining(['69001', '69009']), department: { name: 'Rhône' } },
      },
      holder: { name: 'Tremplin Espaces Verts (démo)', insertionStructure: { name: 'Tremplin Espaces Verts (démo)', kind: 'EI' } },
    });
    const cleaning = body.data!.contracts.nodes.find((c: { reference: string }) => c.reference === '2026-VEN-007');
    expect(cleaning.buyer.commune.name).toBe('Vénissieux');
    expect(cleaning.holder.insertionStructure).toBeNull();
  });

  test('a contract’s subcontractor that is an SIAE shows its structure’s kind and capacity (contracts → structures)', async () => {
    const { body } = await stack.query(
      `{ contracts(first: 100) { nodes { reference parties { role company { siret insertionStructure { kind insertionCapacity } } } } } }`,
      undefined,
      facilitator,
    );
    expect(body.errors).toBeUndefined();
    const subcontractors = body.data!.contracts.nodes.flatMap(
      (node: { parties: { role: string; company: { siret: string; insertionStructure: unknown } }[] }) =>
        node.parties.filter((party) => party.role === 'SUBCONTRACTOR').map((party) => party.company),
    );
    expect(subcontractors).toContainEqual({
      siret: '33445560700013',
      insertionStructure: { kind: 'ACI', insertionCapacity: expect.any(Number) },
    });
  });

  test('a contract’s insertion progress takes its hours target from contracts (@requires) and its hours from beneficiaries', async () => {
    const { body } = await stack.query(
      '{ contract(id: "5c0e1d2a-0000-4000-8000-000000000001") { hoursTarget insertionProgress { hoursTarget hoursRealised hoursCounted ratio people } } }',
      undefined,
      { viewer: viewers.admin },
    );
    expect(body.errors).toBeUndefined();
    const { hoursTarget, insertionProgress } = body.data!.contract;
    expect(Number(hoursTarget)).toBeGreaterThan(0);
    expect(insertionProgress.hoursTarget).toBe(hoursTarget);
    expect(Number(insertionProgress.hoursRealised)).toBeGreaterThan(0);
    // The ratio counts only what the clause allows (hours of other modalities are reported apart).
    expect(Number(insertionProgress.hoursCounted)).toBeGreaterThan(0);
    expect(Number(insertionProgress.hoursCounted)).toBeLessThanOrEqual(Number(insertionProgress.hoursRealised));
    expect(Number(insertionProgress.ratio)).toBeCloseTo(Number(insertionProgress.hoursCounted) / Number(hoursTarget), 2);
  });

  test('a subgraph’s typed error reaches the client with its code and without internals', async () => {
    const { body } = await postGraphQL(stack.gatewayUrl, '{ commune(code: "123") { name } }');
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'code' }, path: ['commune'] }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/serviceName|stacktrace|127\.0\.0\.1/);
  });

  test('personal data is refused to an anonymous caller through the gateway', async () => {
    const { body } = await postGraphQL(stack.gatewayUrl, '{ beneficiary(id: "b1e2f3a4-0000-4000-8000-000000000001") { lastName } }');
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain('Martin');
  });

  test('a malformed operation is a typed error, never a 500', async () => {
    const { status, body } = await stack.query('{ contracts { ', undefined, facilitator);
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('health and readiness report the gateway and each subgraph', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const supergraph = readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8');
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      supergraph: {
        hash: createHash('sha256').update(supergraph).digest('hex'),
        loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        source: expect.stringMatching(/schema\/supergraph\.graphql$/),
      },
      subgraphs: { contracts: 'up', structures: 'up', beneficiaries: 'up', directory: 'up', trainings: 'up' },
    });
  });

  test('the development IDE is served from this machine, with no CDN', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const html = await (await fetch(stack.ideUrl)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect((await fetch(`${base}${asset}`)).status).toBe(200);
    }
  });

  // Last: it stops a subgraph.
  test('when a subgraph is down the others still answer, with a typed error naming it', async () => {
    const structures = stack.services.find((service) => service.name === 'structures')!;
    structures.child.kill('SIGKILL');
    await structures.exited;
    const { status, body } = await stack.query(CROSS_SUBGRAPH_QUERY, undefined, facilitator);
    expect(status).toBe(200);
    expect(body.data!.contracts.nodes.length).toBeGreaterThan(3);
    expect(body.data!.contracts.nodes[0].buyer.commune.name).toBeDefined();
    // Contracts not yet awarded have no holder; the others lose only the structures' part.
    const holders = body.data!.contracts.nodes.map((c: { holder: { insertionStructure: unknown } | null }) => c.holder).filter(Boolean);
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.every((holder: { insertionStructure: unknown }) => holder.insertionStructure === null)).toBe(true);
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'structures' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
  });
});
