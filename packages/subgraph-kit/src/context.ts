import type { Viewer } from '@maillage/access';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

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

