import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { dirname } from 'node:path';
import type { Viewer } from '@maillage/subgraph-kit';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/**
 * A local identity provider for development: an EdDSA key kept in a file (so tokens survive a restart),
 * its JWKS served on loopback exactly as a production provider serves one, and tokens minted per role.
 * The gateway verifies these tokens with the same code path as in production (a JWKS URL).
 */
export const DEV_AUDIENCE = 'maillage';
/** The portal's client id at the development OpenID Connect provider. */
export const DEV_PORTAL_CLIENT_ID = 'maillage-portal';

interface IssuerKeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface DevIssuer {
  issuer: string;
  jwksUrl: string;
  audience: string;
  mint(viewer: Viewer, ttl?: string): Promise<string>;
  stop(): Promise<void>;
}

async function loadOrCreateKey(keyFile: string): Promise<IssuerKeyFile> {
  if (existsSync(keyFile)) return JSON.parse(await readFile(keyFile, 'utf8')) as IssuerKeyFile;
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const keys = { publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }, privateJwk: { ...(await exportJWK(privateKey)), kid } };
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

/** A token minter over the key file, without serving anything (the `npm run token` command). */
export async function createTokenMinter(keyFile: string, issuer: string) {
  const keys = await loadOrCreateKey(keyFile);
  const privateKey = await importJWK(keys.privateJwk, 'EdDSA');
  return {
    keys,
    mint(viewer: Viewer, ttl = '12h'): Promise<string> {
      const claims: Record<string, unknown> = { role: viewer.role, territories: [...viewer.territories] };
      if (viewer.organisation) claims.org = viewer.organisation;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: keys.publicJwk.kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(DEV_AUDIENCE)
        .setSubject(viewer.subject ?? `dev-${viewer.role}`)
        .setIssuedAt()
        .setExpirationTime(ttl)
        .sign(privateKey);
    },
  };
}

/** The issuer URL for a port; `npm run token` and the running stack must agree on it. */
export function devIssuerUrl(port: number): string {
  return `http://localhost:${port}`;
}

/**
 * Starts the development issuer: `GET /.well-known/jwks.json` on `host`:`port` (127.0.0.1 unless a test puts
 * the gateway on another host).
 */
export async function startDevIssuer(keyFile: string, port: number, host = '127.0.0.1'): Promise<DevIssuer> {
  const issuer = devIssuerUrl(port);
  const minter = await createTokenMinter(keyFile, issuer);
  const body = JSON.stringify({ keys: [minter.keys.publicJwk] });
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=300' }).end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} (development token issuer) is already in use: set AUTH_DEV_ISSUER_PORT` : error.message)),
    );
    server.listen(port, host, () => resolve());
  });
  return {
    issuer,
    jwksUrl: `http://${host}:${port}/.well-known/jwks.json`,
    audience: DEV_AUDIENCE,
    mint: minter.mint,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The identities `npm start` prints a token for: one per role, on the demo territory. */
export const DEMO_VIEWERS: Viewer[] = [
  { role: 'facilitator', subject: 'demo-facilitator-lyon', organisation: 'demo-plie-lyon', territories: ['69'] },
  { role: 'buyer', subject: 'demo-buyer-villeurbanne', organisation: '0b6f7c1e-0000-4000-8000-000000000001', territories: [] },
  { role: 'company', subject: 'demo-company-batir-rhone', organisation: '39812340600017', territories: [] },
  { role: 'structure', subject: 'demo-structure-recyclerie', organisation: '7a3b9c4d-0000-4000-8000-000000000003', territories: [] },
  { role: 'partner', subject: 'demo-partner-france-travail', organisation: 'france-travail-demo', territories: ['69'] },
  { role: 'admin', subject: 'demo-admin', territories: [] },
];
