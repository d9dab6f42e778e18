import { createServer, type Server } from 'node:http';
import { createIdentitySigner, generateIdentityKeyPair, identityKeyId } from '@maillage/access';
import { freePort, postGraphQL, startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import type { JWK } from 'jose';
import { eventually } from './partner-subgraph';

/**
 * The gateway publishes its public keys (JWKS); a subgraph verifies the gateway's signed identity with keys it
 * fetches from there (a partner on another host) or is given (our own subgraphs), across a key rotation, and
 * never lets a call through while it knows no key.
 */
let stack: TestStack;
let keyA: { publicJwk: JWK; privateJwk: JWK };
let keyB: { publicJwk: JWK; privateJwk: JWK };
const logLines: { service: string; line: string }[] = [];
const LOOK_UP = '{ commune(code: "69266") { name } }';

let calls = 0;
/** Calls the directory subgraph directly with an identity signed by `key` (a new one each time: none cached). */
async function callDirectory(key: JWK) {
  const token = await (await createIdentitySigner(key)).sign({ ...viewers.facilitator(['69']), subject: `rotation-${(calls += 1)}` }, 'directory');
  return postGraphQL(stack.subgraphUrls.directory!, '{ __typename }', undefined, { authorization: `Bearer ${token}` });
}
const jwksUrl = () => stack.gatewayUrl.replace(/\/graphql$/, '/.well-known/jwks.json');
const publishedKids = async () => ((await (await fetch(jwksUrl())).json()) as { keys: JWK[] }).keys.map((key) => key.kid);
const lookUp = () => stack.query(LOOK_UP);

beforeAll(async () => {
  keyA = await generateIdentityKeyPair();
  keyB = await generateIdentityKeyPair();
  stack = await startTestStack({
    subgraphKeys: 'jwks',
    logLevel: 'info',
    onLine: (service, line) => logLines.push({ service, line }),
    env: { AUTH_GATEWAY_JWKS_REFRESH_MS: '1000', AUTH_GATEWAY_JWKS_COOLDOWN_MS: '100' },
    gatewayEnv: { AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(keyA.privateJwk) },
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('the gateway’s published keys', () => {
  test('the gateway publishes its signing key’s public half as a JWKS, with a kid and no private part', async () => {
    const response = await fetch(jwksUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/jwk-set\+json/);
    const body = (await response.json()) as { keys: JWK[] };
    expect(body).toEqual({ keys: [{ ...keyA.publicJwk, kid: await identityKeyId(keyA.publicJwk), alg: 'EdDSA', use: 'sig' }] });
    expect(JSON.stringify(body)).not.toContain('"d"');
  });

  test('subgraphs that fetch the JWKS verify the gateway’s identities, and refuse one signed by another key', async () => {
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });
    expect((await callDirectory(keyA.privateJwk)).status).toBe(200);
    const forged = await callDirectory(keyB.privateJwk);
    expect(forged.status).toBe(401);
    expect(forged.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('a key rotation, subgraphs on the JWKS URL', () => {
  test('during a rotation the previous key is still accepted; once it is withdrawn it is refused', async () => {
    await stack.restartService('gateway', {
      AUTH_INTERNAL_SIGNING_KEY: JSON.stringify(keyB.privateJwk),
      AUTH_INTERNAL_PREVIOUS_KEYS: JSON.stringify(keyA.publicJwk),
    });
    expect(await publishedKids()).toEqual([await identityKeyId(keyB.publicJwk), await identityKeyId(keyA.publicJwk)]);
    // The subgraph does not know B yet: the unknown kid makes it fetch the set again, at once.
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });
    expect((await callDirectory(keyA.privateJwk)).status).toBe(200);

    await stack.restartService('gateway', { AUTH_INTERNAL_PREVIOUS_KEYS: undefined });
    expect(await publishedKids()).toEqual([await identityKeyId(keyB.publicJwk)]);
    // Withdrawn from the set: refused from the subgraph's next refresh of the set (AUTH_GATEWAY_JWKS_REFRESH_MS).
    const old = await eventually(() => callDirectory(keyA.privateJwk), (response) => response.status === 401);
    expect(old.status).toBe(401);
    expect((await callDirectory(keyB.privateJwk)).status).toBe(200);
    expect((await lookUp()).body.errors).toBeUndefined();
  });
});

describe('the keys URL is down', () => {
  let proxy: Server;
  let down = true;
  let hitsWhileDown = 0;

  beforeAll(async () => {
    const port = await freePort();
    proxy = createServer((_req, res) => {
      if (down) {
        hitsWhileDown += 1;
        return void res.writeHead(503).end('indisponible');
      }
      fetch(jwksUrl()).then(
        async (upstream) => void res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text()),
        () => void res.destroy(),
      );
    });
    await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', () => resolve()));
    await stack.restartService('directory', { AUTH_GATEWAY_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` });
  });

  afterAll(() => {
    proxy?.closeAllConnections();
    proxy?.close();
  });

  test('down at start: every call is refused with a typed error while no key is known, then accepted once fetched', async () => {
    const refused = await callDirectory(keyB.privateJwk);
    expect(refused.status).toBe(503);
    expect(refused.body.errors![0]!.extensions!.code).toBe('IDENTITY_KEYS_UNAVAILABLE');
    expect(refused.body.errors![0]!.message).toMatch(/clés publiques de la passerelle sont indisponibles/);
    // Nothing is let through unverified: no identity at all is still a 401.
    expect((await postGraphQL(stack.subgraphUrls.directory!, '{ __typename }')).status).toBe(401);
    const throughGateway = await lookUp();
    expect(throughGateway.body.data?.commune ?? null).toBeNull();
    expect(throughGateway.body.errors).toBeDefined();
    expect(logLines.some(({ service, line }) => service === 'directory' && line.includes('public keys are unavailable'))).toBe(true);

    down = false;
    const accepted = await eventually(() => callDirectory(keyB.privateJwk), (response) => response.status === 200);
    expect(accepted.status).toBe(200);
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });
  });

  test('down later: the keys already fetched are kept and calls are still accepted', async () => {
    down = true;
    const before = hitsWhileDown;
    // Wait for a background refresh that fails (every AUTH_GATEWAY_JWKS_REFRESH_MS).
    await eventually(async () => hitsWhileDown, (hits) => hits > before);
    expect((await callDirectory(keyB.privateJwk)).status).toBe(200);
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });
    expect(logLines.some(({ service, line }) => service === 'directory' && line.includes('the known keys are kept'))).toBe(true);
  });
});

describe('a key rotation, subgraph given the keys in its environment', () => {
  test('both keys are accepted while both are configured, only the new one after', async () => {
    await stack.restartService('directory', {
      AUTH_GATEWAY_JWKS_URL: undefined,
      AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify([keyB.publicJwk, keyA.publicJwk]),
    });
    expect((await callDirectory(keyA.privateJwk)).status).toBe(200);
    expect((await callDirectory(keyB.privateJwk)).status).toBe(200);
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });

    await stack.restartService('directory', { AUTH_GATEWAY_PUBLIC_KEY: JSON.stringify(keyB.publicJwk) });
    expect((await callDirectory(keyA.privateJwk)).status).toBe(401);
    expect((await callDirectory(keyB.privateJwk)).status).toBe(200);
    expect((await lookUp()).body).toEqual({ data: { commune: { name: 'Villeurbanne' } } });
  });
});
