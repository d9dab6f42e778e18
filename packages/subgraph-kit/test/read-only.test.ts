import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, MikroORM, OnLoad, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { PostgreSqlDriver, type EntityManager } from '@mikro-orm/postgresql';
import { createUuidGroupLoader, createUuidLoader } from '../src/loaders';
import { findPage } from '../src/pagination';
import { countReadOnly, findReadOnly } from '../src/read-only';
import { countStatements, withStatementCount } from '../src/statements';
import { scratchDatabase } from './scratch-database';

@Entity({ tableName: 'ro_owner' })
class Owner {
  [PrimaryKeyProp]?: 'siret';

  @PrimaryKey({ length: 14 })
  siret!: string;

  @Property()
  name!: string;
}

@Entity({ tableName: 'ro_item' })
class Item {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property()
  reference!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string | null;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property()
  active: boolean = true;

  @Property({ type: 'text', lazy: true, nullable: true })
  secret?: string | null;

  @ManyToOne(() => Owner)
  owner!: Owner;

  @ManyToOne(() => Owner, { nullable: true })
  previousOwner?: Owner | null;

  @ManyToOne(() => Item, { nullable: true })
  parent?: Item | null;

  @Property()
  createdAt: Date = new Date('2026-03-01T10:00:00.000Z');
}

@Entity({ tableName: 'ro_hooked' })
class Hooked {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  loaded = false;

  @OnLoad()
  markLoaded(): void {
    this.loaded = true;
  }
}

const { adminUrl, databaseName, databaseUrl } = scratchDatabase('read_only');
let admin: MikroORM<PostgreSqlDriver>;
let orm: MikroORM<PostgreSqlDriver>;

const options = (url: string) => ({ driver: PostgreSqlDriver, clientUrl: url, entities: [Owner, Item, Hooked], allowGlobalContext: false, forceUtcTimezone: true });

beforeAll(async () => {
  admin = await MikroORM.init(options(adminUrl));
  await admin.em.getConnection().execute(`CREATE DATABASE ${databaseName}`);
  orm = await MikroORM.init(options(databaseUrl));
  await orm.schema.createSchema();
  countStatements(orm);
  const em = orm.em.fork();
  const owners = ['11111111100011', '22222222200022'].map((siret, n) => em.create(Owner, { siret, name: `Entreprise ${n}` }));
  const root = em.create(Item, { reference: 'A-000', amount: '1250000.50', startDate: '2026-01-15', active: false, secret: 's', owner: owners[0]! });
  for (let n = 1; n <= 12; n += 1) {
    em.create(Item, {
      reference: `A-${String(n).padStart(3, '0')}`,
      amount: n % 3 === 0 ? null : `${n}00.25`,
      startDate: n % 2 === 0 ? null : '2026-02-01',
      owner: owners[n % 2]!,
      previousOwner: n % 4 === 0 ? owners[0]! : null,
      parent: n % 5 === 0 ? root : null,
    });
  }
  await em.flush();
});

