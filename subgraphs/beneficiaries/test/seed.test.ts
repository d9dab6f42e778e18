import { createLogger, createOrm, migrate } from '@maillage/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@maillage/test-kit';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { migrations } from '../src/migrations';
import { DEMO_BENEFICIARIES, DEMO_PEOPLE_COUNT, seedDemo } from '../src/seeders/demo.seeder';
import { generatePeople } from '../src/seeders/demo-people';
import { generateWork } from '../src/seeders/demo-work';
import { createRandom } from '../src/seeders/random';
import { beneficiariesSubgraph } from '../src/subgraph';

let database: TestDatabase;
let orm: MikroORM;
const logger = createLogger({ name: 'seed-test', level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase('beneficiaries_seed');
  orm = await createOrm({ url: database.url, poolMax: 2, entities: beneficiariesSubgraph.entities, migrations, logger });
  await migrate(orm, migrations);
  await seedDemo(orm.em.fork() as EntityManager, logger);
});

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

async function count(sql: string): Promise<number> {
  const [row] = await orm.em.fork().getConnection().execute<{ n: number }[]>(`SELECT (${sql})::int AS n`);
  return row!.n;
}

describe('the demo data', () => {
  test('about two hundred people and 18 months of statements', async () => {
    expect(await count('SELECT count(*) FROM beneficiary')).toBe(DEMO_PEOPLE_COUNT);
    expect(await count('SELECT count(DISTINCT month) FROM hours_statement')).toBe(18);
    expect(await count('SELECT count(*) FROM hours_statement')).toBeGreaterThan(1500);
  });

  test('keeps the three original demo people with their ids and names', async () => {
    const rows = await orm.em.fork().getConnection().execute<{ id: string; first_name: string; last_name: string }[]>(
      'SELECT id, first_name, last_name FROM beneficiary WHERE id IN (?) ORDER BY id', [DEMO_BENEFICIARIES.map((person) => person.id)]);
    expect(rows).toEqual(DEMO_BENEFICIARIES.map(({ id, firstName, lastName }) => ({ id, first_name: firstName, last_name: lastName })));
  });

  test('spreads people over Rhône and Isère, the modalities the demo employers allow, and every sensitivity tier', async () => {
    expect(await count("SELECT count(DISTINCT department_code) FROM beneficiary WHERE department_code IN ('69', '38')")).toBe(2);
    // Every modality but AI and GEIQ: the demo structures include neither.
    expect(await count('SELECT count(DISTINCT modality) FROM placement')).toBe(6);
    expect(await count('SELECT count(DISTINCT contract_id) FROM placement')).toBe(3);
    expect(await count('SELECT count(DISTINCT ec.sensitivity) FROM beneficiary_criterion bc JOIN eligibility_criterion ec ON ec.id = bc.criterion_id')).toBe(3);
    expect(await count("SELECT count(*) FROM hours_statement WHERE version > 1")).toBeGreaterThan(0);
    expect(await count("SELECT count(DISTINCT kind) FROM outcome")).toBe(2);
  });

  test('the data respects the rules the API enforces', async () => {
    expect(await count('SELECT count(*) FROM hours_statement s JOIN placement p ON p.id = s.placement_id WHERE s.month < to_char(p.start_date, \'YYYY-MM\') OR s.month > to_char(coalesce(p.end_date, DATE \'2999-01-01\'), \'YYYY-MM\')')).toBe(0);
    expect(await count('SELECT count(*) FROM placement p JOIN insertion_path ip ON ip.id = p.path_id WHERE p.start_date < ip.started_on')).toBe(0);
    expect(await count("SELECT count(*) FROM hours_statement WHERE hours_worked + training_hours > 48 * 31 / 7.0")).toBe(0);
  });

  test('is generated the same way every time (seeded PRNG)', () => {
    const generate = () => {
      const random = createRandom(1234);
      const people = generatePeople(random, 50);
      return JSON.stringify({ people, work: generateWork(random, people) });
    };
    expect(generate()).toBe(generate());
  });

  test('seeding again leaves a database with people as it is', async () => {
    const before = await count('SELECT count(*) FROM hours_statement');
    await seedDemo(orm.em.fork() as EntityManager, logger);
    expect(await count('SELECT count(*) FROM hours_statement')).toBe(before);
  });
});
