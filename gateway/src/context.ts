import type { Viewer } from '@maillage/access';
import type { Logger } from '@maillage/service-runtime';

/** What the gateway knows about one request. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  /** The verified caller; the public caller when no token was given. */
  viewer: Viewer;
}
