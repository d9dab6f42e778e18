import type { EntityMetadata } from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/postgresql';

/**
 * The statements of read-only finds (and counts: `countRows`), kept by the shape of their condition. A loader or a page asks the same
 * statement again and again with other values (`id IN (?, ?, …)`): building it through MikroORM's query builder
 * and knex was about a fifth of the contracts subgraph's CPU on a dashboard. The first find of a shape goes
 * through `driver.find` as before; its statement is kept with, for each of its parameters, which value of the
 * condition it is. The next find of that shape sends the same text with its own values, through the same
 * connection's `execute`, and maps each row as the query builder does.
 *
 * A shape is kept only when each value of the condition is exactly one parameter and every parameter is a value
 * of the condition (or the limit): a value written into the text or converted on its way makes the shape go
 * through `driver.find` every time. Values that repeat (a cursor's sort key) are part of the shape: which ones
 * are equal, so that a parameter standing for one of them stands for all.
 */

type Leaf = string | number | boolean | bigint | null;

/** A kept statement: knex's text and, per parameter, the index of the condition's value (or -1: the limit). */
interface Statement {
  sql: string;
  slots: number[];
  connectionType: 'read' | 'write';
}

/**
 * Per entity (hence per ORM), per shape: the statement, or null when the shape cannot be kept. At most
 * MAX_SHAPES per entity (a list's every length, a few orders): past that, new shapes are built every time.
 */
const MAX_SHAPES = 512;
const statements = new WeakMap<EntityMetadata, Map<string, Statement | null>>();

/** The condition's shape (operators, keys, list lengths, kind of each value) and its values, in one walk. */
function shapeOf(condition: unknown, leaves: Leaf[]): string | undefined {
  if (condition === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof condition)) {
    leaves.push(condition as Leaf);
    return condition === null ? 'null' : typeof condition;
  }
  if (Array.isArray(condition)) {
    const items: string[] = [];
    for (const item of condition) {
      const shape = shapeOf(item, leaves);
      if (shape === undefined) return undefined;
      items.push(shape);
    }
    return `[${items.join(',')}]`;
  }
  if (typeof condition !== 'object' || Object.getPrototypeOf(condition) !== Object.prototype) return undefined;
  const entries: string[] = [];
  for (const key of Object.keys(condition)) {
    const shape = shapeOf((condition as Record<string, unknown>)[key], leaves);
    if (shape === undefined) return undefined;
    entries.push(`${JSON.stringify(key)}:${shape}`);
  }
  return `{${entries.join(',')}}`;
}

/**
 * Which values of the condition are equal to an earlier one (a cursor repeats its sort key): part of the shape,
 * since a parameter then stands for all the equal values at once.
 */
function repeatsOf(leaves: readonly Leaf[]): string {
  const first = new Map<Leaf, number>();
  const repeats: string[] = [];
  leaves.forEach((leaf, index) => {
    if (leaf === null) return;
    const earlier = first.get(leaf);
    if (earlier === undefined) first.set(leaf, index);
    else repeats.push(`${index}=${earlier}`);
  });
  return repeats.join(',');
}

/**
 * Each parameter's value index (-1: the limit), or undefined unless every value of the condition is exactly one
 * parameter: as many parameters equal to a value as the condition holds it, nothing else but the limit.
 */
function slotsOf(bindings: readonly unknown[], leaves: readonly Leaf[], limit: number | undefined): number[] | undefined {
  const counts = new Map<unknown, number>();
  for (const leaf of leaves) if (leaf !== null) counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
  if (limit !== undefined && counts.has(limit)) return undefined;
  const slots: number[] = [];
  for (const binding of bindings) {
    if (binding === limit && limit !== undefined) {
      slots.push(-1);
      continue;
    }
    const left = counts.get(binding);
    if (binding === null || !left) return undefined;
    counts.set(binding, left - 1);
    slots.push(leaves.indexOf(binding as Leaf));
  }
  return [...counts.values()].every((left) => left === 0) ? slots : undefined;
}

