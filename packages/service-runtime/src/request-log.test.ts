import { Writable } from 'node:stream';
import pino from 'pino';
import { withRequestLogger } from './logger';
import { requestLogPlugin } from './request-log';

/** A pino logger writing JSON lines into `lines`, with `child` counted. */
function recordingLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level }, stream);
  const child = jest.spyOn(logger, 'child');
  return { logger, lines, child };
}

/** Runs the plugin's hooks for one operation that took `durationMs`. */
async function serve(plugin: ReturnType<typeof requestLogPlugin>, contextValue: { logger: pino.Logger }, durationMs: number): Promise<void> {
  const now = jest.spyOn(performance, 'now').mockReturnValueOnce(0).mockReturnValueOnce(durationMs);
  const hooks = await plugin.requestDidStart!({ contextValue } as never);
  await hooks!.willSendResponse!({ response: { body: { kind: 'single', singleResult: {} } }, operation: undefined, operationName: 'Dashboard' } as never);
  now.mockRestore();
}

describe("a request's logger", () => {
  test('is made on first use, once, with the request’s bindings', () => {
    const { logger, lines, child } = recordingLogger('info');
    const context = withRequestLogger({ requestId: 'r-1' }, logger, { requestId: 'r-1', role: 'facilitator' });
    expect(child).not.toHaveBeenCalled();
    context.logger.info('first');
    context.logger.info('second');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((line) => [line.msg, line.requestId, line.role])).toEqual([['first', 'r-1', 'facilitator'], ['second', 'r-1', 'facilitator']]);
    expect(context.requestId).toBe('r-1');
  });

  test('is not made for a fast operation when debug is off; a slow one is logged at warn', async () => {
    const { logger, lines, child } = recordingLogger('info');
    const plugin = requestLogPlugin(logger);
    await serve(plugin, withRequestLogger({}, logger, { requestId: 'fast' }), 20);
    expect(child).not.toHaveBeenCalled();
    await serve(plugin, withRequestLogger({}, logger, { requestId: 'slow' }), 1500);
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([expect.objectContaining({ level: 40, requestId: 'slow', msg: 'slow operation', operation: 'Dashboard', durationMs: 1500 })]);
  });

  test('logs every operation at debug when debug is on', async () => {
    const { logger, lines } = recordingLogger('debug');
    await serve(requestLogPlugin(logger), withRequestLogger({}, logger, { requestId: 'fast' }), 20);
    expect(lines).toEqual([expect.objectContaining({ level: 20, requestId: 'fast', msg: 'operation served', durationMs: 20 })]);
  });
});
