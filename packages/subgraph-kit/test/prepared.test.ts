import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, MikroORM, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PostgreSqlDriver, type EntityManager, type PostgreSqlPlatform } from '@mikro-orm/postgresql';
import pino from 'pino';
import { ormOptions } from '../src/orm';
import { bindParameters, PreparedStatementConnection, PreparedStatementDriver } from '../src/prepared';
import { countStatements, withStatementCount } from '../src/statements';
import { scratchDatabase } from './scratch-database';

enum Stage {
  DRAFT = 'DRAFT',
  IN_EXECUTION = 'IN_EXECUTION',
  CLOSED = 'CLOSED',
}

@Entity({ tableName: 'ps_deal' })
class Deal {
  [OptionalProps]?: 'stage' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property()
  reference!: string;

  @Enum({ items: () => Stage, nativeEnumName: 'ps_stage' })
  stage: Stage = Stage.DRAFT;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  hours?: string | null;

  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property()
  createdAt: Date = new Date('2026-03-01T10:00:00.000Z');
}

const { adminUrl, databaseName, databaseUrl } = scratchDatabase('prepared');
let admin: MikroORM<PostgreSqlDriver>;
/** Sends values inlined, as MikroORM does: the reference every answer is compared with. */
let inlined: MikroORM<PostgreSqlDriver>;
/** One connection, so that its prepared statements can be read back. */
let prepared: MikroORM<PostgreSqlDriver>;

const options = (url: string, driver: typeof PostgreSqlDriver) => ({
  driver, clientUrl: url, entities: [Deal], allowGlobalContext: false, forceUtcTimezone: true, pool: { min: 0, max: 1 },
});

beforeAll(async () => {
  admin = await MikroORM.init(options(adminUrl, PostgreSqlDriver));
  await admin.em.getConnection().execute(`CREATE DATABASE ${databaseName}`);
  inlined = await MikroORM.init(options(databaseUrl, PostgreSqlDriver));
  await inlined.schema.createSchema();
  prepared = await MikroORM.init(options(databaseUrl, PreparedStatementDriver));
  countStatements(prepared);
  const em = inlined.em.fork();
  ['DRAFT', 'IN_EXECUTION', 'CLOSED', 'IN_EXECUTION', 'CLOSED'].forEach((stage, n) => {
    em.create(Deal, {
      reference: `D-${n}'${n % 2 ? '\\' : '?'}`,
      stage: stage as Stage,
      hours: n % 2 ? `${n}07.50` : null,
      details: n % 2 ? { note: `« ${n} »`, list: [n, 'x'] } : null,
      startDate: `2026-0${n + 1}-15`,
      createdAt: new Date(Date.UTC(2026, n, 1, 10, 30)),
    });
  });
  await em.flush();
});

