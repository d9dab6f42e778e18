import type { Logger } from '@maillage/subgraph-kit';

/** What the gateway knows about one request. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
}
