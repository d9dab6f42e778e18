import { and, sql, type SqlFragment } from '@maillage/access';
import { BadUserInputError } from '@maillage/service-runtime';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, type Connection } from './pagination';
import { isUuid } from './validation';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export interface SqlPageQuery<T extends object> {
  entity: EntityName<T>;
  /** `FROM …` clause whose main table has alias `alias` (joins allowed, one row per entity). */
  from: string;
  alias: string;
  where: SqlFragment;
  first: number;
  after?: string | null;
}

/**
 * The other half of the one pagination (see `findPage` for lists the ORM can filter): a keyset page over
 * hand-written SQL — row visibility from an access table, joins — ordered by (created_at, id) — never by a name, so that a cursor carries no personal data —
 * in two statements (the page and the count), whatever the filters and the page size. The cursor keeps
 * the timestamp as PostgreSQL prints it, to the microsecond.
 */
export async function findSqlPage<T extends object>(em: EntityManager, query: SqlPageQuery<T>): Promise<Connection<T>> {
  const first = Math.min(Math.max(query.first, 1), MAX_PAGE_SIZE);
  const a = query.alias;
  const conditions = [query.where];
  if (query.after) {
    const [at, id] = decodeCursor(query.after, 2);
    // A forged cursor must be a client error, not a database one.
    if (typeof at !== 'string' || !TIMESTAMP.test(at) || !isUuid(id)) throw new BadUserInputError('after is not a cursor returned by this list', 'after');
    conditions.push(sql(`(${a}.created_at, ${a}.id) > (?::timestamptz, ?::uuid)`, at, id));
  }
  const page = and(conditions);
  const [rows, count] = await Promise.all([
    em.execute<Record<string, unknown>[]>(
      `SELECT ${a}.*, ${a}.created_at::text AS cursor_at ${query.from} WHERE ${page.sql} ORDER BY ${a}.created_at, ${a}.id LIMIT ?`,
      [...page.params, first + 1],
    ),
    em.execute<{ count: string }[]>(`SELECT count(*)::text AS count ${query.from} WHERE ${query.where.sql}`, query.where.params),
  ]);
  const pageRows = rows.slice(0, first);
  const last = pageRows.at(-1);
  return {
    nodes: pageRows.map(({ cursor_at: _cursor, ...row }) => em.map(query.entity, row as never)),
    totalCount: Number(count[0]?.count ?? 0),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([String(last.cursor_at), String(last.id)]) : null,
    },
  };
}
