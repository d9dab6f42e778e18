import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@maillage/test-kit';
import { directorySubgraph } from '../src/subgraph';
import { communesWithPostalCode, currentCommunes, municipalDistricts, packageVersion } from './package-data';

interface CommunePage {
  totalCount: number;
  nodes: { code: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(directorySubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('French geography loaded from @etalab/decoupage-administratif', () => {
  test('every current commune of the package is served, department by department', async () => {
    const { body } = await subgraph.query('{ regions { code departments { code communes(first: 1) { totalCount } } } }');
    expect(body.errors).toBeUndefined();
    const served = new Map<string, number>();
    for (const region of body.data!.regions) {
      for (const department of region.departments) served.set(department.code, department.communes.totalCount);
    }
    const expected = new Map<string, number>();
    for (const commune of currentCommunes) expected.set(commune.departement, (expected.get(commune.departement) ?? 0) + 1);
    expect([...served.values()].reduce((sum, count) => sum + count, 0)).toBe(currentCommunes.length);
    expect(currentCommunes.length).toBeGreaterThan(34_000);
    for (const [department, count] of expected) expect([department, served.get(department)]).toEqual([department, count]);
  });

  test('municipal districts of Paris, Lyon and Marseille are rows of their own, attached to their commune', async () => {
    const { body } = await subgraph.query(`{
      paris: commune(code: "75056") { municipalDistricts { code } }
      lyon: commune(code: "69123") { kind municipalDistricts { code } }
      marseille: commune(code: "13055") { municipalDistricts { code } }
      lyon3: commune(code: "69383") { name kind postalCodes parent { name } department { code } epci { code } }
    }`);
    expect(body.errors).toBeUndefined();
    const served = ['paris', 'lyon', 'marseille'].flatMap((city) => body.data![city].municipalDistricts.map((d: { code: string }) => d.code));
    expect(served.sort()).toEqual(municipalDistricts.map((district) => district.code).sort());
    expect(body.data!.lyon.kind).toBe('COMMUNE');
    expect(body.data!.lyon3).toEqual({
      name: 'Lyon 3e Arrondissement', kind: 'MUNICIPAL_DISTRICT', postalCodes: ['69003'],
      parent: { name: 'Lyon' }, department: { code: '69' }, epci: { code: '200046977' },
    });
  });

  test('the loaded package version and its vintage are recorded', async () => {
    const { body } = await subgraph.query('{ geographySource { package version vintage loadedAt } }');
    expect(body.data!.geographySource).toEqual({
      package: '@etalab/decoupage-administratif', version: packageVersion, vintage: '2026', loadedAt: expect.any(String),
    });
  });

  test('a commune keeps its INSEE code apart from its postal codes, with its parents', async () => {
    const { body } = await subgraph.query(`{ commune(code: "69123") {
      name population postalCodes department { code name region { code } } region { name } epci { name kind } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.commune).toMatchObject({
      name: 'Lyon', department: { code: '69', name: 'Rhône', region: { code: '84' } }, region: { name: 'Auvergne-Rhône-Alpes' },
      epci: { name: 'Métropole de Lyon', kind: 'MET69' },
    });
    expect(body.data!.commune.postalCodes).toEqual(['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009']);
    expect(body.data!.commune.population).toBeGreaterThan(500_000);
  });

  test('Corsican and overseas communes behave like every other', async () => {
    const { body } = await subgraph.query(`{
      ajaccio: commune(code: "2a004") { code name postalCodes department { code name } region { code name } epci { code } }
      saintDenis: commune(code: "97411") { name postalCodes department { code name } region { code } }
      corsica: department(code: "2B") { name region { name } communes(first: 1) { totalCount } }
      mayotte: communes(search: "97615") { nodes { code name department { code } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.ajaccio).toMatchObject({
      code: '2A004', name: 'Ajaccio', postalCodes: expect.arrayContaining(['20000']),
      department: { code: '2A', name: 'Corse-du-Sud' }, region: { code: '94', name: 'Corse' }, epci: { code: expect.stringMatching(/^\d{9}$/) },
    });
    expect(body.data!.saintDenis).toEqual({ name: 'Saint-Denis', postalCodes: expect.arrayContaining(['97400']), department: { code: '974', name: 'La Réunion' }, region: { code: '04' } });
    expect(body.data!.corsica.communes.totalCount).toBe(currentCommunes.filter((c) => c.departement === '2B').length);
    expect(body.data!.mayotte.nodes.map((c: { code: string }) => c.code).sort()).toEqual(communesWithPostalCode('97615'));
  });

  test('a commune is found by the start of its name whatever the accents, case, hyphens and apostrophes', async () => {
    const search = async (text: string) => {
      const { body } = await subgraph.query('query ($s: String!) { communes(search: $s, first: 100) { totalCount nodes { code name } } }', { s: text });
      expect(body.errors).toBeUndefined();
      return body.data!.communes;
    };
    const exact = await search('Saint-Étienne-du-Bois');
    expect(exact.nodes.map((c: { code: string }) => c.code)).toContain('01350');
    for (const variant of ['saint etienne du bois', 'SAINT-ETIENNE-DU-BOIS', 'st étienne du bois', 'Saint Étienne du bo']) {
      expect((await search(variant)).nodes).toEqual(exact.nodes);
    }
    const abergement = await search("l'abergement");
    expect(abergement.nodes.map((c: { name: string }) => c.name)).toEqual([
      "L'Abergement-Clémenciat", "L'Abergement-de-Cuisery", "L'Abergement-de-Varey", "L'Abergement-Sainte-Colombe",
    ]);
  });

  test('a commune is found by its postal code, and a postal code prefix pages through every match once', async () => {
    const { body } = await subgraph.query('{ communes(search: "69170") { nodes { code } } }');
    expect(body.data!.communes.nodes.map((c: { code: string }) => c.code).sort()).toEqual(communesWithPostalCode('69170'));
    const expected = new Set(currentCommunes.filter((c) => c.codesPostaux?.some((p) => p.startsWith('690'))).map((c) => c.code));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<{ communes: CommunePage }> = await subgraph.query(
        'query ($after: String) { communes(search: "690", first: 7, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(page.body.data!.communes.totalCount).toBe(expected.size);
      seen.push(...page.body.data!.communes.nodes.map((c) => c.code));
      after = page.body.data!.communes.pageInfo.hasNextPage ? page.body.data!.communes.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([...expected].sort());
  });

  test('an EPCI lists its member communes and each member knows its EPCI', async () => {
    const { body } = await subgraph.query('{ epci(code: "200046977") { name kind communes { code } } commune(code: "69266") { epci { code } } }');
    expect(body.data!.epci.name).toBe('Métropole de Lyon');
    expect(body.data!.epci.communes).toHaveLength(58);
    expect(body.data!.epci.communes).toContainEqual({ code: '69266' });
    expect(body.data!.commune.epci).toEqual({ code: '200046977' });
  });

  test.each([
    ['commune(code: "6912")', 'code', 'INSEE commune code'],
    ['commune(code: "Lyon")', 'code', 'INSEE commune code'],
    ['commune(code: "2C004")', 'code', 'INSEE commune code'],
    ['department(code: "96")', 'code', 'department code'],
    ['region(code: "8")', 'code', 'region code'],
    ['epci(code: "20004697")', 'code', 'SIREN, 9 digits'],
    ['communes(search: "6") { totalCount }', 'search', '2 to 5 digits'],
    ['communes(search: "é") { totalCount }', 'search', 'at least 2 letters'],
  ])('%s is refused with BAD_USER_INPUT naming the field and the format', async (field, name, format) => {
    const selection = field.includes('{') ? field : `${field} { __typename }`;
    const { body } = await subgraph.query(`{ ${selection} }`);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: name });
    expect(body.errors![0]!.message).toContain(format);
  });

  test.each([
    ['commune(code: "99999")', 'no commune has the code 99999'],
    ['commune(code: "2A999")', 'no commune has the code 2A999'],
    ['region(code: "99")', 'no region has the code 99'],
    ['department(code: "985")', 'no department has the code 985'],
    ['epci(code: "123456789")', 'no EPCI has the code 123456789'],
  ])('%s, well-formed but unknown, is NOT_FOUND saying so', async (field, message) => {
    const { body } = await subgraph.query(`{ ${field} { name } }`);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'NOT_FOUND' } });
  });

  test('_entities for 1,000 communes with their parents and postal codes costs as many statements as for 10', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Commune { name postalCodes department { name region { name } } epci { name } parent { name } } } }`;
    const representations = (count: number) =>
      currentCommunes.slice(0, count).map((commune) => ({ __typename: 'Commune', code: commune.code }));
    const { body } = await subgraph.query(query, { representations: representations(1000) });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toHaveLength(1000);
    expect(body.data!._entities.every((commune: { name: string } | null) => commune?.name)).toBe(true);
    const few = await subgraph.statementsFor(query, { representations: representations(10) });
    const many = await subgraph.statementsFor(query, { representations: representations(1000) });
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
  });
});
