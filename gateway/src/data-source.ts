import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { PUBLIC_VIEWER, type IdentitySigner } from '@maillage/access';
import type { GatewayContext } from './context';
import { headersOf, isQueryOperation, SHAREABLE_HEADER } from './subgraph-http';

/** The error a client sees for the part of an answer a subgraph could not give: its public name, no URL. */
export function subgraphUnavailable(service: string, reason: 'timeout' | 'unreachable'): GraphQLError {
  const message =
    reason === 'timeout'
      ? `the ${service} service did not answer in time; the rest of the answer is served`
      : `the ${service} service is unavailable; the rest of the answer is served`;
  return new GraphQLError(message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service, reason } });
}

/** How long the gateway waits for a subgraph: a read, and a write. */
export interface SubgraphDeadlines {
  queryMs: number;
  mutationMs: number;
}

/**
 * `fetch` with a deadline for one subgraph: a slow or unreachable subgraph becomes a typed error for its part
 * of the answer instead of holding or failing the whole operation.
 *
 * A write has a deadline of its own, longer: giving up on a mutation does not undo it (the subgraph commits
 * its transaction whether or not the gateway still listens), so a client told SUBGRAPH_UNAVAILABLE for a
 * write that landed can only retry blindly. A read's missing part is served as partial data; a write has no
 * partial answer worth serving early. The data source marks reads (`SHAREABLE_HEADER`); anything else is a write.
 */
export function createSubgraphFetcher(
  service: string,
  deadlines: SubgraphDeadlines,
  timing?: Histogram<'subgraph' | 'outcome'>,
  baseFetch: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const timeoutMs = headersOf(init?.headers)[SHAREABLE_HEADER] === '1' ? deadlines.queryMs : deadlines.mutationMs;
    const stop = timing?.startTimer({ subgraph: service });
    // A deadline cleared as soon as the call is answered: `AbortSignal.timeout` kept one timer per call running
    // for its full length, each firing a TimeoutError nobody listened to any more (2 % of the gateway's CPU).
    // The keep-alive fetch (subgraph-http.ts) resolves only once the whole body is in: the deadline covers it.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('the subgraph did not answer in time', 'TimeoutError')), timeoutMs);
    try {
      const response = await baseFetch(input, { ...init, signal: deadline.signal });
      stop?.({ outcome: response.ok ? 'ok' : `http_${response.status}` });
      return response;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      stop?.({ outcome: timedOut ? 'timeout' : 'unreachable' });
      throw subgraphUnavailable(service, timedOut ? 'timeout' : 'unreachable');
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * A subgraph reached over HTTP. Each call carries an internal identity signed for that subgraph alone
 * (never the user's own token; the signer reuses one per viewer and subgraph for its lifetime) and the
 * request id, so logs line up across processes. Queries are marked shareable for the in-flight merge.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly signer: IdentitySigner,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http!.headers;
    // The gateway's own calls (none in a static setup) have no request context: they act as the public caller.
    const viewer = 'viewer' in context && context.viewer ? context.viewer : PUBLIC_VIEWER;
    headers.set('authorization', `Bearer ${await this.signer.sign(viewer, this.subgraph)}`);
    if (request.query && isQueryOperation(request.query)) headers.set(SHAREABLE_HEADER, '1');
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
  }
}
