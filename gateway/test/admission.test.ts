import { createServer, type Server } from 'node:http';
import { freePort, startTestStack, viewers, type GraphQLResponse, type TestStack } from '@maillage/test-kit';
import { OVERLOADED_MESSAGE } from '../src/admission';

/**
 * The gateway's admission control (issue 21), through the real gateway and subgraphs: two operations at
 * once, one waiting at most, for at most 3 s. The structures subgraph sits behind a proxy that holds every
 * call until the test lets it go, so that the two places stay taken as long as the test needs.
 */
const facilitator = { viewer: viewers.facilitator(['69']) };
/** 2026-OPH-031 and its holder's structure: one call to contracts, then one to structures (held). */
const ACROSS = '{ contract(id: "5c0e1d2a-0000-4000-8000-000000000003") { reference holder { name insertionStructure { kind } } } }';
const EXPECTED = { contract: { reference: '2026-OPH-031', holder: { name: 'Tremplin Espaces Verts (démo)', insertionStructure: { kind: 'EI' } } } };

let stack: TestStack;
let proxy: Server;
let structuresUrl = '';
/** Calls that reached the structures subgraph's proxy (held or forwarded). */
let calls = 0;
let holding = false;
let held: (() => void)[] = [];

async function startProxy(): Promise<string> {
  const port = await freePort();
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls += 1;
      const forward = () => void fetch(structuresUrl, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) })
        .then(async (upstream) => {
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        })
        .catch(() => res.destroy());
      if (holding) held.push(forward);
      else forward();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

function release(): void {
  holding = false;
  const waiting = held;
  held = [];
  for (const forward of waiting) forward();
}

async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`still waiting for ${what}`);
}

async function metrics(): Promise<string> {
  return (await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'))).text();
}

async function operations(state: 'running' | 'queued'): Promise<number> {
  const line = (await metrics()).match(new RegExp(`^maillage_gateway_operations\\{[^}]*state="${state}"[^}]*\\} (\\d+)`, 'm'));
  return Number(line?.[1] ?? NaN);
}

/** Takes both places: two operations whose structures calls are held at the proxy. */
async function takeBothPlaces(): Promise<Promise<GraphQLResponse>[]> {
  holding = true;
  const before = calls;
  const running = [stack.query(ACROSS, undefined, facilitator), stack.query(ACROSS, undefined, facilitator)];
  await until('two held calls', () => calls === before + 2);
  return running;
}

function expectAnswered(response: GraphQLResponse): void {
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ data: EXPECTED });
}

function expectOverloaded(response: GraphQLResponse): void {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('1');
  expect(response.body).toEqual({ errors: [{ message: OVERLOADED_MESSAGE, extensions: { code: 'OVERLOADED' } }] });
}

beforeAll(async () => {
  const proxyUrl = await startProxy();
  stack = await startTestStack({
    // Dedup off: the same query of the same viewer twice in flight would otherwise be one call to structures.
    gatewayEnv: { SUBGRAPH_STRUCTURES_URL: proxyUrl, GATEWAY_MAX_OPERATIONS: '2', GATEWAY_MAX_QUEUED: '1', GATEWAY_QUEUE_TIMEOUT_MS: '3000', GATEWAY_SUBGRAPH_DEDUP: 'false' },
  });
  structuresUrl = stack.subgraphUrls.structures!;
});

afterEach(() => release());

afterAll(async () => {
  proxy?.closeAllConnections();
  proxy?.close();
  await stack?.stop();
});

describe('past GATEWAY_MAX_OPERATIONS, a request waits its turn', () => {
  test('the third request is not executed while both places are taken; it is answered in full once one frees', async () => {
    const running = await takeBothPlaces();
    const heldCalls = calls;
    const third = stack.query(ACROSS, undefined, facilitator);
    await until('the third request in the queue', async () => (await operations('queued')) === 1);
    expect(await operations('running')).toBe(2);
    // Waiting, it has reached no subgraph; health and metrics still answer while every place is taken.
    expect(calls).toBe(heldCalls);
    expect((await fetch(stack.gatewayUrl.replace('/graphql', '/health'))).status).toBe(200);
    expect(held).toHaveLength(2);

    release();
    for (const response of await Promise.all([...running, third])) expectAnswered(response);
    expect(calls).toBe(heldCalls + 1);
    expect(await operations('queued')).toBe(0);
    expect(await operations('running')).toBe(0);
  });

  test('a request that waits longer than GATEWAY_QUEUE_TIMEOUT_MS gets 503 and OVERLOADED, and was never executed', async () => {
    const running = await takeBothPlaces();
    const heldCalls = calls;
    const refused = await stack.query(ACROSS, undefined, facilitator);
    expectOverloaded(refused);
    expect(calls).toBe(heldCalls);
    expect(await metrics()).toMatch(/maillage_gateway_admission_refused_total\{[^}]*reason="timeout"[^}]*\} 1/);

    release();
    for (const response of await Promise.all(running)) expectAnswered(response);
    expectAnswered(await stack.query(ACROSS, undefined, facilitator));
  });

  test('past GATEWAY_MAX_QUEUED waiting, one more is refused at once; those already waiting are still served', async () => {
    const running = await takeBothPlaces();
    let thirdSettled = false;
    const third = stack.query(ACROSS, undefined, facilitator).finally(() => {
      thirdSettled = true;
    });
    await until('the third request in the queue', async () => (await operations('queued')) === 1);
    expectOverloaded(await stack.query(ACROSS, undefined, facilitator));
    expect(thirdSettled).toBe(false);
    expect(await metrics()).toMatch(/maillage_gateway_admission_refused_total\{[^}]*reason="queue_full"[^}]*\} 1/);

    release();
    for (const response of await Promise.all([...running, third])) expectAnswered(response);
  });

  test('a client that goes away while waiting leaves the queue: its request is never executed', async () => {
    const running = await takeBothPlaces();
    const heldCalls = calls;
    const token = await stack.issuer.mint(facilitator.viewer);
    const abandon = new AbortController();
    const gone = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ACROSS }),
      signal: abandon.signal,
    }).catch((error: unknown) => error);
    await until('the request in the queue', async () => (await operations('queued')) === 1);
    abandon.abort();
    expect(await gone).toMatchObject({ name: 'AbortError' });
    await until('the queue empty', async () => (await operations('queued')) === 0);

    release();
    for (const response of await Promise.all(running)) expectAnswered(response);
    expect(calls).toBe(heldCalls);
    expect(await operations('running')).toBe(0);
  });
});
