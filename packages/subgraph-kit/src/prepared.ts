import { createHash } from 'node:crypto';
import { JsonProperty, Utils, type Configuration, type LoggingOptions, type Transaction } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver, type PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * Statements sent with bound parameters, and the frequent ones as named prepared statements.
 *
 * MikroORM 6 pastes every parameter into the SQL text (`Platform.formatQuery`) and sends it by the simple
 * protocol: PostgreSQL parses and plans each statement again, and no two reads of different contracts share
 * a text. Under load that planning was 3–4 ms of PostgreSQL's CPU per dashboard request (`pg_stat_statements`,
 * bench size S). Here the same statement is sent with its values apart (`$1`, `$2`, …), so that its text is the
 * same from one request to the next, and a text seen twice is sent as a named prepared statement: each pooled
 * connection parses it once, and PostgreSQL may keep a generic plan for it (`plan_cache_mode = auto`).
 *
 * What is sent means the same as what MikroORM would have inlined:
 * - strings, dates (as MikroORM formats them) and JSON values become parameters, whose type PostgreSQL infers
 *   from their context exactly as it does for the quoted literal they replace;
 * - numbers, booleans and `NULL` stay literals in the text, as MikroORM writes them;
 * - a list of strings in `IN (…)` (`NOT IN (…)`) becomes one array parameter, `= ANY($n)` (`<> ALL($n)`),
 *   which PostgreSQL itself turns an `IN` list into (so a page of 10 ids and one of 50 share one text);
 * - anything else (a raw fragment, a buffer, an object inside a list, several statements in one text) is sent
 *   as MikroORM sends it.
 * Reference: PostgreSQL 17, « Extended Query » (protocol-flow.html) and PREPARE (sql-prepare.html, plan_cache_mode).
 */

/** What MikroORM's `formatQuery` would have put at a placeholder, before it is written into the text. */
type Token = string | { value: unknown };

/** The statement as sent: its text with `$n` placeholders, and their values. */
export interface BoundStatement {
  text: string;
  values: unknown[];
}

/** PostgreSQL accepts at most 65,535 parameters in one statement; a larger one is sent as before. */
const MAX_PARAMETERS = 65_535;

class NotBindable extends Error {}

/** The tokens of an element of a list, as `PostgreSqlPlatform.escape` writes each element of an array. */
function listTokens(list: readonly unknown[], tokens: Token[]): void {
  list.forEach((element, index) => {
    if (index > 0) tokens.push(', ');
    if (Array.isArray(element)) listTokens(element, tokens);
    else if (element !== null && typeof element === 'object' && !(element instanceof Date)) throw new NotBindable();
    else tokens.push({ value: element });
  });
}

/** Splits `sql` at MikroORM's placeholders, read exactly as `Platform.formatQuery` reads them. */
function tokenize(sql: string, params: readonly unknown[], platform: PostgreSqlPlatform): Token[] {
  const tokens: Token[] = [];
  let j = 0;
  let start = 0;
  let literal = '';
  for (let i = sql.indexOf('?'); i !== -1; i = sql.indexOf('?', start)) {
    if (i > 0 && sql[i - 1] === '\\') {
      literal += `${sql.slice(start, i - 1)}?`;
      start = i + 1;
      continue;
    }
    literal += sql.slice(start, i);
    if (sql[i + 1] === '?') {
      literal += platform.quoteIdentifier(params[j++] as string);
      start = i + 2;
      continue;
    }
    start = i + 1;
    tokens.push(literal);
    literal = '';
    const value = params[j++];
    if (Utils.isRawSql(value) || platform.isRaw(value) || ArrayBuffer.isView(value)) throw new NotBindable();
    if (Utils.isPlainObject(value) || (value as Record<symbol, unknown> | null)?.[JsonProperty]) tokens.push({ value: JSON.stringify(value) });
    else if (Array.isArray(value)) listTokens(value, tokens);
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) throw new NotBindable();
    else tokens.push({ value });
  }
  tokens.push(literal + sql.slice(start));
  return tokens;
}

const IN_LIST_OPENING = /(^|[^\w$])(not\s+)?in\s*\(\s*$/i;

/** `x IN (?, ?, ?)` of strings → `x = ANY(?)` with one array; `NOT IN` → `<> ALL`. */
function mergeInLists(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const opening = typeof token === 'string' ? IN_LIST_OPENING.exec(token) : null;
    if (opening) {
      // A run value, ', ', value, …, then a text that closes the list.
      const values: string[] = [];
      let k = i + 1;
      let closed = false;
      while (k < tokens.length) {
        const item = tokens[k]!;
        if (typeof item === 'string' || typeof item.value !== 'string') break;
        values.push(item.value);
        const next = tokens[k + 1];
        if (typeof next !== 'string') break;
        if (/^\s*\)/.test(next)) {
          closed = true;
          break;
        }
        if (!/^\s*,\s*$/.test(next)) break;
        k += 2;
      }
      if (closed && values.length > 0) {
        const operator = opening[2] ? '<> ALL(' : '= ANY(';
        merged.push(`${(token as string).slice(0, opening.index + opening[1]!.length)}${operator}`, { value: values });
        // The closing text follows as it was.
        i = k + 1;
        continue;
      }
    }
    merged.push(token);
    i += 1;
  }
  return merged;
}

