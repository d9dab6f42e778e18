import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/** Operations slower than this are logged at `warn`, the others at `debug`. */
const SLOW_OPERATION_MS = 1000;

/**
 * One log line per operation, on the request's child logger (request id, role): its name, type, duration and
 * error codes. Never the variables or the result, which may hold personal data. A fast operation does not touch
 * the request's logger unless the process's logger has `debug` on (it may be made on first use: `withRequestLogger`).
 */
export function requestLogPlugin<Context extends { logger: Logger }>(processLogger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation, operationName }) {
          const durationMs = Math.round(performance.now() - started);
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (result?.errors ?? []).map((error) => error.extensions?.code);
          const entry = { operation: operation?.name?.value ?? operationName ?? null, type: operation?.operation, durationMs, errorCodes: codes };
          if (durationMs >= SLOW_OPERATION_MS) contextValue.logger.warn(entry, 'slow operation');
          else if (processLogger.isLevelEnabled('debug')) contextValue.logger.debug(entry, 'operation served');
        },
      };
    },
  };
}