afterAll(async () => {
  await prepared?.close(true);
  await inlined?.close(true);
  await admin?.em.getConnection().execute(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin?.close(true);
});

const platform = () => prepared.em.getPlatform() as PostgreSqlPlatform;
const both = async (sql: string, params: unknown[]) => [
  await inlined.em.getConnection().execute(sql, params),
  await prepared.em.getConnection().execute(sql, params),
];
const fork = (orm: MikroORM<PostgreSqlDriver>) => orm.em.fork() as EntityManager;

describe('the statement sent, with its values apart', () => {
  test('strings, dates and JSON values are parameters; numbers, booleans and NULL stay in the text', () => {
    const at = new Date(Date.UTC(2026, 4, 2, 8, 15, 30, 250));
    expect(bindParameters('select * from t where a = ? and b > ? and c = ? and d is ? and e = ? and f = ? and g = ?', ['x', 12.5, true, null, at, { k: ['v'] }, 7n], platform())).toEqual({
      text: 'select * from t where a = $1 and b > 12.5 and c = true and d is NULL and e = $2 and f = $3 and g = 7',
      values: ['x', '2026-05-02T08:15:30.250Z', '{"k":["v"]}'],
    });
  });

  test('a list of strings in IN (…) is one array; NOT IN becomes <> ALL; a list with another value stays a list', () => {
    expect(bindParameters('select 1 from t where id in (?, ?, ?) and s not in (?) and n in (?, ?)', ['a', 'b', 'c', ['x', 'y'], 1, 'z'], platform())).toEqual({
      text: 'select 1 from t where id = ANY($1) and s <> ALL($2) and n in (1, $3)',
      values: [['a', 'b', 'c'], ['x', 'y'], 'z'],
    });
    // Ten ids or fifty: one text.
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    expect(bindParameters('select 1 from t where id in (?)', [ids(10)], platform())!.text).toBe(bindParameters('select 1 from t where id in (?)', [ids(50)], platform())!.text);
    // A tuple list, a function whose name ends in "in", a list followed by more: not merged.
    expect(bindParameters('select 1 from t where (a, b) in ((?, ?)) and join_in(?) and c in (?, lower(?))', ['a', 'b', 'c', 'd', 'e'], platform())!.text)
      .toBe('select 1 from t where (a, b) in (($1, $2)) and join_in($3) and c in ($4, lower($5))');
  });

  test('identifiers (??) and escaped question marks (\\?) read as MikroORM reads them', () => {
    expect(bindParameters('select ?? from t where a = ? and b \\?| array[\'\\?\']', ['col"x', 'v'], platform())).toEqual({
      text: 'select "col""x" from t where a = $1 and b ?| array[\'?\']',
      values: ['v'],
    });
  });

  test('what cannot be bound with the same meaning is left to MikroORM', () => {
    expect(bindParameters('select ?', [Buffer.from('x')], platform())).toBeUndefined();
    expect(bindParameters('select ? in (?)', ['a', [{ nested: true }]], platform())).toBeUndefined();
    expect(bindParameters('select ?', [Number.NaN], platform())).toBeUndefined();
    expect(bindParameters('select ?; select ?', ['a', 'b'], platform())).toBeUndefined();
  });
});

describe('a connection sending bound, prepared statements', () => {
  test('is what a subgraph\'s ORM runs on, unless DB_PREPARED_STATEMENTS is false', () => {
    const base = { url: 'postgres://u:p@db:5432/x', poolMax: 1, entities: [], migrations: [], logger: pino({ level: 'silent' }) };
    expect(ormOptions(base).driver).toBe(PreparedStatementDriver);
    expect(ormOptions({ ...base, preparedStatements: true }).driver).toBe(PreparedStatementDriver);
    expect(ormOptions({ ...base, preparedStatements: false }).driver).toBe(PostgreSqlDriver);
  });

  test('answers what the inlined statement answers', async () => {
    const cases: [string, unknown[]][] = [
      ['select reference, stage, hours, details, start_date, created_at from ps_deal where reference = ?', ["D-1'\\"]],
      ['select reference from ps_deal where reference like ? order by reference', ["D-%'?"]],
      ['select count(*)::int as n from ps_deal where stage in (?) and hours is not ?', [['IN_EXECUTION', 'CLOSED'], null]],
      ['select count(*)::int as n from ps_deal where stage not in (?, ?)', ['DRAFT', 'CLOSED']],
      ['select reference from ps_deal where id in (?) order by 1', [[randomUUID(), randomUUID()]]],
      ['select reference from ps_deal where created_at >= ? and start_date < ?::date + ? order by 1', [new Date(Date.UTC(2026, 2, 1)), '2026-04-01', 30]],
      ['select details ->> ? as note from ps_deal where details @> ?::jsonb order by 1', ['note', { list: [1, 'x'] }]],
      ['select ? as said, ?::int + 1 as next, ? as yes, ?::text is null as missing', ['« à ? »', 41, true, null]],
      ['select \'\\?\' as mark, reference from ps_deal where reference = ?', ['D-0\'?']],
    ];
    for (const [sql, params] of cases) {
      const [expected, actual] = await both(sql, params);
      expect({ sql, actual }).toEqual({ sql, actual: expected });
    }
  });

  test('reads and writes through the ORM give the same entities, in and out of a transaction', async () => {
    const where = { $or: [{ stage: { $in: [Stage.CLOSED, Stage.DRAFT] } }, { hours: { $gt: '300' } }], reference: { $like: 'D-%' } };
    const read = async (orm: MikroORM<PostgreSqlDriver>) => (await fork(orm).find(Deal, where, { orderBy: { reference: 'asc' } })).map((d) => ({ ...d }));
    expect(await read(prepared)).toEqual(await read(inlined));
    expect(await fork(prepared).count(Deal, where)).toBe(await fork(inlined).count(Deal, where));

    const id = await fork(prepared).transactional(async (em) => {
      const deal = em.create(Deal, { reference: 'T-1', stage: Stage.IN_EXECUTION, details: { why: "l'essai" }, startDate: '2026-12-01' });
      await em.flush();
      // Read back within the transaction, on its connection.
      const [seen] = await em.getConnection().execute('select reference from ps_deal where id in (?)', [[deal.id]], 'all', em.getTransactionContext());
      expect(seen).toEqual({ reference: 'T-1' });
      return deal.id;
    });
    expect(await fork(inlined).findOneOrFail(Deal, id)).toMatchObject({ reference: 'T-1', details: { why: "l'essai" }, startDate: '2026-12-01' });
    await expect(fork(prepared).transactional(async (em) => {
      await em.nativeUpdate(Deal, { id }, { reference: 'T-2' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect((await fork(inlined).findOneOrFail(Deal, id)).reference).toBe('T-1');
    await fork(prepared).nativeDelete(Deal, { id: { $in: [id] } });
    expect(await fork(inlined).count(Deal, { id })).toBe(0);
  });

  test('prepares a text seen twice, once per connection, and counts each statement', async () => {
    const connection = prepared.em.getConnection() as PreparedStatementConnection;
    const sql = 'select count(*)::int as n from ps_deal where stage in (?) and reference like ?';
    const { count, result } = withStatementCount(async () => {
      for (const stages of [['DRAFT'], ['CLOSED', 'DRAFT'], ['IN_EXECUTION', 'CLOSED', 'DRAFT']]) await connection.execute(sql, [stages, 'D-%']);
    });
    await result;
    expect(count.statements).toBe(3);
    const rows: { statement: string }[] = await connection.execute('select statement from pg_prepared_statements');
    expect(rows.map((row) => row.statement)).toContain('select count(*)::int as n from ps_deal where stage = ANY($1) and reference like $2');
    // The stock driver prepares nothing.
    await inlined.em.getConnection().execute(sql, [['DRAFT'], 'D-%']);
    await inlined.em.getConnection().execute(sql, [['DRAFT'], 'D-%']);
    expect(await inlined.em.getConnection().execute('select count(*)::int as n from pg_prepared_statements')).toEqual([{ n: 0 }]);
  });

  test('an error in a prepared statement is the error PostgreSQL gives, and the next call works', async () => {
    const connection = prepared.em.getConnection();
    const sql = 'select count(*)::int as n from ps_deal where id in (?)';
    await expect(connection.execute(sql, [['not-a-uuid']])).rejects.toThrow(/invalid input syntax for type uuid/);
    await expect(connection.execute(sql, [['not-a-uuid']])).rejects.toThrow(/invalid input syntax for type uuid/);
    expect(await connection.execute(sql, [[randomUUID()]])).toEqual([{ n: 0 }]);
  });
});
