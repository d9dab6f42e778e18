import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { IdentitySigner } from '@maillage/access';
import { viewers } from '@maillage/test-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../src/context';
import { SubgraphDataSource } from '../src/data-source';
import { SHAREABLE_HEADER, type SubgraphAnswer, type SubgraphCall } from '../src/subgraph-http';

/** A data source over a stand-in `send` that records each call and answers what the test says. */
function dataSourceAnswering(answer: Partial<SubgraphAnswer>) {
  const calls: { url: string; call: SubgraphCall }[] = [];
  const signer: IdentitySigner = { sign: async (viewer, audience) => `${audience}/${viewer.role}` };
  const source = new SubgraphDataSource('contracts', signer, 'http://contracts.internal:4001/graphql', async (url, call) => {
    calls.push({ url: url.href, call: { ...call, headers: { ...call.headers } } });
    return { status: 200, statusText: 'OK', headers: [['Content-Type', 'application/json']], body: Buffer.from('{"data":{}}'), ...answer };
  });
  return { source, calls };
}

const restricted: unknown[] = [];
const options = (query: string, context: Partial<GatewayContext> = {}) =>
  ({
    kind: 'incoming operation',
    request: { query, variables: { id: '1' }, operationName: 'Op' },
    context,
    incomingRequestContext: { overallCachePolicy: { restrict: (hint: unknown) => restricted.push(hint) } },
  }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

beforeEach(() => {
  restricted.length = 0;
});

describe('a subgraph call', () => {
  test('carries the identity signed for that subgraph, the request id, and the operation as JSON', async () => {
    const { source, calls } = dataSourceAnswering({ body: Buffer.from('{"data":{"contract":{"id":"1"}}}') });
    const result = await source.process(options('query Op($id: ID!) { contract(id: $id) { id } }', { viewer: viewers.facilitator(['69']), requestId: 'req-1' }));
    expect(result).toEqual({ data: { contract: { id: '1' } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://contracts.internal:4001/graphql');
    expect(calls[0]!.call.method).toBe('POST');
    expect(calls[0]!.call.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer contracts/facilitator',
      [SHAREABLE_HEADER]: '1',
      'x-request-id': 'req-1',
    });
    expect(JSON.parse(calls[0]!.call.body!)).toEqual({ query: 'query Op($id: ID!) { contract(id: $id) { id } }', variables: { id: '1' }, operationName: 'Op' });
  });

  test('of a mutation is not marked shareable; without a viewer it acts as the public caller', async () => {
    const { source, calls } = dataSourceAnswering({});
    await source.process(options('mutation Op { declareHours }'));
    expect(calls[0]!.call.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer contracts/public' });
  });

  test('answered with an HTTP error becomes a GraphQL error with the status, and no URL', async () => {
    const { source } = dataSourceAnswering({ status: 401, statusText: 'Unauthorized', body: Buffer.from('{"errors":[{"message":"no"}]}') });
    const error = (await source.process(options('query Op { a }')).catch((e: unknown) => e)) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('401: Unauthorized');
    expect(error.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      response: { url: '', status: 401, statusText: 'Unauthorized', body: { errors: [{ message: 'no' }] } },
    });
    const { source: failing } = dataSourceAnswering({ status: 502, statusText: 'Bad Gateway', headers: [], body: Buffer.from('upstream down') });
    const bad = (await failing.process(options('query Op { a }')).catch((e: unknown) => e)) as GraphQLError;
    expect(bad.message).toBe('502: Bad Gateway');
    expect(bad.extensions).toEqual({ response: { url: '', status: 502, statusText: 'Bad Gateway', body: 'upstream down' } });
  });

  test('answered with something other than a JSON object is an error', async () => {
    const { source } = dataSourceAnswering({ headers: [['content-type', 'text/plain']], body: Buffer.from('hello') });
    await expect(source.process(options('query Op { a }'))).rejects.toThrow('Expected JSON response body, but received: hello');
  });

  test('passes the subgraph’s cache hint on to the operation’s policy (none: not cacheable)', async () => {
    await dataSourceAnswering({}).source.process(options('query Op { a }'));
    await dataSourceAnswering({ headers: [['content-type', 'application/json'], ['Cache-Control', 'max-age=60, public']] }).source.process(options('query Op { a }'));
    await dataSourceAnswering({ headers: [['content-type', 'application/json'], ['cache-control', 'private, max-age="x"']] }).source.process(options('query Op { a }'));
    expect(restricted).toEqual([{ maxAge: 0 }, { maxAge: 60, scope: 'PUBLIC' }, { maxAge: 0, scope: 'PRIVATE' }]);
  });
});
