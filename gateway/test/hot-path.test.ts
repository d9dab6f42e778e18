import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdentitySigner, createIdentityVerifier, ExpiringCache, generateIdentityKeyPair, type Viewer } from '@maillage/subgraph-kit';
import { viewers } from '@maillage/test-kit';
import { generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose';
import { createCachedSigner } from '../src/identity-cache';
import { createSubgraphHttp, isQueryOperation, SHAREABLE_HEADER, type SubgraphSend } from '../src/subgraph-http';
import { createUserTokenVerifier } from '../src/user-token';

/** A subgraph stand-in that answers after a pause with who asked and what, and counts the calls it received. */
let server: Server;
let url: string;
const calls: { authorization?: string; body: string; headers: IncomingMessage['headers'] }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      calls.push({ authorization: req.headers.authorization, body, headers: req.headers });
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { caller: req.headers.authorization, body } })), 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
});

/** A call as the gateway's data source makes it (`send`), its body parsed as the data source parses it. */
const post = (send: SubgraphSend, authorization: string, body: string, shareable = true) =>
  send(new URL(url), { method: 'POST', headers: { authorization, 'content-type': 'application/json', ...(shareable ? { [SHAREABLE_HEADER]: '1' } : {}) }, body })
    .then((answer) => JSON.parse(answer.body.toString('utf8')) as { data: { caller: string; body: string } });

describe('identical subgraph calls in flight', () => {
  test('of one identity are sent once, and each caller gets its own copy of the answer', async () => {
    const http = createSubgraphHttp({ connections: 4, dedup: true });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(http.send, 'Bearer viewer-a', '{"query":"query{a}"}')));
    http.close();
    expect(calls).toHaveLength(1);
    expect(new Set(answers).size).toBe(8);
    for (const answer of answers) expect(answer.data.caller).toBe('Bearer viewer-a');
    expect(calls[0]!.headers[SHAREABLE_HEADER]).toBeUndefined();
  });

  test('of two viewers are never merged: each gets the answer given to its own identity', async () => {
    const http = createSubgraphHttp({ connections: 4, dedup: true });
    const [a, b] = await Promise.all([post(http.send, 'Bearer viewer-a', '{"query":"query{a}"}'), post(http.send, 'Bearer viewer-b', '{"query":"query{a}"}')]);
    http.close();
    expect(calls).toHaveLength(2);
    expect(a.data.caller).toBe('Bearer viewer-a');
    expect(b.data.caller).toBe('Bearer viewer-b');
  });

  test('that are mutations (not marked shareable) are all sent', async () => {
    const http = createSubgraphHttp({ connections: 4, dedup: true });
    await Promise.all(Array.from({ length: 3 }, () => post(http.send, 'Bearer viewer-a', '{"query":"mutation{m}"}', false)));
    http.close();
    expect(calls).toHaveLength(3);
    expect(isQueryOperation('mutation Declare__beneficiaries__0 { declareHours }')).toBe(false);
    expect(isQueryOperation('query Dashboard__contracts__0 { contracts { totalCount } }')).toBe(true);
    expect(isQueryOperation('{ contracts { totalCount } }')).toBe(true);
  });

  test('are all sent when deduplication is off', async () => {
    const http = createSubgraphHttp({ connections: 4, dedup: false });
    await Promise.all(Array.from({ length: 3 }, () => post(http.send, 'Bearer viewer-a', '{"query":"query{a}"}')));
    http.close();
    expect(calls).toHaveLength(3);
  });
});

describe('kept-alive connections to a subgraph', () => {
  test('one left idle longer than the subgraph announces (less a second) is closed by the gateway: a write after that goes on a fresh connection', async () => {
    // A subgraph that closes idle connections after 2 s and says so (`Keep-Alive: timeout=2`).
    const subgraph = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'));
    });
    subgraph.keepAliveTimeout = 2_000;
    let connections = 0;
    subgraph.on('connection', () => connections++);
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const http = createSubgraphHttp({ connections: 4, dedup: true });
    const write = () => http.send(new URL(target), { method: 'POST', headers: { authorization: 'Bearer viewer-a', 'content-type': 'application/json' }, body: '{"query":"mutation{m}"}' });
    try {
      expect((await write()).status).toBe(200);
      expect((await write()).status).toBe(200);
      expect(connections).toBe(1);
      // Past the announced timeout less a second, still before the subgraph's own: the gateway has let it go.
      await new Promise((resolve) => setTimeout(resolve, 1_400));
      expect((await write()).status).toBe(200);
      expect(connections).toBe(2);
    } finally {
      http.close();
      subgraph.closeAllConnections();
      await new Promise((resolve) => subgraph.close(resolve));
    }
  });
});

