import 'reflect-metadata';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { PostgreSqlDriver, type EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import { ormOptions } from '../src/orm';
import { RetryingEntityManager, TRANSACTION_ATTEMPTS, TRANSACTION_CONFLICT_MESSAGE } from '../src/transactions';
import { scratchDatabase } from './scratch-database';

@Entity({ tableName: 'tx_counter' })
class Counter {
  @PrimaryKey()
  id!: number;

  @Property()
  n!: number;
}

const { adminUrl, databaseName, databaseUrl } = scratchDatabase('transactions');
let admin: MikroORM<PostgreSqlDriver>;
let orm: MikroORM<PostgreSqlDriver>;

beforeAll(async () => {
  admin = await MikroORM.init({ driver: PostgreSqlDriver, clientUrl: adminUrl, entities: [Counter], allowGlobalContext: false });
  await admin.em.getConnection().execute(`CREATE DATABASE ${databaseName}`);
  // The kit's own options: the entity manager every subgraph gets.
  orm = await MikroORM.init({ ...ormOptions({ url: databaseUrl, poolMax: 4, entities: [Counter], migrations: [], logger: pino({ level: 'silent' }) }) });
  await orm.em.getConnection().execute('CREATE TABLE tx_counter (id int PRIMARY KEY, n int NOT NULL)');
});

beforeEach(async () => {
  await orm.em.getConnection().execute('TRUNCATE tx_counter');
  await orm.em.getConnection().execute('INSERT INTO tx_counter (id, n) VALUES (1, 0), (2, 0)');
});

afterAll(async () => {
  await orm?.close(true);
  await admin?.em.getConnection().execute(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin?.close(true);
});

/** Resolves once `count` callers have arrived. */
function barrier(count: number) {
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => { release = resolve; });
  return () => {
    arrived += 1;
    if (arrived === count) release();
    return all;
  };
}

/**
 * Adds 1 to both rows, the first row first or the second first. Two of them started together, in opposite
 * orders, each holding its first row when it asks for the other: a deadlock PostgreSQL breaks by aborting one.
 * Only the first attempt of each waits for the other (`firstAttempts`): a retry runs on its own.
 */
function crossing(em: EntityManager, order: [number, number], firstAttempts: () => Promise<void>, attempts: number[]) {
  let attempt = 0;
  return em.fork().transactional(async (tx) => {
    attempt += 1;
    attempts.push(order[0]);
    await tx.execute('UPDATE tx_counter SET n = n + 1 WHERE id = ?', [order[0]]);
    if (attempt === 1) await firstAttempts();
    await tx.execute('UPDATE tx_counter SET n = n + 1 WHERE id = ?', [order[1]]);
  });
}

const counts = async () => (await orm.em.getConnection().execute<{ id: number; n: number }[]>('SELECT id, n FROM tx_counter ORDER BY id'))
  .map((row) => row.n);

test('every subgraph gets the retrying entity manager, forks and transactions included', async () => {
  expect(orm.em).toBeInstanceOf(RetryingEntityManager);
  await orm.em.fork().transactional(async (tx) => {
    expect(tx).toBeInstanceOf(RetryingEntityManager);
  });
});

test('a transaction aborted as a deadlock runs again: both writes land, each once', async () => {
  const attempts: number[] = [];
  const meet = barrier(2);
  const results = await Promise.allSettled([crossing(orm.em, [1, 2], meet, attempts), crossing(orm.em, [2, 1], meet, attempts)]);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  // PostgreSQL aborted one of the two: three attempts in all, and each row counts both transactions once.
  expect(attempts).toHaveLength(3);
  expect(await counts()).toEqual([2, 2]);
});

test('a nested transaction does not retry on its own: its parent does, whole', async () => {
  const attempts: number[] = [];
  const meet = barrier(2);
  let outer = 0;
  const nested = orm.em.fork().transactional(async (tx) => {
    outer += 1;
    await tx.execute('UPDATE tx_counter SET n = n + 10 WHERE id = 1');
    // A savepoint inside: the deadlock aborts the whole transaction, and the outer callback runs again.
    await tx.transactional(async (inner) => {
      attempts.push(1);
      await inner.execute('UPDATE tx_counter SET n = n + 1 WHERE id = 1');
      if (outer === 1) await meet();
      await inner.execute('UPDATE tx_counter SET n = n + 1 WHERE id = 2');
    });
  });
  const results = await Promise.allSettled([nested, crossing(orm.em, [2, 1], meet, attempts)]);
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  expect(attempts).toHaveLength(3);
  expect(await counts()).toEqual([12, 2]);
});

/** A transaction that runs `statements` and fails on the last; `attempts()` says how many times it ran. */
function failing(...statements: string[]) {
  let attempts = 0;
  const write = orm.em.fork().transactional(async (tx) => {
    attempts += 1;
    for (const sql of statements) await tx.execute(sql);
  });
  return { write, attempts: () => attempts };
}

test('when every attempt is aborted, the caller gets a CONFLICT and nothing was written', async () => {
  // The last statement answers what PostgreSQL answers a transaction it aborts as a serialization failure.
  const { write, attempts } = failing('UPDATE tx_counter SET n = n + 1 WHERE id = 1',
    `DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`);
  await expect(write).rejects.toMatchObject({ message: TRANSACTION_CONFLICT_MESSAGE, extensions: { code: 'CONFLICT' } });
  expect(attempts()).toBe(TRANSACTION_ATTEMPTS);
  expect(await counts()).toEqual([0, 0]);
});

test('any other error is not retried', async () => {
  const { write, attempts } = failing('INSERT INTO tx_counter (id, n) VALUES (1, 5)');
  await expect(write).rejects.toThrow(/duplicate key/);
  expect(attempts()).toBe(1);
});
