import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/**
 * A per-request DataLoader fetching entities by one unique column in a single `IN (…)` query, answering
 * in key order with `null` for keys that match nothing.
 */
export function createEntityLoader<T extends object, K extends string & keyof T>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>);
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