/**
 * The statement MikroORM would send for (`sql`, `params`), with its strings, dates, JSON values and lists of
 * strings as parameters. Undefined when a value cannot be bound with the same meaning: send it as before.
 */
export function bindParameters(sql: string, params: readonly unknown[], platform: PostgreSqlPlatform): BoundStatement | undefined {
  let tokens: Token[];
  try {
    tokens = mergeInLists(tokenize(sql, params, platform));
  } catch (error) {
    if (error instanceof NotBindable) return undefined;
    throw error;
  }
  let text = '';
  const values: unknown[] = [];
  for (const token of tokens) {
    if (typeof token === 'string') {
      text += token;
      continue;
    }
    const { value } = token;
    if (value === null || value === undefined) text += 'NULL';
    else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return undefined;
      text += String(value);
    } else if (typeof value === 'bigint') text += value.toString();
    else if (typeof value === 'boolean') text += value ? 'true' : 'false';
    else {
      values.push(value instanceof Date ? platform.formatDate(value) : value);
      text += `$${values.length}`;
    }
  }
  // Several statements in one text are allowed only without parameters (simple protocol).
  if (values.length > MAX_PARAMETERS || (values.length > 0 && text.replace(/;\s*$/, '').includes(';'))) return undefined;
  return { text, values };
}

/** How many texts one connection pool may prepare: each pooled connection keeps a plan for each it ran. */
export const MAX_PREPARED_STATEMENTS = 128;
/** Texts counted before one is seen twice; the count starts again beyond. */
const MAX_COUNTED_TEXTS = 4096;

/** Names the texts worth preparing: seen at least twice, up to {@link MAX_PREPARED_STATEMENTS}. */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_PREPARED_STATEMENTS) {}

  /** The name to prepare `text` under, or undefined to send it unnamed. */
  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name || this.names.size >= this.max) return name;
    if (!this.seen.has(text)) {
      if (this.seen.size >= MAX_COUNTED_TEXTS) this.seen.clear();
      this.seen.add(text);
      return undefined;
    }
    this.seen.delete(text);
    const named = `mk_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
    this.names.set(text, named);
    return named;
  }

  get size(): number {
    return this.names.size;
  }
}

type QueryOrKnex = Parameters<PostgreSqlConnection['execute']>[0];
type Method = 'all' | 'get' | 'run';

/** MikroORM's PostgreSQL connection, sending bound parameters and naming frequent statements (see above). */
export class PreparedStatementConnection extends PostgreSqlConnection {
  readonly statementNames = new StatementNames();

  override async execute<T>(queryOrKnex: QueryOrKnex, params: unknown[] = [], method: Method = 'all', ctx?: Transaction, loggerContext?: LoggingOptions): Promise<T> {
    let query = queryOrKnex;
    let values = params;
    let transaction = ctx;
    if (Utils.isObject<{ toSQL(): { sql: string; bindings?: unknown[] }; client: { transacting?: boolean } }>(query)) {
      transaction ??= query.client.transacting ? (query as unknown as Transaction) : undefined;
      const compiled = query.toSQL();
      query = compiled.sql;
      values = (compiled.bindings ?? []) as unknown[];
    }
    if (values.length === 0) return super.execute<T & object>(query, values, method, transaction, loggerContext) as Promise<T>;
    await this.ensureConnection();
    const sql = this.config.get('onQuery')(query as string, values);
    const bound = bindParameters(sql, values, this.platform as PostgreSqlPlatform);
    if (!bound) return super.execute<T & object>(query, values, method, transaction, loggerContext) as Promise<T>;
    const name = bound.values.length > 0 ? this.statementNames.nameOf(bound.text) : undefined;
    return this.executeQuery(this.logged(sql, values, loggerContext), async () => {
      const raw = this.getKnex().raw(bound.text);
      // Given as pg's query options: knex sees a statement without bindings, so it neither rewrites the text
      // nor expects placeholders of its own, and still emits its `query` event (the statement counter).
      raw.options({ values: bound.values, ...(name ? { name } : {}) });
      if (transaction) raw.transacting(transaction as never);
      return this.transformRawResult<T>(await raw, method);
    }, { query: sql, params: values, ...loggerContext });
  }

  /** The statement as MikroORM's query log shows it (its values only when `query-params` logging is on). */
  private logged(sql: string, params: unknown[], context?: LoggingOptions): string {
    const logger = this.config.getLogger();
    if (!logger.isEnabled('query', context)) return sql;
    return logger.isEnabled('query-params', context) ? this.platform.formatQuery(sql, params) : sql;
  }
}

/** MikroORM's PostgreSQL driver on a {@link PreparedStatementConnection}. */
export class PreparedStatementDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    (this as unknown as { connection: PostgreSqlConnection }).connection = new PreparedStatementConnection(this.config);
  }
}
