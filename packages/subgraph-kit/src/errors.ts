/**
 * The client errors and `formatError` live in the service runtime, shared with the gateway; what the kit
 * adds is the ORM's view of an unexpected error.
 */
import { createFormatError as createRuntimeFormatError } from '@maillage/service-runtime';
import { DriverException } from '@mikro-orm/core';
import type { Logger } from 'pino';

/**
 * The `formatError` of a subgraph: the runtime's, with database errors logged without their SQL (see
 * {@link loggableError}).
 */
export function createFormatError(logger: Logger) {
  return createRuntimeFormatError(logger, loggableError);
}

/**
 * MikroORM's database errors carry the failed SQL with its parameters written in (names, birth dates…):
 * log only the SQLSTATE, table and constraint of those, in every subgraph, so that personal data never
 * reaches a log line (GDPR art. 5(1)(f), art. 32).
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  const { code, table, constraint } = error as DriverException & { table?: string; constraint?: string };
  return { type: error.name, message: `database error ${code ?? 'unknown'}${table ? ` on ${table}` : ''}${constraint ? ` (${constraint})` : ''}` };
}
