import { DriverException } from '@mikro-orm/core';
import type { MiddlewareFn } from 'type-graphql';

/**
 * MikroORM's database errors carry the failed SQL with its parameters written in — names, birth dates —
 * and the kit logs unexpected errors whole. Every resolver of this subgraph runs under this middleware,
 * which replaces such an error by one naming only the SQLSTATE, table and constraint, so that personal
 * data never reaches a log line (GDPR art. 5(1)(f), art. 32). The client still gets INTERNAL_SERVER_ERROR.
 */
export const sanitizeDatabaseErrors: MiddlewareFn = async (_action, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof DriverException)) throw error;
    const { code, table, constraint } = error as DriverException & { table?: string; constraint?: string };
    // eslint-disable-next-line preserve-caught-error -- the cause is what must not be logged: it holds the SQL parameters.
    throw new Error(`database error ${code ?? 'unknown'}${table ? ` on ${table}` : ''}${constraint ? ` (${constraint})` : ''}`);
  }
};
