import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startTestStack, viewers, type GraphQLResponse, type TestStack } from '@maillage/test-kit';
import { composeWithPartner, eventually, startPartnerSubgraph, type PartnerSubgraph } from './partner-subgraph';

/**
 * The gateway serves a new supergraph without a restart — a file it watches, or a URL it polls — and never
 * drops a request meanwhile; a supergraph that does not load is refused and the previous one keeps serving.
 */
const facilitator = { viewer: viewers.facilitator(['69']) };
const ACROSS = '{ commune(code: "69266") { name } contracts(first: 2) { nodes { reference } } }';
const PARTNER_FIELD = '{ partnerNotice }';

let stack: TestStack;
let partner: PartnerSubgraph;
let folder: string;
let supergraphPath: string;
const logLines: string[] = [];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Ready {
  supergraph: { hash: string; loadedAt: string; source: string; lastRefusal?: { reason: string; at: string; hash?: string } };
  subgraphs: Record<string, 'up' | 'down'>;
}
const ready = async () => (await (await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/ready'))).json()) as Ready;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'maillage-supergraph-'));
  supergraphPath = join(folder, 'supergraph.graphql');
  copyFileSync(join(__dirname, '../../schema/supergraph.graphql'), supergraphPath);
  stack = await startTestStack({
    logLevel: 'info',
    onLine: (service, line) => {
      if (service === 'gateway') logLines.push(line);
    },
    gatewayEnv: { GATEWAY_SUPERGRAPH_PATH: supergraphPath, GATEWAY_SUPERGRAPH_DEBOUNCE_MS: '100' },
  });
  partner = await startPartnerSubgraph(stack.gatewayUrl.replace(/\/graphql$/, '/.well-known/jwks.json'));
});

afterAll(async () => {
  await partner?.stop();
  await stack?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `ACROSS` in `lanes` parallel loops until `done()` and returns every answer that was not a full success. */
async function requestsInFlight(done: () => boolean, lanes = 3): Promise<{ count: number; failures: GraphQLResponse['body'][] }> {
  const result = { count: 0, failures: [] as GraphQLResponse['body'][] };
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (!done()) {
        const { status, body } = await stack.query(ACROSS, undefined, facilitator);
        result.count += 1;
        if (status !== 200 || body.errors || body.data?.commune?.name !== 'Villeurbanne') result.failures.push(body);
      }
    }),
  );
  return result;
}

const partnerNotice = () => stack.query(PARTNER_FIELD, undefined, facilitator);

