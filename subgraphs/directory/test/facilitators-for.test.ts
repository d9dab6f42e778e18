import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { directorySubgraph } from '../src/subgraph';
import { FACILITATORS_FOR as FOR, facilitatorsFor as lookUp, PLIE_LYON } from './facilitators-for';
import { communesWithPostalCode } from './package-data';

let subgraph: TestSubgraph;
const facilitatorsFor = (place: Record<string, string>) => lookUp(subgraph, place);

beforeAll(async () => {
  subgraph = await startTestSubgraph(directorySubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('who is the facilitator for this place?', () => {
  test('a commune is answered most specific coverage first: commune, then EPCI, then department, then region', async () => {
    expect(await facilitatorsFor({ communeCode: '69266' })).toEqual([{
      place: '69266',
      facilitators: [
        ['Karim Essai', 'COMMUNE', '69266'],
        ['Camille Exemple', 'EPCI', '200046977'],
        ['Nadia Fictif', 'DEPARTMENT', '69'],
        ['Élodie Démo', 'REGION', '84'],
      ],
    }]);
  });

  test('a municipal district is answered through itself, then its commune, and a facilitator who left is not listed', async () => {
    const [lyon8] = await facilitatorsFor({ communeCode: '69388' });
    expect(lyon8!.facilitators).toEqual([
      ['Lucas Spécimen', 'COMMUNE', '69388'],
      ['Camille Exemple', 'EPCI', '200046977'],
      ['Nadia Fictif', 'DEPARTMENT', '69'],
      ['Élodie Démo', 'REGION', '84'],
    ]);
    expect(JSON.stringify(lyon8)).not.toContain('Hugo Ancien');
    expect(await facilitatorsFor({ postalCode: '69008' })).toEqual([lyon8]);
  });

  test('a postal code shared by several communes is answered once per commune', async () => {
    const answers = await facilitatorsFor({ postalCode: '69170' });
    expect(answers.map((answer) => answer.place).sort()).toEqual(communesWithPostalCode('69170'));
    expect(answers.length).toBeGreaterThan(5);
    for (const answer of answers) {
      expect(answer.facilitators).toEqual([['Nadia Fictif', 'DEPARTMENT', '69'], ['Élodie Démo', 'REGION', '84']]);
    }
  });

  test('an EPCI, a department and a region are answered by coverage of that territory or a wider one', async () => {
    expect(await facilitatorsFor({ epciCode: '200046977' })).toEqual([{
      place: '200046977',
      facilitators: [['Camille Exemple', 'EPCI', '200046977'], ['Nadia Fictif', 'DEPARTMENT', '69'], ['Élodie Démo', 'REGION', '84']],
    }]);
    expect(await facilitatorsFor({ departmentCode: '38' })).toEqual([{
      place: '38', facilitators: [['Julien Modèle', 'DEPARTMENT', '38'], ['Élodie Démo', 'REGION', '84']],
    }]);
    expect(await facilitatorsFor({ regionCode: '84' })).toEqual([{ place: '84', facilitators: [['Élodie Démo', 'REGION', '84']] }]);
  });

  test('a Corsican and an overseas commune are answered like any other, shared postal codes included', async () => {
    expect(await facilitatorsFor({ communeCode: '2A004' })).toEqual([{ place: '2A004', facilitators: [] }]);
    const mayotte = await facilitatorsFor({ postalCode: '97615' });
    expect(mayotte.map((answer) => answer.place).sort()).toEqual(['97608', '97615']);
  });

  test.each([
    [{ postalCode: '6900' }, 'postalCode', '5 digits'],
    [{ postalCode: '69 003' }, 'postalCode', '5 digits'],
    [{ communeCode: '75' }, 'communeCode', 'INSEE commune code'],
    [{ epciCode: 'Métropole' }, 'epciCode', '9 digits'],
    [{ departmentCode: '2C' }, 'departmentCode', 'department code'],
    [{ regionCode: '8' }, 'regionCode', 'region code'],
    [{}, 'postalCode', 'exactly one'],
    [{ postalCode: '69003', communeCode: '69123' }, 'communeCode', 'exactly one'],
  ])('%j is refused with BAD_USER_INPUT naming the field and the format', async (variables, field, format) => {
    const { body } = await subgraph.query(FOR, variables);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0]!.message).toContain(format);
  });

  test.each([
    [{ postalCode: '99999' }, 'no commune has the postal code 99999'],
    [{ communeCode: '2B999' }, 'no commune has the code 2B999'],
    [{ epciCode: '999999999' }, 'no EPCI has the code 999999999'],
    [{ departmentCode: '985' }, 'no department has the code 985'],
  ])('%j, well-formed but unknown, is NOT_FOUND saying so', async (variables, message) => {
    const { body } = await subgraph.query(FOR, variables);
    expect(body.errors![0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'NOT_FOUND' } });
  });

  test('Commune.facilitators through _entities costs the same number of statements for 2 and for 300 communes', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Commune { name facilitators { level facilitator { name organisation { name } } territory { __typename } } } } }`;
    const representations = (codes: string[]) => codes.map((code) => ({ __typename: 'Commune', code }));
    const { body } = await subgraph.query(query, { representations: representations(['69266', '69259']) });
    expect(body.data!._entities[1].facilitators.map((m: { facilitator: { name: string } }) => m.facilitator.name))
      .toEqual(['Sophie Témoin', 'Camille Exemple', 'Nadia Fictif', 'Élodie Démo']);
    // The same kinds of coverage in both (commune, EPCI, department, region), many more communes in the second.
    const many = ['69266', '69259', ...communesWithPostalCode('69170'), ...Array.from({ length: 289 }, (_, i) => `01${String(i + 1).padStart(3, '0')}`)];
    const few = await subgraph.statementsFor(query, { representations: representations(['69266', '69259']) });
    const statements = await subgraph.statementsFor(query, { representations: representations(many) });
    expect(statements).toBe(few);
  });

  test('a report’s facilitation costs one statement for the nation and its 18 regions; the nation counts every region’s facilitator', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on InsertionReport { facilitation { facilitators services } } } }`;
    const regions = ['01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];
    const representations = [
      { __typename: 'InsertionReport', key: 'n', scopeKind: 'NATION', scopeCode: null },
      ...regions.map((code) => ({ __typename: 'InsertionReport', key: `r${code}`, scopeKind: 'REGION', scopeCode: code })),
      { __typename: 'InsertionReport', key: 'd69', scopeKind: 'DEPARTMENT', scopeCode: '69' },
      { __typename: 'InsertionReport', key: 'b', scopeKind: 'BUYER', scopeCode: '5c0e1d2a-0000-4000-8000-000000000001' },
    ];
    const { body } = await subgraph.query(query, { representations });
    expect(body.errors).toBeUndefined();
    const [nation, ...rest] = body.data!._entities.map((entity: { facilitation: { facilitators: number; services: number } | null }) => entity.facilitation);
    const [auvergneRhoneAlpes, rhone, buyer] = [rest[regions.indexOf('84')], rest[regions.length], rest[regions.length + 1]];
    expect(buyer).toBeNull();
    expect(rhone.facilitators).toBeGreaterThan(0);
    expect(auvergneRhoneAlpes.facilitators).toBeGreaterThanOrEqual(rhone.facilitators);
    expect(nation.facilitators).toBeGreaterThanOrEqual(auvergneRhoneAlpes.facilitators);
    // Asked together, each scope has what it has asked alone: the one statement keeps the scopes apart.
    for (const [index, representation] of representations.entries()) {
      const alone = await subgraph.query(query, { representations: [representation] });
      expect([representation.key, alone.body.data!._entities[0].facilitation]).toEqual([representation.key, body.data!._entities[index].facilitation]);
    }
    expect(await subgraph.statementsFor(query, { representations })).toBe(1);
    expect(await subgraph.statementsFor(query, { representations: representations.slice(0, 1) })).toBe(1);
  });

  test('facilitators and organisations resolve by their fixed ids through _entities', async () => {
    const { body } = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Facilitator { name email organisation { name kind } coverage { level territory { ... on Epci { name } } } }
        ... on FacilitatorOrganisation { name facilitators(includeInactive: true) { name active } } } }`,
      {
        representations: [
          { __typename: 'Facilitator', id: 'd1f00000-0000-4000-8000-000000000001' },
          { __typename: 'Facilitator', id: 'not-a-uuid' },
          { __typename: 'Facilitator', id: 'd1f00000-0000-4000-8000-0000000000ff' },
          { __typename: 'FacilitatorOrganisation', id: PLIE_LYON },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      {
        name: 'Camille Exemple', email: 'camille.exemple@plie-lyon.example',
        organisation: { name: 'PLIE de la Métropole de Lyon (démo)', kind: 'PLIE' },
        coverage: [{ level: 'EPCI', territory: { name: 'Métropole de Lyon' } }],
      },
      null,
      null,
      {
        name: 'PLIE de la Métropole de Lyon (démo)',
        facilitators: [{ name: 'Camille Exemple', active: true }, { name: 'Hugo Ancien', active: false }, { name: 'Lucas Spécimen', active: true }],
      },
    ]);
    const one = await subgraph.query('{ facilitator(id: "d1f00000-0000-4000-8000-000000000002") { name coverage { level } } }');
    expect(one.body.data!.facilitator).toEqual({ name: 'Nadia Fictif', coverage: [{ level: 'DEPARTMENT' }] });
  });
});

