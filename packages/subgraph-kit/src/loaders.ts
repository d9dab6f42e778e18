import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { findReadOnly } from './read-only';
import { isUuid } from './validation';

/** How a loader reads its rows. */
export interface LoaderOptions {
  /**
   * Plain rows instead of managed entities ({@link findReadOnly}): same statements, a fraction of the CPU. For
   * loaders whose rows only answer reads (field resolvers, references); never change a row they return.
   */
  readOnly?: boolean;
}

/** `em.find`, or its read-only twin. */
function finder(em: EntityManager, options: LoaderOptions) {
  return <T extends object>(entity: EntityName<T>, where: FilterQuery<T>, orderBy?: Record<string, 'asc' | 'desc'>): Promise<T[]> =>
    options.readOnly ? findReadOnly(em, entity, where, { orderBy: orderBy as never }) : em.find(entity, where, orderBy ? { orderBy: orderBy as never } : undefined);
}

/**
 * A per-request DataLoader fetching entities by one unique column in a single `IN (…)` query, answering
 * in key order with `null` for keys that match nothing.
 */
export function createEntityLoader<T extends object, K extends string & keyof T>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  options: LoaderOptions = {},
): DataLoader<string, T | null> {
  const find = finder(em, options);
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/**
 * A per-request DataLoader grouping the rows that share a foreign key (one query for all parents).
 */
export function createGroupLoader<T extends object>(
  load: (keys: readonly string[]) => Promise<T[]>,
  groupKey: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((value) => [value, []]));
    for (const row of await load(keys)) groups.get(groupKey(row))?.push(row);
    return keys.map((value) => groups.get(value) ?? []);
  });
}

/**
 * A per-request loader of rows by a uuid property, in one `IN (…)` query per batch, answering in key order
 * (null when missing). Keys that are not UUIDs — a forged `_entities` representation, a typo — match
 * nothing instead of failing the whole batch in PostgreSQL; keys are compared in lower case.
 */
export function createUuidLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string & keyof T,
  options: LoaderOptions = {},
): DataLoader<string, T | null> {
  const find = finder(em, options);
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((value) => value.toLowerCase()))];
    const rows = ids.length === 0 ? [] : await find(entity, { [key]: { $in: ids } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [idOf(row[key]), row]));
    return keys.map((value) => byKey.get(String(value).toLowerCase()) ?? null);
  });
}

/**
 * A per-request loader of the rows sharing a uuid foreign key (one query for all parents of a batch), in
 * `orderBy` order, with the same treatment of keys that are not UUIDs. `key` may be a relation: its
 * primary key is what is compared.
 */
export function createUuidGroupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string & keyof T,
  orderBy: Record<string, 'asc' | 'desc'> = {},
  where: FilterQuery<T> = {},
  options: LoaderOptions = {},
): DataLoader<string, T[]> {
  const find = finder(em, options);
  return new DataLoader<string, T[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((value) => value.toLowerCase()))];
    const filter = { ...(where as object), [key]: { $in: ids } } as FilterQuery<T>;
    const rows = ids.length === 0 ? [] : await find(entity, filter, orderBy);
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(idOf(row[key]), [...(groups.get(idOf(row[key])) ?? []), row]);
    return keys.map((value) => groups.get(String(value).toLowerCase()) ?? []);
  });
}

/** The id a row holds in a uuid column or a relation to an entity with an `id`. */
function idOf(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return String(value);
}