describe('reloading the supergraph file', () => {
  test('a new supergraph that adds a partner subgraph is served within seconds, with no request failing meanwhile', async () => {
    expect((await partnerNotice()).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const before = await ready();
    let served = false;
    const traffic = requestsInFlight(() => served);
    const next = composeWithPartner(partner.url);
    writeFileSync(supergraphPath, next);
    const answer = await eventually(partnerNotice, (response) => response.body.data?.partnerNotice !== undefined);
    served = true;
    const { count, failures } = await traffic;

    expect(answer.body).toEqual({ data: { partnerNotice: 'bonjour du partenaire' } });
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(0);
    // The partner verified the gateway's identity with the keys it fetched from the gateway's JWKS.
    expect(partner.verifiedCalls).toBeGreaterThan(0);
    expect(partner.refusedCalls).toBe(0);
    const after = await ready();
    expect(after.supergraph.hash).toBe(sha256(next));
    expect(after.supergraph.hash).not.toBe(before.supergraph.hash);
    expect(after.supergraph.source).toBe(supergraphPath);
    expect(Date.parse(after.supergraph.loadedAt)).toBeGreaterThan(Date.parse(before.supergraph.loadedAt));
    expect(after.subgraphs).toEqual({ contracts: 'up', structures: 'up', beneficiaries: 'up', directory: 'up', bulletin: 'up' });
  });

  test('a half-written supergraph is refused and logged, the previous one keeps serving, and /ready says why', async () => {
    const served = await ready();
    const whole = composeWithPartner(partner.url);
    const half = whole.slice(0, Math.floor(whole.length / 2));
    writeFileSync(supergraphPath, half);
    const refused = await eventually(ready, (state) => state.supergraph.lastRefusal?.hash === sha256(half));

    expect(refused.supergraph.lastRefusal!.reason).toMatch(/Syntax Error/);
    expect(refused.supergraph.hash).toBe(served.supergraph.hash);
    expect((await partnerNotice()).body).toEqual({ data: { partnerNotice: 'bonjour du partenaire' } });
    expect((await stack.query(ACROSS, undefined, facilitator)).body.errors).toBeUndefined();
    expect(logLines.some((line) => line.includes('supergraph refused') && line.includes('Syntax Error'))).toBe(true);
  });

  test('a file that is GraphQL but not a supergraph is refused with the reason', async () => {
    const served = await ready();
    const notASupergraph = 'type Query { hello: String }\n';
    writeFileSync(supergraphPath, notASupergraph);
    const refused = await eventually(ready, (state) => state.supergraph.lastRefusal?.hash === sha256(notASupergraph));

    expect(refused.supergraph.lastRefusal!.reason).toMatch(/supergraph|join__Graph|@link|core/i);
    expect(refused.supergraph.hash).toBe(served.supergraph.hash);
    expect((await partnerNotice()).body.data?.partnerNotice).toBe('bonjour du partenaire');
  });

  test('a supergraph without the partner removes its field, and the rest keeps answering', async () => {
    let served = false;
    const traffic = requestsInFlight(() => served);
    const without = composeWithPartner();
    writeFileSync(supergraphPath, without);
    const answer = await eventually(partnerNotice, (response) => response.body.errors !== undefined);
    served = true;
    const { failures } = await traffic;

    expect(answer.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(failures).toEqual([]);
    const state = await ready();
    expect(state.supergraph.hash).toBe(sha256(without));
    expect(Object.keys(state.subgraphs).sort()).toEqual(['beneficiaries', 'contracts', 'directory', 'structures']);
    // The gateway closed its kept-alive connections to the subgraph that left.
    expect(await eventually(() => partner.connections(), (open) => open === 0)).toBe(0);
  });
});

describe('polling a supergraph URL', () => {
  let server: Server;
  let published = { status: 200, body: '' };
  const hits: (string | undefined)[] = [];

  beforeAll(async () => {
    published = { status: 200, body: composeWithPartner() };
    const port = await freePort();
    server = createServer((req, res) => {
      const etag = `"${sha256(published.body)}"`;
      hits.push(req.headers['if-none-match']);
      if (published.status === 200 && req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(published.status, { etag, 'content-type': 'text/plain' }).end(published.body);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    await stack.restartService('gateway', { GATEWAY_SUPERGRAPH_URL: `http://127.0.0.1:${port}/supergraph.graphql`, GATEWAY_SUPERGRAPH_POLL_MS: '200' });
  });

  afterAll(() => {
    server?.closeAllConnections();
    server?.close();
  });

  test('the gateway serves each new valid supergraph published at the URL, and keeps the last one when the URL fails', async () => {
    const start = await ready();
    expect(start.supergraph.source).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/supergraph\.graphql$/);
    expect(start.supergraph.hash).toBe(sha256(published.body));

    published = { status: 200, body: composeWithPartner(partner.url) };
    const answer = await eventually(partnerNotice, (response) => response.body.data?.partnerNotice !== undefined);
    expect(answer.body).toEqual({ data: { partnerNotice: 'bonjour du partenaire' } });
    expect((await ready()).supergraph.hash).toBe(sha256(published.body));
    // Unchanged since the last poll: the gateway asked with the ETag and got 304.
    const conditional = await eventually(async () => hits.filter((tag) => tag === `"${sha256(published.body)}"`).length, (n) => n > 0);
    expect(conditional).toBeGreaterThan(0);

    const good = published.body;
    published = { status: 500, body: 'panne' };
    const refused = await eventually(ready, (state) => state.supergraph.lastRefusal?.reason.includes('HTTP 500') === true);
    expect(refused.supergraph.hash).toBe(sha256(good));
    expect((await partnerNotice()).body.data?.partnerNotice).toBe('bonjour du partenaire');
  });
});
