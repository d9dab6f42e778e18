import { SIGNED_IN_ROLES, type SignedInRole, type Viewer } from '@maillage/access';
import { ExpiringCache, UnauthenticatedError } from '@maillage/service-runtime';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

/** Claims Maillage reads from a user's token, beyond the registered ones. */
const userClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(SIGNED_IN_ROLES as [SignedInRole, ...SignedInRole[]]),
  org: z.string().min(1).max(200).optional(),
  territories: z.array(z.string().min(1).max(10)).max(500).default([]),
});

export interface UserTokenOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Asymmetric algorithms only: `none` and HMAC are never accepted. */
  algorithms: string[];
  /** Verified tokens remembered until their `exp` (default 10,000). */
  cacheEntries?: number;
}

/** Verifies users' bearer tokens against the identity provider's JWKS. */
export interface UserTokenVerifier {
  /** The caller: public without a token; throws UNAUTHENTICATED for a token that does not verify. */
  viewerFor(authorization: string | undefined): Promise<Viewer>;
}

export function createUserTokenVerifier(options: UserTokenOptions, keys?: JWTVerifyGetKey): UserTokenVerifier {
  // Keys are fetched on first use and cached; an unknown `kid` triggers a (rate-limited) refetch.
  const jwks = keys ?? createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  // A token is verified once per lifetime: its signature and claims cannot change before its `exp`. (A key
  // withdrawn from the JWKS meanwhile does not revoke tokens already seen: no more than before, since a JWT
  // stays valid until `exp` wherever it was verified.)
  const verified = new ExpiringCache<Viewer>(options.cacheEntries ?? 10_000);
  return {
    async viewerFor(authorization) {
      if (authorization === undefined || authorization === '') return { role: 'public', territories: [] };
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <token>"');
      const known = verified.get(match[1]!);
      if (known) return known;
      try {
        const { payload } = await jwtVerify(match[1]!, jwks, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: options.algorithms,
          requiredClaims: ['exp', 'sub'],
          clockTolerance: 30,
        });
        const claims = userClaimsSchema.parse(payload);
        const viewer: Viewer = { role: claims.role, subject: claims.sub, organisation: claims.org, territories: claims.territories };
        verified.set(match[1]!, viewer, payload.exp! * 1000);
        return viewer;
      } catch {
        // One message whatever the reason: which check failed is of use to an attacker, not to a user.
        throw new UnauthenticatedError('the token is invalid or expired');
      }
    },
  };
}
