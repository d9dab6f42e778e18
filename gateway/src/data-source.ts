import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { PUBLIC_VIEWER, type IdentitySigner } from '@maillage/access';
import type { GatewayContext } from './context';
import { isQueryOperation, SHAREABLE_HEADER, type SubgraphAnswer, type SubgraphSend } from './subgraph-http';

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
 * `send` with a deadline for one subgraph: a slow or unreachable subgraph becomes a typed error for its part
 * of the answer instead of holding or failing the whole operation.
 *
 * A write has a deadline of its own, longer: giving up on a mutation does not undo it (the subgraph commits
 * its transaction whether or not the gateway still listens), so a client told SUBGRAPH_UNAVAILABLE for a
 * write that landed can only retry blindly. A read's missing part is served as partial data; a write has no
 * partial answer worth serving early. The data source marks reads (`SHAREABLE_HEADER`); anything else is a write.
 */
export function createSubgraphSender(
  service: string,
  deadlines: SubgraphDeadlines,
  timing: Histogram<'subgraph' | 'outcome'> | undefined,
  baseSend: SubgraphSend,
): SubgraphSend {
  return async (url, call) => {
    const timeoutMs = call.headers[SHAREABLE_HEADER] === '1' ? deadlines.queryMs : deadlines.mutationMs;
    const stop = timing?.startTimer({ subgraph: service });
    // A deadline cleared as soon as the call is answered: `AbortSignal.timeout` kept one timer per call running
    // for its full length, each firing a TimeoutError nobody listened to any more (2 % of the gateway's CPU).
    // The keep-alive client (subgraph-http.ts) resolves only once the whole body is in: the deadline covers it.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException('the subgraph did not answer in time', 'TimeoutError')), timeoutMs);
    try {
      const answer = await baseSend(url, { ...call, signal: deadline.signal });
      stop?.({ outcome: isOk(answer) ? 'ok' : `http_${answer.status}` });
      return answer;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      stop?.({ outcome: timedOut ? 'timeout' : 'unreachable' });
      throw subgraphUnavailable(service, timedOut ? 'timeout' : 'unreachable');
    } finally {
      clearTimeout(timer);
    }
  };
}

/** What Apollo's data source answered: the subgraph's GraphQL result. */
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

const isOk = (answer: SubgraphAnswer) => answer.status >= 200 && answer.status <= 299;

/** A response header's value, several joined as `fetch`'s `Headers.get` joins them; undefined when absent. */
function headerOf(answer: SubgraphAnswer, name: string): string | undefined {
  let value: string | undefined;
  for (const [key, each] of answer.headers) {
    if (key.length === name.length && key.toLowerCase() === name) value = value === undefined ? each : `${value}, ${each}`;
  }
  return value;
}

/** The body as Apollo's `RemoteGraphQLDataSource.parseBody` reads it: JSON when it says so, text otherwise. */
function bodyOf(answer: SubgraphAnswer): unknown {
  const contentType = headerOf(answer, 'content-type');
  const text = answer.body.toString('utf8');
  const json = contentType?.startsWith('application/json') || contentType?.startsWith('application/graphql-response+json');
  return json ? JSON.parse(text) : text;
}

/** A subgraph's HTTP error, shaped as Apollo's `errorFromResponse` shapes it. */
function httpError(answer: SubgraphAnswer): GraphQLError {
  const code = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : undefined;
  // No URL: the subgraph's address never goes into an error (the `Response` Apollo read here had none either).
  const response = { url: '', status: answer.status, statusText: answer.statusText, body: bodyOf(answer) };
  return new GraphQLError(`${answer.status}: ${answer.statusText}`, { extensions: { response, ...(code ? { code } : {}) } });
}

/** The cache hint of a subgraph's `Cache-Control`, read as Apollo's data source reads it (no header: not cacheable). */
function cacheHintOf(header: string | undefined): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const directives: Record<string, string | true> = {};
  for (const part of header ? header.trim().split(/\s*,\s*/) : []) {
    const [name, value] = part.split(/\s*=\s*/, 2);
    directives[name!] = value === undefined ? true : value.replace(/^"|"$/g, '');
  }
  const maxAge = directives['max-age'];
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = { maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? +maxAge : 0 };
  if (directives.private === true) hint.scope = 'PRIVATE';
  if (directives.public === true) hint.scope = 'PUBLIC';
  return hint;
}

/**
 * A subgraph reached over HTTP. Each call carries an internal identity signed for that subgraph alone
 * (never the user's own token; the signer reuses one per viewer and subgraph for its lifetime) and the
 * request id, so logs line up across processes. Queries are marked shareable for the in-flight merge.
 *
 * Apollo's `RemoteGraphQLDataSource` does the same work through node-fetch `Headers` and a `Request` built for
 * each call (for its error hooks only) and, over our client, a WHATWG `Response` read back as a stream: about
 * a tenth of the gateway's CPU (issue 21). This one sends plain objects and parses the body once, keeping what
 * that class did with the answer (HTTP errors, JSON or text bodies, the subgraph's cache hint).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly url: URL;

  constructor(
    private readonly subgraph: string,
    private readonly signer: IdentitySigner,
    url: string,
    private readonly send: SubgraphSend,
  ) {
    this.url = new URL(url);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    // The gateway's own calls (none in a static setup) have no request context: they act as the public caller.
    const viewer = 'viewer' in context && context.viewer ? context.viewer : PUBLIC_VIEWER;
    headers.authorization = `Bearer ${await this.signer.sign(viewer, this.subgraph)}`;
    if (!request.query) throw new Error('Missing query');
    if (isQueryOperation(request.query)) headers[SHAREABLE_HEADER] = '1';
    if ('requestId' in context && context.requestId) headers['x-request-id'] = context.requestId;
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });

    const answer = await this.send(this.url, { method: 'POST', headers, body });
    if (!isOk(answer)) throw httpError(answer);
    const result = bodyOf(answer);
    if (typeof result !== 'object' || result === null) throw new Error(`Expected JSON response body, but received: ${String(result)}`);
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict(cacheHintOf(headerOf(answer, 'cache-control')));
    }
    return result as GatewayGraphQLResponse;
  }
}
