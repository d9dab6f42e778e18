import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { viewers } from '@maillage/test-kit';
import pino from 'pino';
import { RequestContext, type GatewayContext } from '../src/context';

/** A pino logger writing JSON lines into `lines`, with `child` counted. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  return { logger, lines, child: jest.spyOn(logger, 'child') };
}

describe("a request's logger, through Apollo Server (which copies the context of each request)", () => {
  test('is made only when something logs, once, with the request id and role', async () => {
    const { logger, lines, child } = recordingLogger();
    const server = new ApolloServer<GatewayContext>({
      typeDefs: 'type Query { quiet: Int, loud: Int }',
      resolvers: {
        Query: {
          quiet: () => 1,
          loud: (_parent: unknown, _args: unknown, context: GatewayContext) => {
            context.logger.info('first');
            context.logger.info('second');
            return 2;
          },
        },
      },
    });
    await server.start();
    const facilitator = viewers.facilitator(['69']);
    await server.executeOperation({ query: '{ quiet }' }, { contextValue: new RequestContext('r-1', facilitator, logger) });
    expect(child).not.toHaveBeenCalled();
    const context = new RequestContext('r-2', facilitator, logger);
    await server.executeOperation({ query: '{ loud }' }, { contextValue: context });
    context.logger.info('after');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((line) => [line.msg, line.requestId, line.role])).toEqual([
      ['first', 'r-2', 'facilitator'],
      ['second', 'r-2', 'facilitator'],
      ['after', 'r-2', 'facilitator'],
    ]);
    expect(context.requestId).toBe('r-2');
    expect(context.viewer).toBe(facilitator);
    await server.stop();
  });
});
