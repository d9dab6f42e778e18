import { ReferenceKind, Utils, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';

/** What a read-only find may add to its condition. */
export interface ReadOnlyFindOptions<T> {
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
}

const SUPPORTED = new Set<ReferenceKind>([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE]);

/** The properties a read-only row carries: those `em.find` loads by default, columns of this table only. */
function columnsOf<T>(meta: EntityMetadata<T>): EntityProperty<T>[] {
  return meta.props.filter((prop) => {
    if (prop.persist === false || prop.lazy || !prop.fieldNames?.length) return false;
    if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) return false;
    if (!SUPPORTED.has(prop.kind) || prop.formula || prop.embedded || prop.fieldNames.length > 1) {
      throw new Error(`findReadOnly does not support ${meta.className}.${prop.name} (only scalar columns and to-one relations with one column)`);
    }
    return true;
  });
}

/**
 * A to-one relation as `em.find` leaves it unpopulated: an object holding only the primary key of the target
 * (what `row.buyer.id` reads).
 */
function referenceTo(prop: EntityProperty, value: unknown): unknown {
  const target = prop.targetMeta!;
  if (target.primaryKeys.length !== 1) throw new Error(`findReadOnly does not support ${prop.name}: ${target.className} has a composite key`);
  return { [target.primaryKeys[0]!]: value };
}

/** One mapped row (property names, dates and booleans already parsed) as the hydrator would set it on an entity. */
function toRow<T>(columns: EntityProperty<T>[], platform: Platform, data: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const prop of columns) {
    const value = data[prop.name];
    if (value === undefined) continue;
    if (value === null) row[prop.name] = null;
    else if (prop.kind !== ReferenceKind.SCALAR) row[prop.name] = referenceTo(prop as EntityProperty, value);
    else row[prop.name] = prop.customType ? prop.customType.convertToJSValue(value, platform) : value;
  }
  return row as T;
}

/**
 * `em.find` for pages and loaders that only read: the same statement (same condition, order and limit,
 * the columns `em.find` loads), but each row is a plain object shaped like the entity instead of a managed
 * entity — no identity map, no change-set snapshot, no reference entities for its relations, which is most
 * of the CPU a read of a few hundred rows costs. A to-one relation is `{ <primary key>: value }` (or null),
 * as an unpopulated reference reads; scalars are converted as `em.find` converts them.
 *
 * The rows are not managed: never change, persist or flush one (load the entity with `em.find` to write), and
 * do not expect collections or `instanceof`. Changes pending in the EntityManager are flushed first, as
 * `em.find` does in its default flush mode.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: ReadOnlyFindOptions<T> = {},
): Promise<T[]> {
  const className = Utils.className(entity);
  const meta = em.getMetadata().get<T>(className);
  await em.tryFlush(className, {});
  const columns = columnsOf(meta);
  const qb = em.createQueryBuilder<T>(className).select(columns.map((prop) => prop.name) as never).where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  const platform = em.getPlatform();
  return rows.map((data) => toRow(columns, platform, data));
}
