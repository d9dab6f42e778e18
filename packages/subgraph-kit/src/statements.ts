import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements each GraphQL request sends, so that tests and benchmarks can check that a
 * page of 10 and a page of 100 cost the same number of statements (no N+1). The count travels in the
 * `x-sql-statements` response header of the subgraph (the gateway does not forward it).
 */
interface StatementCount {
  statements: number;
}

const storage = new AsyncLocalStorage<StatementCount>();
const instrumented = new WeakSet<object>();

/** Hooks the ORM's query builder once: every statement sent within a counted request is added to it. */
export function countStatements(orm: MikroORM): void {
  const knex = (orm as MikroORM<PostgreSqlDriver>).em.getConnection().getKnex();
  if (instrumented.has(knex)) return;
  instrumented.add(knex);
  knex.on('query', () => {
    const count = storage.getStore();
    if (count) count.statements += 1;
  });
}

/** Runs `next` with a fresh statement count and returns it. */
export function withStatementCount<T>(run: () => T): { count: StatementCount; result: T } {
  const count: StatementCount = { statements: 0 };
  return { count, result: storage.run(count, run) };
}

export const STATEMENTS_HEADER = 'x-sql-statements';
