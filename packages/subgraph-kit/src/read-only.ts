import { EventType, ReferenceKind, Utils, type EntityMetadata, type EntityProperty, type Platform } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { countRows, findRows } from './read-only-statements';

/** What a read-only find may add to its condition. */
export interface ReadOnlyFindOptions<T> {
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
}

/** `em.find`'s processing of a condition, which MikroORM does not export. */
interface ProcessWhere {
  processWhere(entityName: string, where: unknown, options: object, type: 'read'): Promise<unknown>;
}

const SUPPORTED = new Set<ReferenceKind>([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE]);

/** The properties a read-only row carries: those `em.find` loads by default, columns of this table only. */
const columnLists = new WeakMap<EntityMetadata, EntityProperty[]>();
function columnsOf<T>(meta: EntityMetadata<T>): EntityProperty<T>[] {
  let columns = columnLists.get(meta as EntityMetadata) as EntityProperty<T>[] | undefined;
  if (columns) return columns;
  columns = meta.props.filter((prop) => {
    if (prop.persist === false || prop.lazy || !prop.fieldNames?.length) return false;
    if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) return false;
    if (!SUPPORTED.has(prop.kind) || prop.formula || prop.embedded || prop.fieldNames.length > 1) {
      throw new Error(`findReadOnly does not support ${meta.className}.${prop.name} (only scalar columns and to-one relations with one column)`);
    }
    return true;
  });
  columnLists.set(meta as EntityMetadata, columns as EntityProperty[]);
  return columns;
}

/**
 * The prototype of an entity's read-only rows: the entity's own (so that `instanceof` holds, and type-graphql
 * takes a row as the `@Root()` it declares instead of copying it into `new Entity()` for every field), with a
 * plain writable slot per column in front of MikroORM's change-tracking accessors, which a row never goes through.
 */
const rowPrototypes = new WeakMap<EntityMetadata, object>();
function rowPrototype(meta: EntityMetadata): object {
  let prototype = rowPrototypes.get(meta);
  if (!prototype) {
    const slots = Object.fromEntries(meta.props.map((prop) => [prop.name, { value: undefined, writable: true, enumerable: false, configurable: true }]));
    prototype = Object.create(meta.prototype, slots) as object;
    rowPrototypes.set(meta, prototype);
  }
  return prototype;
}

/**
 * A to-one relation as `em.find` leaves it unpopulated: an instance of the target holding only its primary key
 * (what `row.buyer.id` reads).
 */
function referenceTo(prop: EntityProperty, value: unknown): unknown {
  const target = prop.targetMeta!;
  if (target.primaryKeys.length !== 1) throw new Error(`findReadOnly does not support ${prop.name}: ${target.className} has a composite key`);
  const reference = Object.create(rowPrototype(target)) as Record<string, unknown>;
  reference[target.primaryKeys[0]!] = value;
  return reference;
}

/** One mapped row (property names, dates and booleans already parsed) as the hydrator would set it on an entity. */
function toRow<T>(meta: EntityMetadata<T>, columns: EntityProperty<T>[], platform: Platform, data: Record<string, unknown>): T {
  const row = Object.create(rowPrototype(meta as EntityMetadata)) as Record<string, unknown>;
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
 * `em.find` for pages and loaders that only read: the same statement (same condition, order and limit, the
 * columns `em.find` loads), but each row is a plain copy of the entity instead of a managed one — no identity
 * map, no change-set snapshot, no reference entity per relation, which is most of the CPU a read of a few
 * hundred rows costs. A row is an instance of the entity's class holding its columns; a to-one relation holds
 * only the target's primary key (or null), as an unpopulated reference; scalars are converted as `em.find`
 * converts them.
 *
 * The rows are not managed: never change, persist or flush one (load the entity with `em.find` to write), and
 * do not expect collections. Changes pending in the EntityManager are flushed first, as `em.find` does in its
 * default flush mode.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: ReadOnlyFindOptions<T> = {},
): Promise<T[]> {
  const className = Utils.className(entity);
  const meta = em.getMetadata().get<T>(className);
  const columns = columnsOf(meta);
  const events = em.getEventManager();
  if (events.hasListeners(EventType.onInit, meta) || events.hasListeners(EventType.onLoad, meta)) {
    throw new Error(`findReadOnly does not run ${className}'s onInit and onLoad hooks: read it with em.find`);
  }
  // What em.find does between its flush and its hydration: the condition processed (filters included), then
  // the driver's find, which builds the statement and maps each row's columns to property names (a statement
  // already built for a condition of this shape is sent again with this condition's values: findRows).
  const condition = await flushedCondition(em, className, where);
  const rows = await findRows(em, { className, meta: meta as EntityMetadata, condition, orderBy: options.orderBy, limit: options.limit });
  const platform = em.getPlatform();
  return rows.map((data) => toRow(meta, columns, platform, data as Record<string, unknown>));
}

/**
 * `em.count` for a page's `totalCount`: the same statement (the condition processed as em.count processes it,
 * filters included), kept by the shape of its condition as a read-only find's is (`countRows`). Changes pending
 * in the EntityManager are flushed first, as em.count does in its default flush mode.
 */
export async function countReadOnly<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<number> {
  const className = Utils.className(entity);
  const condition = await flushedCondition(em, className, where);
  return countRows(em, { className, meta: em.getMetadata().get(className) as EntityMetadata, condition });
}

/**
 * What em.find and em.count do before they read: the changes pending for `className` flushed, then the condition
 * processed as they process it (filters included).
 */
async function flushedCondition<T extends object>(em: EntityManager, className: string, where: FilterQuery<T>): Promise<unknown> {
  await em.tryFlush(className, {});
  return (em as unknown as ProcessWhere).processWhere(className, where, {}, 'read');
}
