import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/** The codes a client may receive, each meaning one thing everywhere in the graph. */
export type ClientErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT';

abstract class ClientError extends GraphQLError {
  abstract readonly code: ClientErrorCode;
  protected constructor(message: string, code: ClientErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Input breaks a rule; `field` names the offending argument or input field. */
export class BadUserInputError extends ClientError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field ? { field } : {});
  }
}

/** The addressed object does not exist (or the caller may not know that it does). */
export class NotFoundError extends ClientError {
  readonly code = 'NOT_FOUND' as const;
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** The call carries no valid identity. */
export class UnauthenticatedError extends ClientError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'authentication required') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** The identity is valid but may not do this. */
export class ForbiddenError extends ClientError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'not allowed') {
    super(message, 'FORBIDDEN');
  }
}

/** The write clashes with the current state (a duplicate key, an illegal transition). */
export class ConflictError extends ClientError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

/**
 * Codes GraphQL, type-graphql or Apollo Server give to a malformed request or to our own client errors:
 * safe to return when the error is a GraphQLError of its own (not a wrapped internal failure). The gateway
 * keeps the same codes from its subgraphs' answers.
 */
export const CLIENT_FACING_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The extensions of a client error that may reach the client besides `code`. */
export const CLIENT_FACING_EXTENSIONS = ['field', 'allowed', 'validationErrors'] as const;

/** True for errors whose message and code are meant for the client. */
export function isClientFacing(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (original instanceof ClientError) return true;
  const code = formatted.extensions?.code;
  const wrapsInternalError = original instanceof GraphQLError && original.originalError !== undefined &&
    !(original.originalError instanceof GraphQLError);
  return typeof code === 'string' && CLIENT_FACING_CODES.has(code) && original instanceof GraphQLError && !wrapsInternalError;
}

/**
 * Builds the one `formatError` of a server: client errors keep their message and code (never a stack);
 * anything else is logged with its cause and answered as a generic INTERNAL_SERVER_ERROR, so no SQL, path
 * or library detail reaches the client. `loggable` turns an unexpected error into what may be logged (the
 * subgraph kit strips database errors of their SQL parameters).
 */
export function createFormatError(logger: Logger, loggable: (error: unknown) => unknown = (error) => error) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isClientFacing(formatted, original)) {
      const { code, field, validationErrors, allowed } = formatted.extensions ?? {};
      const extensions: Record<string, unknown> = { code };
      if (field !== undefined) extensions.field = field;
      if (allowed !== undefined) extensions.allowed = allowed;
      if (validationErrors !== undefined) extensions.validationErrors = sanitizeValidationErrors(validationErrors);
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    logger.error({ err: loggable(original), path: formatted.path }, 'unexpected error while serving a GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** class-validator reports echo the rejected value: keep only the property and the broken constraints. */
function sanitizeValidationErrors(errors: unknown): unknown {
  if (!Array.isArray(errors)) return undefined;
  return errors.map((entry: { property?: string; constraints?: Record<string, string>; children?: unknown }) => ({
    property: entry.property,
    constraints: entry.constraints,
    children: sanitizeValidationErrors(entry.children),
  }));
}
