import type { Logger, Viewer } from '@maillage/subgraph-kit';

/** What the gateway knows about one request. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  /** The verified caller; the public caller when no token was given. */
  viewer: Viewer;
}