afterAll(async () => {
  await orm?.close(true);
  await admin?.em.getConnection().execute(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin?.close(true);
});

/** What a resolver reads of an item: its columns, and the key of each relation. */
function readable(item: Item) {
  return {
    id: item.id,
    reference: item.reference,
    amount: item.amount,
    startDate: item.startDate,
    active: item.active,
    createdAt: item.createdAt,
    owner: item.owner.siret,
    previousOwner: item.previousOwner ? item.previousOwner.siret : item.previousOwner,
    parent: item.parent ? item.parent.id : item.parent,
  };
}

const fresh = (): EntityManager => orm.em.fork() as EntityManager;

describe('read-only finds', () => {
  test('answer what em.find answers, column by column, each relation by its key', async () => {
    const where = { $or: [{ owner: { name: 'Entreprise 1' } }, { amount: null }] };
    const managed = await fresh().find(Item, where, { orderBy: { reference: 'asc' } });
    const plain = await findReadOnly(fresh(), Item, where, { orderBy: { reference: 'asc' } });
    expect(plain.map(readable)).toEqual(managed.map(readable));
    expect(plain.length).toBeGreaterThan(3);
    expect(plain[0]!.createdAt).toBeInstanceOf(Date);
    expect(plain.some((item) => item.amount === null && item.previousOwner === null)).toBe(true);
  });

  test('give instances of the entity (type-graphql takes them as roots as they are), relations included', async () => {
    const [item] = await findReadOnly(fresh(), Item, { reference: 'A-005' });
    expect(item).toBeInstanceOf(Item);
    expect(item!.owner).toBeInstanceOf(Owner);
    expect(item!.parent).toBeInstanceOf(Item);
    expect(Object.keys(item!.owner)).toEqual(['siret']);
  });

  test('leave lazy columns out and keep nothing in the identity map', async () => {
    const em = fresh();
    const [item] = await findReadOnly(em, Item, { reference: 'A-000' });
    expect(item).toMatchObject({ reference: 'A-000', amount: '1250000.50', startDate: '2026-01-15', active: false, owner: { siret: '11111111100011' } });
    expect(item!.secret).toBeUndefined();
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  test('send one statement, like em.find, and flush pending changes first, as em.find does', async () => {
    const em = fresh();
    const { count, result } = withStatementCount(() => findReadOnly(em, Item, { reference: { $like: 'A-%' } }));
    expect(await result).toHaveLength(13);
    expect(count.statements).toBe(1);
    em.create(Owner, { siret: '33333333300033', name: 'Pending' });
    const [pending] = await findReadOnly(em, Owner, { siret: '33333333300033' });
    expect(pending).toEqual({ siret: '33333333300033', name: 'Pending' });
    await em.nativeDelete(Owner, { siret: '33333333300033' });
  });

  test('refuse an entity with an onLoad hook, which a plain row would skip', async () => {
    await expect(findReadOnly(fresh(), Hooked, {})).rejects.toThrow(/onInit and onLoad hooks/);
  });

  test('send the very statement em.find sends', async () => {
    const sent: string[] = [];
    const listen = (query: { sql: string }) => sent.push(query.sql);
    const knex = orm.em.getConnection().getKnex();
    knex.on('query', listen);
    try {
      const where = { owner: { name: 'Entreprise 1' }, id: { $in: [randomUUID(), randomUUID()] } };
      await fresh().find(Item, where, { orderBy: { reference: 'desc' }, limit: 3 });
      await findReadOnly(fresh(), Item, where, { orderBy: { reference: 'desc' }, limit: 3 });
    } finally {
      knex.removeListener('query', listen);
    }
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
  });

  test('give a read-only page the nodes, cursor and count of a managed one', async () => {
    const page = { orderBy: [['reference', 'asc'], ['id', 'asc']] as const, first: 5 };
    const managed = await findPage(fresh(), Item, { owner: '22222222200022' }, page);
    const plain = await findPage(fresh(), Item, { owner: '22222222200022' }, { ...page, readOnly: true });
    expect(plain.nodes.map(readable)).toEqual(managed.nodes.map(readable));
    expect(plain.pageInfo).toEqual(managed.pageInfo);
    expect(plain.totalCount).toBe(managed.totalCount);
    const next = await findPage(fresh(), Item, { owner: '22222222200022' }, { ...page, after: plain.pageInfo.endCursor, readOnly: true });
    expect(next.nodes.map((item) => item.reference)).toEqual(['A-011']);
  });

  test('give read-only loaders the answers of managed ones, in one statement per batch', async () => {
    const ids = (await findReadOnly(fresh(), Item, {}, { orderBy: { reference: 'asc' } })).map((item) => item.id);
    const keys = [ids[3]!, 'not-a-uuid', ids[0]!.toUpperCase(), randomUUID()];
    const managed = await createUuidLoader(fresh(), Item, 'id').loadMany(keys);
    const em = fresh();
    const { count, result } = withStatementCount(() => createUuidLoader(em, Item, 'id', { readOnly: true }).loadMany(keys));
    const plain = await result;
    expect(count.statements).toBe(1);
    expect(plain.map((item) => (item ? readable(item as Item) : item))).toEqual(managed.map((item) => (item ? readable(item as Item) : item)));
    const byParent = await createUuidGroupLoader(fresh(), Item, 'parent', { reference: 'asc' }, {}, { readOnly: true }).load(ids[0]!);
    expect(byParent.map((item) => item.reference)).toEqual(['A-005', 'A-010']);
  });
});

describe('read-only statements kept by the shape of their condition', () => {
  /** The statements sent and the driver.find calls (statements built) while `run` runs. */
  async function watch<R>(run: () => Promise<R>): Promise<{ result: R; sent: { sql: string; bindings: unknown[] }[]; built: number }> {
    const sent: { sql: string; bindings: unknown[] }[] = [];
    const listen = (query: { sql: string; bindings: unknown[] }) => sent.push({ sql: query.sql, bindings: query.bindings });
    const knex = orm.em.getConnection().getKnex();
    const find = jest.spyOn(orm.em.getDriver(), 'find');
    knex.on('query', listen);
    try {
      return { result: await run(), sent, built: find.mock.calls.length };
    } finally {
      knex.removeListener('query', listen);
      find.mockRestore();
    }
  }

  test('a second batch of the same size sends the first one’s statement with its own values, and answers as em.find', async () => {
    const all = await fresh().find(Item, {}, { orderBy: { reference: 'asc' } });
    const batches = [[all[0]!.id, all[1]!.id, all[2]!.id], [all[9]!.id, randomUUID(), all[4]!.id]];
    const where = (ids: string[]) => ({ id: { $in: ids }, owner: { $in: ['11111111100011', '22222222200022'] } });
    const first = await watch(() => findReadOnly(fresh(), Item, where(batches[0]!), { orderBy: { reference: 'desc' } }));
    const second = await watch(() => findReadOnly(fresh(), Item, where(batches[1]!), { orderBy: { reference: 'desc' } }));
    expect(second.built).toBe(0);
    expect(second.sent).toHaveLength(1);
    const managed = await watch(() => fresh().find(Item, where(batches[1]!), { orderBy: { reference: 'desc' } }));
    expect(second.sent.map((query) => query.sql)).toEqual(managed.sent.map((query) => query.sql));
    expect(second.sent[0]!.sql).toContain(batches[1]![1]);
    for (const [index, batch] of batches.entries()) {
      const managed = await fresh().find(Item, where(batch), { orderBy: { reference: 'desc' } });
      const plain = index === 0 ? first.result : second.result;
      expect(plain.map(readable)).toEqual(managed.map(readable));
      expect(plain.every((item) => item instanceof Item && item.owner instanceof Owner)).toBe(true);
    }
  });

  test('a list of another length, a null in place of a value, another order or limit are other statements', async () => {
    const conditions: [object, { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number }][] = [
      [{ reference: { $in: ['A-001', 'A-002'] } }, {}],
      [{ reference: { $in: ['A-003', 'A-004', 'A-005'] } }, {}],
      [{ reference: { $in: ['A-006'] } }, {}],
      [{ amount: null, startDate: '2026-02-01' }, { orderBy: { reference: 'asc' } }],
      [{ amount: '100.25', startDate: null }, { orderBy: { reference: 'asc' } }],
      [{ amount: null, startDate: null }, { orderBy: { reference: 'asc' } }],
      [{ amount: null, startDate: '2026-02-01' }, { orderBy: { reference: 'desc' }, limit: 1 }],
      [{ amount: null, startDate: '2026-02-01' }, { orderBy: { reference: 'desc' }, limit: 2 }],
      [{ active: true, reference: { $like: 'A-01%' } }, { limit: 3 }],
      [{ active: false, reference: { $like: 'A-0%' } }, { limit: 3 }],
    ];
    for (const round of [1, 2]) {
      for (const [where, options] of conditions) {
        const managed = await fresh().find(Item, where as never, options as never);
        const plain = await findReadOnly(fresh(), Item, where as never, options as never);
        expect({ round, where, options, rows: plain.map(readable) }).toEqual({ round, where, options, rows: managed.map(readable) });
      }
    }
  });

  test('a condition repeating a value (a cursor’s sort key) is kept with which values are equal, and answers as em.find', async () => {
    const after = (reference: string, other: string) => ({ $or: [{ reference: { $gt: reference } }, { reference: other, id: { $gt: '00000000-0000-4000-8000-000000000000' } }] });
    const cases = [['A-004', 'A-004', 1], ['A-007', 'A-007', 0], ['A-004', 'A-009', 1], ['A-002', 'A-008', 0], ['A-010', 'A-010', 0]] as const;
    for (const [reference, other, builds] of cases) {
      const where = after(reference, other);
      const { result, built } = await watch(() => findReadOnly(fresh(), Item, where, { orderBy: { reference: 'asc' }, limit: 4 }));
      const managed = await fresh().find(Item, where, { orderBy: { reference: 'asc' }, limit: 4 });
      expect({ reference, other, built, rows: result.map(readable) }).toEqual({ reference, other, built: builds, rows: managed.map(readable) });
    }
  });

  test('inside a transaction, the statement is built as em.find builds it', async () => {
    const ids = (await findReadOnly(fresh(), Item, {}, { orderBy: { reference: 'asc' } })).map((item) => item.id);
    await findReadOnly(fresh(), Item, { id: { $in: [ids[0]!] } });
    const { result, built } = await watch(() => fresh().transactional((em) => findReadOnly(em as EntityManager, Item, { id: { $in: [ids[1]!] } })));
    expect(built).toBe(1);
    expect(result.map((item) => item.id)).toEqual([ids[1]]);
  });

  test('a read-only count answers em.count for conditions of every shape; a second count of a shape builds nothing and sends em.count\'s statement', async () => {
    const conditions: object[] = [
      {},
      { owner: '22222222200022' },
      { owner: '11111111100011' },
      { amount: null, startDate: '2026-02-01' },
      { amount: '100.25', startDate: null },
      { reference: { $in: ['A-001', 'A-002', 'nothing'] } },
      { reference: { $in: ['A-003', 'A-004', 'A-005'] } },
      { owner: { name: 'Entreprise 1' }, active: true },
      { $or: [{ reference: { $like: 'A-01%' } }, { parent: { $ne: null } }] },
      { $or: [{ reference: { $like: 'A-00%' } }, { parent: { $ne: null } }] },
    ];
    const sent: string[] = [];
    const listen = (query: { sql: string }) => sent.push(query.sql);
    const knex = orm.em.getConnection().getKnex();
    const count = jest.spyOn(orm.em.getDriver(), 'count');
    knex.on('query', listen);
    try {
      for (const round of [1, 2]) {
        for (const where of conditions) {
          sent.length = 0;
          const managed = await fresh().count(Item, where as never);
          const builtBefore = count.mock.calls.length;
          const plain = await countReadOnly(fresh(), Item, where as never);
          const built = count.mock.calls.length - builtBefore;
          // The first count of each shape is built (the equal-shaped conditions share one); every later one is sent as kept.
          expect({ round, where, plain, statements: sent.length, same: sent[1] === sent[0] }).toEqual({ round, where, plain: managed, statements: 2, same: true });
          if (round === 2) expect({ where, built }).toEqual({ where, built: 0 });
        }
      }
    } finally {
      knex.removeListener('query', listen);
      count.mockRestore();
    }
    // Counts differ from one condition to the next: the comparison above compares something.
    expect(new Set(await Promise.all(conditions.map((where) => countReadOnly(fresh(), Item, where as never)))).size).toBeGreaterThan(4);
  });

  test('a read-only count flushes pending changes first and, in a transaction, is built as em.count builds it', async () => {
    const em = fresh();
    em.create(Owner, { siret: '44444444400044', name: 'Pending' });
    expect(await countReadOnly(em, Owner, { name: 'Pending' })).toBe(1);
    await em.nativeDelete(Owner, { siret: '44444444400044' });
    await countReadOnly(fresh(), Item, { owner: '11111111100011' });
    const count = jest.spyOn(orm.em.getDriver(), 'count');
    try {
      const inside = await fresh().transactional((tx) => countReadOnly(tx as EntityManager, Item, { owner: '22222222200022' }));
      expect(inside).toBe(await fresh().count(Item, { owner: '22222222200022' }));
      expect(count).toHaveBeenCalledTimes(2);
    } finally {
      count.mockRestore();
    }
  });
});
