import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';

/** Unknown paths answer a GraphQL-shaped JSON error, not an HTML page. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
};

/**
 * Errors raised before GraphQL runs (unparsable JSON, a body over the limit) answer a typed JSON error.
 * Express's default handler would answer HTML with a stack trace outside production.
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unexpected error before GraphQL execution');
    const message =
      error.type === 'entity.parse.failed'
        ? 'request body is not valid JSON'
        : error.type === 'entity.too.large'
          ? 'request body is too large'
          : status === 500
            ? 'Internal server error'
            : 'bad request';
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
