import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import { ExpiringCache, type Logger } from '@maillage/service-runtime';
import { identityKeyId, IdentityKeysUnavailableError, isRemoteKeySource, localIdentityKeys, remoteIdentityKeys, type IdentityKeySource } from './identity-keys';
import { ROLES, type Role } from './roles';
import type { Viewer } from './viewer';

/**
 * The internal identity: for every subgraph call the gateway signs the verified caller's claims in a
 * short-lived EdDSA JWT whose audience is that subgraph. A subgraph trusts nothing else — not a header, not
 * the user's own token (which never reaches it).
 */
export const INTERNAL_ISSUER = 'maillage-gateway';
export const INTERNAL_ALGORITHM = 'EdDSA';
/** Life of an internal token: enough for one subgraph call, useless if replayed later. */
export const INTERNAL_TOKEN_TTL_SECONDS = 60;

const claimsSchema = z.object({
  role: z.enum(ROLES),
  sub: z.string().min(1).max(200).optional(),
  org: z.string().min(1).max(200).optional(),
  territories: z.array(z.string().min(1).max(10)).max(500).default([]),
});

/** Verifies internal tokens addressed to one subgraph. */
export interface IdentityVerifier {
  /**
   * The caller, or null when the token is missing, forged, expired, signed by a key that is not (or no
   * longer) the gateway's, or meant for another subgraph. Throws `IdentityKeysUnavailableError` while no key
   * of the gateway is known (its JWKS URL has not answered yet).
   */
  verify(authorization: string | undefined): Promise<Viewer | null>;
  /** Stops the background refresh of a remote key set. */
  close(): void;
}

/**
 * `keys`: the gateway's public key, several of them during a rotation, or `{ jwksUrl }` to fetch and cache
 * the set the gateway publishes (see `identity-keys.ts`).
 */
export async function createIdentityVerifier(keys: IdentityKeySource, audience: string, logger?: Logger): Promise<IdentityVerifier> {
  const remote = isRemoteKeySource(keys) ? remoteIdentityKeys(keys, logger) : undefined;
  const key = remote?.getKey ?? (await localIdentityKeys(keys as JWK | JWK[]));
  // The gateway reuses one token per viewer for part of its life: verify it once, trust it until its `exp`.
  const verified = new ExpiringCache<Viewer>(10_000);
  return {
    async verify(authorization) {
      const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
      if (!token) return null;
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: INTERNAL_ISSUER,
          audience,
          algorithms: [INTERNAL_ALGORITHM],
          requiredClaims: ['exp', 'iat'],
          maxTokenAge: INTERNAL_TOKEN_TTL_SECONDS + 5,
          clockTolerance: 5,
        });
        const claims = claimsSchema.parse(payload);
        const viewer: Viewer = { role: claims.role as Role, subject: claims.sub, organisation: claims.org, territories: claims.territories };
        verified.set(token, viewer, Math.min(payload.exp! * 1000, (payload.iat! + INTERNAL_TOKEN_TTL_SECONDS + 5) * 1000));
        return viewer;
      } catch (error) {
        if (error instanceof IdentityKeysUnavailableError) throw error;
        return null;
      }
    },
    close: () => remote?.close(),
  };
}

/** Signs internal tokens (the gateway; the test kit). */
export interface IdentitySigner {
  sign(viewer: Viewer, audience: string): Promise<string>;
}

/** Tokens name their key (`kid`: the JWK's own, else its thumbprint) so a verifier holding several picks it. */
export async function createIdentitySigner(privateJwk: JWK): Promise<IdentitySigner> {
  const key = (await importJWK({ ...privateJwk, alg: INTERNAL_ALGORITHM }, INTERNAL_ALGORITHM)) as CryptoKey;
  const kid = await identityKeyId(privateJwk);
  return {
    sign(viewer, audience) {
      const claims: Record<string, unknown> = { role: viewer.role, territories: [...viewer.territories] };
      if (viewer.organisation) claims.org = viewer.organisation;
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: INTERNAL_ALGORITHM, typ: 'JWT', kid })
        .setIssuer(INTERNAL_ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`);
      if (viewer.subject) jwt.setSubject(viewer.subject);
      return jwt.sign(key);
    },
  };
}

/** A fresh Ed25519 key pair as JWKs (development stack, tests). */
export async function generateIdentityKeyPair(): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(INTERNAL_ALGORITHM, { crv: 'Ed25519', extractable: true });
  return { publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) };
}
