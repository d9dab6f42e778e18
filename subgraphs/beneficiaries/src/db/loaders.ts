import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { isUuid } from '../modules/shared/uuid';

/**
 * A per-request loader of rows by a uuid column, in one `IN (…)` query per batch, answering in key order
 * (null when missing). Keys that are not UUIDs — a forged `_entities` representation — match nothing
 * instead of failing the whole batch in PostgreSQL.
 */
export function createUuidLoader<T extends object>(em: EntityManager, entity: EntityName<T>, key: string & keyof T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((value) => value.toLowerCase()))];
    const rows = ids.length === 0 ? [] : await em.find(entity, { [key]: { $in: ids } } as FilterQuery<T>);
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((value) => byKey.get(String(value).toLowerCase()) ?? null);
  });
}

/** A per-request loader of the rows sharing a uuid foreign key (one query for all parents of a batch). */
export function createUuidGroupLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string & keyof T,
  orderBy: Record<string, 'asc' | 'desc'> = {},
  where: FilterQuery<T> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isUuid).map((value) => value.toLowerCase()))];
    const filter = { ...(where as object), [key]: { $in: ids } } as FilterQuery<T>;
    const rows = ids.length === 0 ? [] : await em.find(entity, filter, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(String(row[key]), [...(groups.get(String(row[key])) ?? []), row]);
    return keys.map((value) => groups.get(String(value).toLowerCase()) ?? []);
  });
}

/** A loader over a raw query returning `{ key, … }` rows grouped by `key`. */
export function createSqlGroupLoader<R extends { key: string }>(load: (keys: string[]) => Promise<R[]>): DataLoader<string, R[]> {
  return new DataLoader<string, R[]>(async (keys) => {
    const rows = await load([...new Set(keys)]);
    const groups = new Map<string, R[]>();
    for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
    return keys.map((value) => groups.get(value) ?? []);
  });
}
