import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** What `/config.json` gives (the portal's server reads it from its environment). */
export interface PortalClientConfig {
  oidc: { authority: string; clientId: string; scope: string; resource?: string };
}

export type Role = 'facilitator' | 'buyer' | 'company' | 'structure' | 'partner' | 'admin';
export const ROLES: readonly Role[] = ['facilitator', 'buyer', 'company', 'structure', 'partner', 'admin'];

export interface Session {
  accessToken: string;
  name: string;
  role: Role;
  organisation?: string;
  territories: string[];
  expiresAt: number;
}

interface Claims {
  name?: unknown;
  role?: unknown;
  org?: unknown;
  territories?: unknown;
}

/** The claims of a JWT, without verifying it (the gateway verifies; the portal only adapts its menus). */
export function jwtClaims(token: string): Claims {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Claims;
  } catch {
    return {};
  }
}

/** The session for an OIDC user: role and scope from the ID token's claims, else from the access token's. */
export function sessionOf(user: User): Session | undefined {
  const fromToken = jwtClaims(user.access_token);
  const profile = user.profile as Claims;
  const role = (profile.role ?? fromToken.role) as Role;
  if (!ROLES.includes(role)) return undefined;
  const territories = (profile.territories ?? fromToken.territories) as unknown;
  const org = profile.org ?? fromToken.org;
  return {
    accessToken: user.access_token,
    name: typeof profile.name === 'string' ? profile.name : String(user.profile.sub),
    role,
    organisation: typeof org === 'string' ? org : undefined,
    territories: Array.isArray(territories) ? territories.map(String) : [],
    expiresAt: (user.expires_at ?? 0) * 1000,
  };
}

/**
 * OpenID Connect, authorization code + PKCE, with oidc-client-ts. Tokens live in memory only (never in
 * localStorage or sessionStorage): a reload renews them silently from the provider's session (a hidden
 * iframe, `prompt=none`), or asks to sign in again. Only the short-lived sign-in state (PKCE verifier, the
 * page to return to) crosses the redirect, in sessionStorage, and is removed at the callback.
 */
export function createUserManager(config: PortalClientConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    scope: config.oidc.scope,
    redirect_uri: `${origin}/connexion/retour`,
    silent_redirect_uri: `${origin}/connexion/silencieuse`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
    silentRequestTimeoutInSeconds: 5,
    ...(config.oidc.resource ? { extraQueryParams: { resource: config.oidc.resource } } : {}),
  });
}

/** The page to come back to after signing in (path + query of the current page). */
export function currentPage(): string {
  return window.location.pathname + window.location.search;
}

/** A same-origin path only: never redirect elsewhere after sign-in. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