export interface ReadOnlyQuery {
  className: string;
  meta: EntityMetadata;
  condition: unknown;
  orderBy: unknown;
  limit: number | undefined;
}

/** Rows of a read-only find, mapped to property names as `driver.find` maps them. */
export async function findRows(em: EntityManager, query: ReadOnlyQuery): Promise<Record<string, unknown>[]> {
  return (await throughKeptStatement(em, query, 'find')) as Record<string, unknown>[];
}

/**
 * The number of rows matching a read-only count's condition, as `driver.count` gives it: the statement kept by the
 * shape of the condition as a find's is (building it through the query builder and knex was a third of what
 * MikroORM cost the contracts subgraph per dashboard, for a page's `totalCount`).
 */
export async function countRows(em: EntityManager, query: Omit<ReadOnlyQuery, 'orderBy' | 'limit'>): Promise<number> {
  return (await throughKeptStatement(em, { ...query, orderBy: undefined, limit: undefined }, 'count')) as number;
}

/** A find's rows or a count's number, by a statement kept for the condition's shape when one can be. */
async function throughKeptStatement(em: EntityManager, query: ReadOnlyQuery, kind: 'find' | 'count'): Promise<unknown> {
  const driver = em.getDriver() as AbstractSqlDriver;
  const ctx = em.getTransactionContext();
  const options = kind === 'find' ? { orderBy: query.orderBy ?? [], limit: query.limit, populate: [], ctx, em } : { populate: [], ctx, em };
  const viaDriver = (target: AbstractSqlDriver) =>
    kind === 'find'
      ? driver.find.call(target, query.className, query.condition as never, options as never)
      : driver.count.call(target, query.className, query.condition as never, options as never);
  const leaves: Leaf[] = [];
  const shape = ctx === undefined && !em.config.get('resultCache').global ? shapeOf(query.condition, leaves) : undefined;
  if (shape === undefined) return viaDriver(driver);
  let shapes = statements.get(query.meta);
  if (!shapes) statements.set(query.meta, (shapes = new Map()));
  const key = `${kind}|${shape}|${repeatsOf(leaves)}|${JSON.stringify(query.orderBy ?? null)}|${query.limit ?? ''}`;
  const statement = shapes.get(key);
  if (statement === null || (statement === undefined && shapes.size >= MAX_SHAPES)) return viaDriver(driver);
  if (statement) {
    const params = statement.slots.map((slot) => (slot === -1 ? query.limit : leaves[slot]));
    // As the query builder sends it (no transaction, its logging context), errors converted as the driver converts them.
    const sending = driver.getConnection(statement.connectionType).execute(statement.sql, params, kind === 'find' ? 'all' : 'get', undefined, { id: undefined } as never);
    const answer: unknown = await sending.catch((error: Error) => {
      throw driver.convertException(error);
    });
    if (kind === 'count') return answer ? Number((answer as { count: unknown }).count) : 0; // as QueryBuilder.getCount reads it
    return (answer as Record<string, unknown>[]).map((row) => driver.mapResult(row as never, query.meta as never) as Record<string, unknown>);
  }
  // The first find or count of this shape: through the driver, keeping the query builder it makes.
  let built: { connectionType?: 'read' | 'write'; em?: unknown; loggerContext?: unknown; _populate?: unknown[]; _query?: { _sql?: { sql: string; bindings: readonly unknown[] } } } | undefined;
  const watching = Object.create(driver, {
    createQueryBuilder: { value: (...args: unknown[]) => (built = (driver.createQueryBuilder as unknown as (...a: unknown[]) => typeof built).apply(driver, args)) },
  }) as AbstractSqlDriver;
  const result = await viaDriver(watching);
  const sent = built?._query?._sql;
  // Kept only as the query builder runs it here: no EntityManager of its own, no logging options, nothing joined.
  const plain = built?.em === undefined && built?.loggerContext === undefined && built?._populate?.length === 0;
  const slots = sent && plain ? slotsOf(sent.bindings, leaves, query.limit) : undefined;
  shapes.set(key, sent && slots && built?.connectionType ? { sql: sent.sql, slots, connectionType: built.connectionType } : null);
  return result;
}
