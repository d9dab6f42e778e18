import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import type { Logger } from '@maillage/service-runtime';

/** The algorithm of every internal identity (Ed25519). */
const ALGORITHM = 'EdDSA';

/**
 * Where a subgraph finds the gateway's public keys: one key or several (a file or a variable — several during
 * a rotation), or the gateway's JWKS URL, fetched and cached (a partner on another host).
 */
export type IdentityKeySource = JWK | JWK[] | RemoteIdentityKeysOptions;

export interface RemoteIdentityKeysOptions {
  /** The gateway's key set, `https://<gateway>/.well-known/jwks.json`. */
  jwksUrl: string;
  /** The set is fetched again this often in the background (a key withdrawn after a rotation goes then). */
  refreshMs?: number;
  /** A token signed with an unknown key fetches the set at once, but not more often than this. */
  cooldownMs?: number;
}

export const isRemoteKeySource = (source: IdentityKeySource): source is RemoteIdentityKeysOptions =>
  !Array.isArray(source) && typeof (source as RemoteIdentityKeysOptions).jwksUrl === 'string';

/**
 * No key of the gateway is known yet (its JWKS URL has not answered since this process started): no identity
 * can be verified, so every call is refused with this error — never let through unsigned.
 */
export class IdentityKeysUnavailableError extends Error {
  readonly code = 'IDENTITY_KEYS_UNAVAILABLE';
  constructor(readonly jwksUrl: string, reason: string) {
    super(`the gateway's public keys are unavailable (${jwksUrl}: ${reason}); no identity can be verified`);
    this.name = 'IdentityKeysUnavailableError';
  }
}

/** A key's id: its own `kid`, else its RFC 7638 thumbprint (the same on the gateway and in every subgraph). */
export async function identityKeyId(jwk: JWK): Promise<string> {
  return jwk.kid ?? calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x });
}

/** The public half of an Ed25519 key, as published: no `d`, with `kid`, `alg` and `use`. */
export async function publicIdentityKey(jwk: JWK): Promise<JWK> {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid: await identityKeyId(jwk), alg: ALGORITHM, use: 'sig' };
}

/**
 * The gateway's published key set (`/.well-known/jwks.json`): the current signing key's public half first,
 * then the other public keys still valid (the previous key during a rotation, or the next one published ahead).
 */
export async function identityKeySet(signingKey: JWK, otherKeys: JWK[] = []): Promise<JSONWebKeySet> {
  const keys = await Promise.all([signingKey, ...otherKeys].map(publicIdentityKey));
  return { keys: keys.filter((key, index) => keys.findIndex((other) => other.kid === key.kid) === index) };
}

/** A local key set (one key or several): no network. */
export async function localIdentityKeys(source: JWK | JWK[]): Promise<JWTVerifyGetKey> {
  return createLocalJWKSet(await identityKeySet((Array.isArray(source) ? source : [source])[0]!, Array.isArray(source) ? source.slice(1) : []));
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The gateway's key set fetched from its JWKS URL (`jose`'s `createRemoteJWKSet`) and kept: it is fetched at
 * start, again every `refreshMs` in the background, and at once for an unknown key (at most every
 * `cooldownMs`). A fetch that fails keeps the keys already known and is logged; while none is known, every
 * verification throws `IdentityKeysUnavailableError`.
 */
export function remoteIdentityKeys(
  options: RemoteIdentityKeysOptions,
  logger?: Logger,
): { getKey: JWTVerifyGetKey; close(): void } {
  const remote = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: 5000,
    cooldownDuration: options.cooldownMs ?? 10_000,
    // Never stale on the verification path: the background refresh replaces the set, a failure keeps it.
    cacheMaxAge: Number.POSITIVE_INFINITY,
  });
  let lastError = 'not fetched yet';
  const refresh = () =>
    remote.reload().then(
      () => {
        if (lastError) logger?.info({ jwksUrl: options.jwksUrl, kids: remote.jwks()?.keys.map((key) => key.kid) }, "gateway's public keys loaded");
        lastError = '';
      },
      (error: unknown) => {
        lastError = messageOf(error);
        const known = remote.jwks() !== undefined;
        logger?.warn({ jwksUrl: options.jwksUrl, reason: lastError, keptKnownKeys: known },
          known ? "gateway's public keys could not be refreshed; the known keys are kept" : "gateway's public keys are unavailable; calls are refused until they are fetched");
      },
    );
  void refresh();
  const timer = setInterval(() => void refresh(), options.refreshMs ?? 300_000);
  timer.unref();
  return {
    getKey: async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        // A key the set does not hold (withdrawn, forged) is a verification failure like any other…
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        // …but a set that could not be fetched while none is known means nothing can be verified.
        if (remote.jwks() === undefined) throw new IdentityKeysUnavailableError(options.jwksUrl, messageOf(error));
        // The URL is down while keys are known: an unknown key cannot be looked up; refuse this token only.
        throw new errors.JWKSNoMatchingKey();
      }
    },
    close: () => clearInterval(timer),
  };
}
