import { INTERNAL_TOKEN_TTL_SECONDS, type IdentitySigner, type Viewer } from '@maillage/access';

export interface CachedSignerOptions {
  /** A token is reused this long after signing, then replaced: well inside its life, so none expires in flight. */
  reuseMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/** Everything an internal identity says about the viewer: two viewers differ here or sign the same claims. */
export function viewerKey(viewer: Viewer): string {
  return JSON.stringify([viewer.role, viewer.subject ?? null, viewer.organisation ?? null, viewer.territories]);
}

/**
 * Signs one internal identity per (viewer, subgraph) and reuses it for half its life, instead of one
 * signature per subgraph call; a new one is signed before the old can expire (the subgraph's request
 * timeout is far below the remaining half). Bounded: the oldest entry goes when full.
 */
export function createCachedSigner(signer: IdentitySigner, options: CachedSignerOptions = {}): IdentitySigner {
  const reuseMs = options.reuseMs ?? (INTERNAL_TOKEN_TTL_SECONDS * 1000) / 2;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { token: Promise<string>; signedAt: number; renewAt: number }>();
  return {
    sign(viewer, audience) {
      const key = `${audience}\n${viewerKey(viewer)}`;
      const cached = tokens.get(key);
      const time = now();
      // Reused only while the clock is between its signing and its renewal. A clock stepped back (NTP, a
      // resumed VM) would otherwise keep sending a token whose `iat` is now in the future, which every
      // subgraph refuses (jose: « "iat" … should be in the past ») until the renewal time came round.
      if (cached && cached.signedAt <= time && time < cached.renewAt) return cached.token;
      tokens.delete(key);
      if (tokens.size >= maxEntries) tokens.delete(tokens.keys().next().value!);
      const token = signer.sign(viewer, audience);
      tokens.set(key, { token, signedAt: time, renewAt: time + reuseMs });
      token.catch(() => tokens.delete(key));
      return token;
    },
  };
}
