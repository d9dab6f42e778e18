import { createGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID as PostgreSQL's `uuid` type reads it. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** What a resolver needs of a per-request loader. */
export interface Loader<T> {
  load(key: string): Promise<T>;
}

/**
 * A per-request loader of the rows whose uuid `column` is one of the keys, in one `IN (…)` query per
 * batch. Keys that are not UUIDs (a forged `_entities` representation, a typo) match nothing instead of
 * failing the whole batch in PostgreSQL. `keyOf` must give the column's value in lower case.
 */
export function createUuidGroupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  column: string,
  keyOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc'> = {},
): Loader<T[]> {
  const loader = createGroupLoader<T>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((key) => key.toLowerCase()))];
    if (ids.length === 0) return [];
    return em.find(entity, { [column]: { $in: ids } } as FilterQuery<T>, { orderBy: orderBy as never });
  }, keyOf);
  return { load: (key) => loader.load(key.toLowerCase()) };
}

/** The same for a unique uuid column: one row or null per key. */
export function createUuidLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  column: string,
  keyOf: (row: T) => string,
): Loader<T | null> {
  const group = createUuidGroupLoader(em, entity, column, keyOf);
  return { load: async (key) => (await group.load(key))[0] ?? null };
}
