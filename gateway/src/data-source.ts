import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/** The error a client sees for the part of an answer a subgraph could not give: its public name, no URL. */
export function subgraphUnavailable(service: string, reason: 'timeout' | 'unreachable'): GraphQLError {
  const message =
    reason === 'timeout'
      ? `the ${service} service did not answer in time; the rest of the answer is served`
      : `the ${service} service is unavailable; the rest of the answer is served`;
  return new GraphQLError(message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service, reason } });
}

/**
 * `fetch` with a deadline for one subgraph: a slow or unreachable subgraph becomes a typed error for its part
 * of the answer instead of holding or failing the whole operation.
 */
export function createSubgraphFetcher(service: string, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      throw subgraphUnavailable(service, timedOut ? 'timeout' : 'unreachable');
    }
  };
}

/** A subgraph reached over HTTP, with the request id forwarded so logs line up across processes. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}
