import { createServer, type Server } from 'node:http';
import { freePort, startTestStack, viewers, type GraphQLResponse, type TestStack } from '@maillage/test-kit';

const facilitator = { viewer: viewers.facilitator(['69']) };

/**
 * A partner that is down or slow must not take the graph with it: the gateway answers what it can, with a
 * typed error for the missing part, and serves the partner again as soon as it is back.
 */
const TIMEOUT_MS = 1500;
let stack: TestStack;
let proxy: Server;
let hang = false;
/** When set, the proxy forwards each call only after this many milliseconds. */
let delayMs = 0;
const logLines: { service: string; line: string }[] = [];

/** Stands between the gateway and the structures subgraph; in `hang` mode it never answers. */
async function startProxy(target: () => string): Promise<string> {
  const port = await freePort();
  proxy = createServer((req, res) => {
    if (hang) return; // never answers: only the gateway's own deadline can end the call
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = () => fetch(target(), { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) })
        .then(async (upstream) => {
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => res.destroy());
      if (delayMs > 0) setTimeout(forward, delayMs);
      else void forward();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

let structuresUrl = '';
beforeAll(async () => {
  const proxyUrl = await startProxy(() => structuresUrl);
  stack = await startTestStack({
    logLevel: 'debug',
    onLine: (service, line) => logLines.push({ service, line }),
    gatewayEnv: { SUBGRAPH_STRUCTURES_URL: proxyUrl, GATEWAY_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  structuresUrl = stack.subgraphUrls.structures!;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  proxy?.close();
  await stack?.stop();
});

/** 2026-OPH-031, held by an insertion company (EI) that the structures subgraph knows by the same SIRET. */
const ACROSS = '{ contract(id: "5c0e1d2a-0000-4000-8000-000000000003") { reference holder { name insertionStructure { kind } } } }';
const CONTRACTS_ONLY = '{ contracts(first: 3) { nodes { reference holder { name } } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function expectPartial(body: GraphQLResponse<Record<string, any>>['body'], reason: string): void {
  expect(body.data!.contract).toEqual({ reference: '2026-OPH-031', holder: { name: 'Tremplin Espaces Verts (démo)', insertionStructure: null } });
  expect(body.errors).toEqual([
    expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'structures' } }),
  ]);
  expect(body.errors![0]!.message).toContain(reason);
  expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|fetch failed/);
}

describe('a slow partner', () => {
  afterEach(() => {
    hang = false;
  });

  test('a subgraph that never answers costs its part of the answer, not the whole answer', async () => {
    hang = true;
    const { status, body } = await stack.query(ACROSS, undefined, facilitator);
    expect(status).toBe(200);
    expectPartial(body, 'did not answer in time');
  });

  test('operations that do not touch the slow subgraph are unaffected', async () => {
    hang = true;
    const { body } = await stack.query(CONTRACTS_ONLY, undefined, facilitator);
    expect(body.errors).toBeUndefined();
    expect(body.data!.contracts.nodes).toHaveLength(3);
  });
});

describe('a slow write', () => {
  afterEach(() => {
    delayMs = 0;
  });

  test('a mutation is waited for past the read deadline (abandoning it would not undo it); a read that slow is cut', async () => {
    const { body: listed } = await stack.query('{ structures(first: 1) { nodes { id } } }', undefined, facilitator);
    const structureId = listed.data!.structures.nodes[0].id as string;
    delayMs = TIMEOUT_MS + 1000;
    const { body: written } = await stack.query(
      'mutation ($input: StructureIntroductionInput!) { recordStructureIntroduction(input: $input) { id introducedOn } }',
      { input: { structureId, contractId: '5c0e1d2a-0000-4000-8000-000000000001', companySiret: '39812340600017', introducedOn: '2026-11-21' } },
      facilitator);
    expect(written.errors).toBeUndefined();
    expect(written.data!.recordStructureIntroduction).toMatchObject({ introducedOn: '2026-11-21' });
    expectPartial((await stack.query(ACROSS, undefined, facilitator)).body, 'did not answer in time');
  });
});

describe('a partner that is down', () => {
  test('its part is missing with a typed error, and it is served again once it is back, with no gateway restart', async () => {
    const structures = stack.services.find((service) => service.name === 'structures')!;
    structures.child.kill('SIGKILL');
    await structures.exited;
    expectPartial((await stack.query(ACROSS, undefined, facilitator)).body, 'unavailable');
    expect((await stack.query(CONTRACTS_ONLY, undefined, facilitator)).body.errors).toBeUndefined();

    await stack.restartService('structures');
    const { body } = await stack.query(ACROSS, undefined, facilitator);
    expect(body.errors).toBeUndefined();
    expect(body.data!.contract.holder.insertionStructure).toEqual({ kind: 'EI' });
  });

  test('the gateway starts while a subgraph is down, and serves the others', async () => {
    const structures = stack.services.find((service) => service.name === 'structures')!;
    structures.child.kill('SIGKILL');
    await structures.exited;
    await stack.restartService('gateway');
    expect((await stack.query(CONTRACTS_ONLY, undefined, facilitator)).body.errors).toBeUndefined();
    const ready = await fetch(stack.gatewayUrl.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs.contracts).toBe('up');
    await stack.restartService('structures');
    expect((await stack.query(ACROSS, undefined, facilitator)).body.errors).toBeUndefined();
  });
});

describe('answers', () => {
  test('a GraphQL answer carries no ETag: the gateway does not hash what it sends for a header no client asks again with', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('observability', () => {
  test('the request id given to the gateway is carried into the subgraphs’ logs', async () => {
    const requestId = `test-request-${Date.now()}`;
    await stack.query(ACROSS, undefined, { ...facilitator, headers: { 'x-request-id': requestId } });
    const servicesLogging = () => [...new Set(logLines.filter(({ line }) => line.includes(requestId)).map(({ service }) => service))].sort();
    // Log lines arrive through pipes, possibly just after the answer: wait for them (bounded).
    for (let attempt = 0; attempt < 50 && servicesLogging().length < 3; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(servicesLogging()).toEqual(['contracts', 'gateway', 'structures']);
  });

  test('each process serves Prometheus metrics: operations, errors by code, subgraph calls, pool usage', async () => {
    await stack.query('query DashboardContracts { contracts(first: 1) { totalCount } }', undefined, facilitator);
    await stack.query('{ commune(code: "1") { name } }');
    const gateway = await (await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(gateway).toMatch(/maillage_graphql_operation_duration_seconds_count\{[^}]*operation="DashboardContracts"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/maillage_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="contracts"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/maillage_graphql_errors_total\{[^}]*code="BAD_USER_INPUT"[^}]*\} [1-9]/);
    // No GATEWAY_MAX_OPERATIONS (the default): no admission control is installed, so it has no figures.
    expect(gateway).not.toMatch(/maillage_gateway_operations|maillage_gateway_admission/);
    const contracts = await (await fetch(stack.subgraphUrls.contracts!.replace('/graphql', '/metrics'))).text();
    expect(contracts).toMatch(/maillage_db_pool_connections\{[^}]*state="used"/);
    expect(contracts).toMatch(/maillage_process_resident_memory_bytes/);
  });
});
