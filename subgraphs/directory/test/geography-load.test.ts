import { createLogger, createOrm } from '@maillage/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ensureGeography, loadGeography } from '../src/modules/geography/geography.import';
import { directorySubgraph } from '../src/subgraph';
import { packageVersion } from './package-data';

let subgraph: TestSubgraph;
let orm: MikroORM<PostgreSqlDriver>;
const logger = createLogger({ name: 'test', level: 'silent' });

/** A digest of every geography table and of the facilitators' coverage: equal digests, equal data. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = ['region', 'department', 'epci', 'commune', 'commune_postal_code', 'facilitator_coverage'];
  const digests: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await orm.em.fork().execute<{ digest: string; count: string }[]>(
      `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest, count(*) AS count FROM ${table} t`,
    );
    digests[table] = `${row!.count}:${row!.digest}`;
  }
  return digests;
}

const fork = () => orm.em.fork() as EntityManager;

beforeAll(async () => {
  subgraph = await startTestSubgraph(directorySubgraph, { seedDemo: true });
  orm = await createOrm({ url: subgraph.databaseUrl, poolMax: 2, entities: directorySubgraph.entities, migrations: directorySubgraph.migrations, logger });
});

afterAll(async () => {
  await orm?.close();
  await subgraph?.stop();
});

describe('loading the geography again', () => {
  test('a second load of the same package changes nothing, facilitators’ coverage included', async () => {
    const before = await snapshot();
    expect(before.facilitator_coverage).toMatch(/^1[0-9]:/);
    const summary = await loadGeography(fork(), { force: true });
    const unchanged = { inserted: 0, updated: 0, deleted: 0 };
    expect(summary).toMatchObject({
      version: packageVersion, regions: unchanged, departments: unchanged, epcis: unchanged, communes: unchanged, postalCodes: unchanged,
      coverageMoved: 0, coverageRemoved: 0,
    });
    expect(summary!.communes.total).toBeGreaterThan(34_000);
    expect(await snapshot()).toEqual(before);
  });

  test('a start-up with the recorded version does not load again', async () => {
    expect(await ensureGeography(fork(), logger)).toBeNull();
  });

  test('a start-up after a package upgrade loads and records the new version', async () => {
    const before = await snapshot();
    await fork().execute("UPDATE geography_source SET version = '5.3.0'");
    const summary = await ensureGeography(fork(), logger);
    expect(summary).toMatchObject({ version: packageVersion, communes: { inserted: 0, updated: 0, deleted: 0 } });
    const { body } = await subgraph.query('{ geographySource { version } }');
    expect(body.data!.geographySource.version).toBe(packageVersion);
    expect(await snapshot()).toEqual(before);
  });

  test('a changed or vanished territory is corrected; coverage of a merged commune moves to the new one, of a dissolved EPCI goes', async () => {
    const em = fork();
    await em.execute("UPDATE commune SET name = 'Lyon (ancien nom)', search_name = 'lyon ancien nom' WHERE code = '69123'");
    await em.execute("DELETE FROM commune_postal_code WHERE commune_code = '69266'");
    // A commune of an older vintage, covered by a facilitator: 2A004 Ajaccio lists 20004 among its former codes.
    await em.execute(`INSERT INTO commune (code, name, search_name, kind, department_code, region_code)
      VALUES ('20004', 'Ajaccio (ancien code)', 'ajaccio ancien code', 'COMMUNE', '2A', '94')`);
    await em.execute(`INSERT INTO facilitator_coverage (id, facilitator_id, level, commune_code)
      VALUES (gen_random_uuid(), 'd1f00000-0000-4000-8000-000000000003', 'COMMUNE', '20004')`);
    // An EPCI that no longer exists, covered by a facilitator: its coverage cannot move and is removed.
    await em.execute("INSERT INTO epci (code, name, kind, financing, population) VALUES ('999999999', 'CC dissoute', 'CC', 'FPU', 1)");
    await em.execute(`INSERT INTO facilitator_coverage (id, facilitator_id, level, epci_code)
      VALUES (gen_random_uuid(), 'd1f00000-0000-4000-8000-000000000003', 'EPCI', '999999999')`);
    const summary = await loadGeography(fork(), { force: true });
    expect(summary).toMatchObject({
      communes: { inserted: 0, updated: 1, deleted: 1 }, epcis: { deleted: 1 }, postalCodes: { inserted: 1, deleted: 0 },
      coverageMoved: 1, coverageRemoved: 1,
    });
    const { body } = await subgraph.query(`{ commune(code: "69123") { name }
      villeurbanne: commune(code: "69266") { postalCodes } facilitator(id: "d1f00000-0000-4000-8000-000000000003") {
        coverage { territory { ... on Commune { code } ... on Department { code } } } } }`);
    expect(body.data).toEqual({
      commune: { name: 'Lyon' },
      villeurbanne: { postalCodes: ['69100'] },
      facilitator: { coverage: [{ territory: { code: '2A004' } }, { territory: { code: '38' } }] },
    });
  });
});
