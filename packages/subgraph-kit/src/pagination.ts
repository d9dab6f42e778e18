import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '@maillage/service-runtime';
import { countReadOnly, findReadOnly } from './read-only';

/** The largest page any list serves. */
export const MAX_PAGE_SIZE = 100;

/** Position in a paginated list (shared by every subgraph, hence `@shareable`). */
@Directive('@shareable')
@ObjectType({ description: 'Position dans une liste paginée par curseur.' })
export class PageInfo {
  @Field({ description: 'Vrai s’il reste des éléments après cette page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Curseur du dernier élément de la page, à passer dans `after`.' })
  endCursor!: string | null;
}

/** `first` / `after` arguments of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Nombre d’éléments (1 à ${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Curseur `pageInfo.endCursor` de la page précédente.' })
  after?: string;
}

/** A page of a list. */
export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares the GraphQL type `<name>Connection` for a node type. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>, description: string) {
  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass implements Connection<T> {
    @Field(() => [node], { description: 'Les éléments de la page.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Nombre total d’éléments répondant aux filtres.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

type CursorValue = string | number | boolean | null;

/** An opaque cursor: the sort-key values of the last node. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError('after is not a cursor returned by this list', 'after');
}

export type SortKey<T> = readonly [keyof T & string, 'asc' | 'desc'];

function sortValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'toString' in value) return String(value);
  return value as CursorValue;
}

/**
 * One page by keyset pagination: stable under inserts, no OFFSET scan. `orderBy` must end with a unique
 * column (the id) so that the order is total. Two statements: the page (first + 1 rows) and the count.
 * `readOnly`: the nodes are plain rows ({@link findReadOnly}) and the count is sent as a kept statement
 * ({@link countReadOnly}), for a page that is only read.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy: readonly SortKey<T>[]; first: number; after?: string | null; readOnly?: boolean },
): Promise<Connection<T>> {
  const first = Math.min(Math.max(options.first, 1), MAX_PAGE_SIZE);
  const { orderBy } = options;
  let pageWhere = where;
  if (options.after) {
    const values = decodeCursor(options.after, orderBy.length);
    const after = orderBy.map(([field, direction], index) => {
      const condition: Record<string, unknown> = {};
      orderBy.slice(0, index).forEach(([previous], j) => (condition[previous] = values[j]));
      condition[field] = { [direction === 'asc' ? '$gt' : '$lt']: values[index] };
      return condition;
    });
    pageWhere = { $and: [where, { $or: after }] } as FilterQuery<T>;
  }
  const pageOptions = { orderBy: orderBy.map(([field, direction]) => ({ [field]: direction })) as never, limit: first + 1 };
  const [rows, totalCount] = await Promise.all([
    options.readOnly ? findReadOnly(em, entity, pageWhere, pageOptions) : em.find(entity, pageWhere, pageOptions),
    options.readOnly ? countReadOnly(em, entity, where) : em.count(entity, where),
  ]);
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(orderBy.map(([field]) => sortValue(last[field]))) : null,
    },
  };
}
