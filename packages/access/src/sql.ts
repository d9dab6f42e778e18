/**
 * A tiny builder of SQL fragments with `?` parameters, for the row visibility of an access table (the
 * conditions turned into a WHERE clause) and for hand-written list queries. No ORM: plain strings.
 */
/** A piece of SQL with its `?` parameters (knex style, as `em.execute` takes them). */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const TRUE: SqlFragment = { sql: 'TRUE', params: [] };
export const FALSE: SqlFragment = { sql: 'FALSE', params: [] };

export function sql(text: string, ...params: unknown[]): SqlFragment {
  return { sql: text, params };
}

/** `a AND b AND …` (TRUE when empty). */
export function and(parts: SqlFragment[]): SqlFragment {
  if (parts.length === 0) return TRUE;
  return { sql: parts.map((part) => `(${part.sql})`).join(' AND '), params: parts.flatMap((part) => part.params) };
}

/** `a OR b OR …` (FALSE when empty). */
export function or(parts: SqlFragment[]): SqlFragment {
  if (parts.length === 0) return FALSE;
  return { sql: parts.map((part) => `(${part.sql})`).join(' OR '), params: parts.flatMap((part) => part.params) };
}

/**
 * `column IN (…)` with one parameter holding the whole list as JSON, so the statement text (and its plan)
 * does not depend on how many values there are, and an empty list is simply false.
 */
export function inList(column: string, values: readonly string[], cast = 'text'): SqlFragment {
  return sql(`${column} IN (SELECT jsonb_array_elements_text(?::jsonb)::${cast})`, JSON.stringify(values));
}