describe('the internal identity', () => {
  test('is signed once per viewer and subgraph while it is young, and again after', async () => {
    let now = 1_000_000;
    let signatures = 0;
    const keys = await generateIdentityKeyPair();
    const real = await createIdentitySigner(keys.privateJwk);
    const signer = createCachedSigner({ sign: (viewer, audience) => (signatures++, real.sign(viewer, audience)) }, { reuseMs: 30_000, now: () => now });
    const facilitator = viewers.facilitator(['69']);
    const first = await signer.sign(facilitator, 'contracts');
    expect(await signer.sign({ ...facilitator, territories: ['69'] }, 'contracts')).toBe(first);
    expect(signatures).toBe(1);
    expect(await signer.sign(facilitator, 'directory')).not.toBe(first);
    expect(await signer.sign(viewers.facilitator(['38']), 'contracts')).not.toBe(first);
    expect(signatures).toBe(3);
    now += 30_001;
    await signer.sign(facilitator, 'contracts');
    expect(signatures).toBe(4);
    // The clock stepped back: the token just signed would carry an `iat` in the future; a new one is signed
    // (counted: with the real clock unchanged here, the new token may be byte for byte the old one).
    now -= 60_000;
    await signer.sign(facilitator, 'contracts');
    expect(signatures).toBe(5);
    expect(await signer.sign(facilitator, 'contracts')).toBe(await signer.sign(facilitator, 'contracts'));
    expect(signatures).toBe(5);
    const verifier = await createIdentityVerifier(keys.publicJwk, 'contracts');
    expect(await verifier.verify(`Bearer ${first}`)).toMatchObject({ role: 'facilitator', territories: ['69'] });
    expect(await verifier.verify(`Bearer ${first}`)).toMatchObject({ role: 'facilitator', territories: ['69'] });
    expect(await createIdentityVerifier(keys.publicJwk, 'directory').then((v) => v.verify(`Bearer ${first}`))).toBeNull();
  });
});

describe('users’ tokens', () => {
  test('are verified once per token, and a different token is verified on its own', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    let lookups = 0;
    const keys: JWTVerifyGetKey = async () => (lookups++, publicKey);
    const users = createUserTokenVerifier({ jwksUrl: 'http://127.0.0.1:9/jwks', issuer: 'issuer', audience: 'maillage', algorithms: ['EdDSA'] }, keys);
    const mint = (sub: string, territories: string[]) => new SignJWT({ role: 'facilitator', territories }).setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('issuer').setAudience('maillage').setSubject(sub).setIssuedAt().setExpirationTime('5m').sign(privateKey);
    const a = await mint('a', ['69']);
    const b = await mint('b', ['38']);
    const first: Viewer = await users.viewerFor(`Bearer ${a}`);
    expect(await users.viewerFor(`Bearer ${a}`)).toEqual(first);
    expect(lookups).toBe(1);
    expect(await users.viewerFor(`Bearer ${b}`)).toMatchObject({ subject: 'b', territories: ['38'] });
    expect(lookups).toBe(2);
    await expect(users.viewerFor(`Bearer ${a.slice(0, -2)}xx`)).rejects.toThrow('the token is invalid or expired');
  });

  test('are remembered until their expiry and not a moment longer', () => {
    let now = 0;
    const cache = new ExpiringCache<string>(2, () => now);
    cache.set('t1', 'viewer 1', 1000);
    cache.set('gone', 'expired already', 0);
    expect(cache.get('t1')).toBe('viewer 1');
    expect(cache.get('gone')).toBeUndefined();
    now = 1000;
    expect(cache.get('t1')).toBeUndefined();
    cache.set('t2', 'viewer 2', 5000);
    cache.set('t3', 'viewer 3', 5000);
    cache.set('t4', 'viewer 4', 5000);
    expect(cache.size).toBe(2);
    expect(cache.get('t2')).toBeUndefined();
    expect(cache.get('t4')).toBe('viewer 4');
  });
});
