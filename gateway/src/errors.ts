import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_FACING_CODES, CLIENT_FACING_EXTENSIONS, type Logger } from '@maillage/service-runtime';

/**
 * The gateway's `formatError`: keeps typed client errors (message, code, field — the runtime's client-facing
 * codes, the same as the subgraphs') and `SUBGRAPH_UNAVAILABLE`
 * (naming the subgraph, never its URL), and hides anything else behind INTERNAL_SERVER_ERROR. `serviceName`, stack traces and upstream URLs never leave.
 */
export function createGatewayFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const service = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
    const base = { locations: formatted.locations, path: formatted.path };
    if (code && CLIENT_FACING_CODES.has(code)) {
      const kept: Record<string, unknown> = { code };
      for (const key of CLIENT_FACING_EXTENSIONS) if (key in extensions) kept[key] = extensions[key];
      return { ...base, message: formatted.message, extensions: kept };
    }
    if (code === 'SUBGRAPH_UNAVAILABLE') {
      logger.warn({ subgraph: extensions.service, reason: extensions.reason }, 'subgraph unavailable');
      return { ...base, message: formatted.message, extensions: { code, service: extensions.service } };
    }
    logger.error({ subgraph: service, code, reason: formatted.message }, 'unexpected error in a gateway operation');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
