import { DriverException } from '@mikro-orm/core';
import { isObjectType, type GraphQLSchema } from 'graphql';
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
    throw sanitized(error);
  }
};

/** A database error stripped of its SQL and parameters; any other error unchanged. */
function sanitized(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  const { code, table, constraint } = error as DriverException & { table?: string; constraint?: string };
  // The cause is what must not be logged: it holds the SQL parameters.
  return new Error(`database error ${code ?? 'unknown'}${table ? ` on ${table}` : ''}${constraint ? ` (${constraint})` : ''}`);
}

/**
 * The same guarantee for every field of a built schema, without a middleware on each field: a type-graphql
 * global middleware turns every scalar of every node into a promise, which a page of 50 rows pays a thousand
 * times. Here a field that answers synchronously stays synchronous; a rejected promise or a thrown error is
 * sanitised exactly as `sanitizeDatabaseErrors` does.
 */
export function sanitizeSchemaErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (root, args, context, info) => {
        try {
          const result: unknown = resolve(root, args, context, info);
          return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(sanitized(error))) : result;
        } catch (error) {
          throw sanitized(error);
        }
      };
    }
  }
  return schema;
}
