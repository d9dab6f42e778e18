import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** Roles of DESIGN.md §4; `public` is the caller with no token. */
export type Role = 'public' | 'facilitator' | 'buyer' | 'company' | 'structure' | 'partner' | 'admin';

/** Who is calling, as vouched for by the gateway. */
export interface Viewer {
  role: Role;
  /** Stable subject identifier (never a name or an e-mail). */
  subject?: string;
  /** Organisation the caller acts for (SIRET or directory id). */
  organisation?: string;
  /** Territory codes (INSEE department or commune codes) the caller works on. */
  territories: readonly string[];
}

/** The anonymous caller. */
export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'public', territories: [] });

/** Everything a resolver may use for one GraphQL request. */
export interface RequestContext<Loaders = unknown> {
  /** A fork of the ORM's EntityManager: one identity map per request, never shared. */
  em: EntityManager;
  /** Per-request DataLoaders: batch and cache look-ups within this request only. */
  loaders: Loaders;
  viewer: Viewer;
  requestId: string;
  /** Child logger carrying the request id and the caller's role (never personal data). */
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps the request id the gateway forwarded when it is well-formed; otherwise mints one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}
