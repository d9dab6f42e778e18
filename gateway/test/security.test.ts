import { createIdentitySigner, generateIdentityKeyPair } from '@maillage/subgraph-kit';
import { postGraphQL, startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import { generateKeyPair, SignJWT } from 'jose';

/**
 * Authentication at the gateway (users' tokens), the internal identity at the subgraphs, and the limits an
 * operation must respect before anything executes.
 */
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const PERSONAL = '{ beneficiary(id: "b1e2f3a4-0000-4000-8000-000000000001") { lastName } }';

async function signWith(options: { issuer?: string; audience?: string; expiresIn?: string; alg?: string }) {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  return new SignJWT({ role: 'admin', territories: [] })
    .setProtectedHeader({ alg: options.alg ?? 'EdDSA' })
    .setIssuer(options.issuer ?? stack.issuer.issuer)
    .setAudience(options.audience ?? stack.issuer.audience)
    .setSubject('intruder')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(privateKey);
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('users’ tokens at the gateway', () => {
  test('a valid admin token reaches personal data that the public caller cannot', async () => {
    const anonymous = await stack.query(PERSONAL);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const admin = await stack.query(PERSONAL, undefined, { viewer: viewers.admin });
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data!.beneficiary).toEqual({ lastName: 'Martin' });
  });

  test.each<[string, () => Promise<string>]>([
    ['signed by a key the issuer does not publish (forged)', () => signWith({})],
    ['expired', async () => stack.issuer.mint(viewers.admin, '-1m')],
    ['for another audience', async () => {
      const real = await stack.issuer.mint(viewers.admin);
      const [header, payload, signature] = real.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      return [header, encode({ ...claims, aud: 'another-api' }), signature].join('.');
    }],
    ['from another issuer', () => signWith({ issuer: 'https://evil.example' })],
    ['unsigned (alg: none)', async () => {
      const now = Math.floor(Date.now() / 1000);
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: stack.issuer.issuer, aud: 'maillage', sub: 'x', role: 'admin', iat: now, exp: now + 300 })}.`;
    }],
    ['HMAC-signed with the public key as secret (algorithm confusion)', async () => {
      const jwks = (await (await fetch(stack.issuer.jwksUrl)).json()) as { keys: { x: string }[] };
      const secret = new TextEncoder().encode(jwks.keys[0]!.x);
      return new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(stack.issuer.issuer)
        .setAudience('maillage').setSubject('x').setIssuedAt().setExpirationTime('5m').sign(secret);
    }],
    ['not a JWT at all', async () => 'garbage'],
  ])('a token %s is refused with 401 UNAUTHENTICATED', async (_case, makeToken) => {
    const { status, body } = await stack.query(PERSONAL, undefined, { token: await makeToken() });
    expect(status).toBe(401);
    expect(body.errors).toEqual([{ message: 'the token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(body.data).toBeUndefined();
  });

  test('a token whose role is not one of Maillage’s is refused', async () => {
    const token = await stack.issuer.mint({ role: 'superuser' as never, territories: [] });
    expect((await stack.query(PERSONAL, undefined, { token })).status).toBe(401);
  });
});

describe('subgraphs behind the gateway', () => {
  test('a direct call without the gateway’s signature is refused', async () => {
    const { status, body } = await postGraphQL(stack.subgraphUrls.beneficiaries!, PERSONAL);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  test('a user’s own token sent straight to a subgraph is refused', async () => {
    const token = await stack.issuer.mint(viewers.admin);
    const { status } = await postGraphQL(stack.subgraphUrls.beneficiaries!, PERSONAL, undefined, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
  });

  test('an internal identity signed by another key is refused', async () => {
    const forger = await createIdentitySigner((await generateIdentityKeyPair()).privateJwk);
    const token = await forger.sign(viewers.admin, 'beneficiaries');
    const { status } = await postGraphQL(stack.subgraphUrls.beneficiaries!, PERSONAL, undefined, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
  });
});

describe('operation limits at the gateway', () => {
  test.each([
    ['too many aliases', `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: commune(code: "69123") { name }`).join(' ')} }`],
    ['too many tokens', `{ commune(code: "69123") { ${'name '.repeat(2100)} } }`],
    ['too many directives', `{ commune(code: "69123") { name ${'@include(if: true) '.repeat(25)} } }`],
  ])('an operation with %s is refused before anything executes', async (_case, query) => {
    const { status, body } = await stack.query(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined(); // no execution: no subgraph was called
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT']).toContain(body.errors![0]!.extensions!.code);
  });

  test('HTTP batching is off', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  test('a body over the size limit is refused with a typed error', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  test('a GET that could be a cross-site request is refused (CSRF prevention)', async () => {
    const response = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });
});
