import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { directorySubgraph } from '../src/subgraph';
import { communesWithPostalCode } from './package-data';

let subgraph: TestSubgraph;

const PLIE_LYON = 'd1f0a000-0000-4000-8000-000000000001';
const MDE_RHONE = 'd1f0a000-0000-4000-8000-000000000002';
const FOR = `query ($postalCode: String, $communeCode: String, $epciCode: String, $departmentCode: String, $regionCode: String) {
  facilitatorsFor(postalCode: $postalCode, communeCode: $communeCode, epciCode: $epciCode, departmentCode: $departmentCode, regionCode: $regionCode) {
    place { __typename ... on Commune { code name } ... on Epci { code } ... on Department { code } ... on Region { code } }
    facilitators { level territory { ... on Commune { code } ... on Epci { code } ... on Department { code } ... on Region { code } } facilitator { name } }
  } }`;

interface PlaceAnswer {
  place: { __typename: string; code: string; name?: string };
  facilitators: { level: string; territory: { code: string }; facilitator: { name: string } }[];
}

/** `[name, level, territory code]` of each facilitator of each place. */
async function facilitatorsFor(place: Record<string, string>): Promise<{ place: string; facilitators: string[][] }[]> {
  const { body } = await subgraph.query<{ facilitatorsFor: PlaceAnswer[] }>(FOR, place);
  expect(body.errors).toBeUndefined();
  return body.data!.facilitatorsFor.map((answer) => ({
    place: answer.place.code,
    facilitators: answer.facilitators.map((match) => [match.facilitator.name, match.level, match.territory.code]),
  }));
}

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

const CREATE_ORGANISATION = `mutation ($input: CreateFacilitatorOrganisationInput!) {
  createFacilitatorOrganisation(input: $input) { id name kind siret postalCode commune { name } website } }`;
const CREATE_FACILITATOR = `mutation ($input: CreateFacilitatorInput!) {
  createFacilitator(input: $input) { id name active coverage { level territory { __typename ... on Commune { code } ... on Epci { code } ... on Department { code } ... on Region { code } } } } }`;
const UPDATE_FACILITATOR = 'mutation ($id: ID!, $input: UpdateFacilitatorInput!) { updateFacilitator(id: $id, input: $input) { name jobTitle active } }';
const SET_COVERAGE = 'mutation ($id: ID!, $coverage: [CoverageInput!]!) { setFacilitatorCoverage(id: $id, coverage: $coverage) { coverage { level } } }';

const newFacilitator = (organisationId: string, coverage: { level: string; code: string }[] = []) => ({
  organisationId, name: 'Inès Nouvelle', jobTitle: 'Facilitatrice des clauses sociales', email: 'ines.nouvelle@exemple.example',
  phone: '04 65 71 00 99', coverage,
});

async function organisationFacilitators(id: string): Promise<string[]> {
  const { body } = await subgraph.query('query ($id: ID!) { facilitatorOrganisation(id: $id) { facilitators(includeInactive: true) { name } } }', { id });
  return body.data!.facilitatorOrganisation.facilitators.map((f: { name: string }) => f.name);
}

describe('keeping the directory up to date', () => {
  test('an administrator creates an organisation and a facilitator covering Corsica at every level', async () => {
    const organisation = await subgraph.query(CREATE_ORGANISATION, {
      input: {
        name: 'Maison de l’Emploi du Pays ajaccien (test)', kind: 'EMPLOYMENT_HOUSE', siret: '99900707000017',
        address: '2 cours de l’Essai', postalCode: '20000', communeCode: '2a004', website: 'https://mde-ajaccio.example',
      },
    }, { viewer: viewers.admin });
    expect(organisation.body.errors).toBeUndefined();
    expect(organisation.body.data!.createFacilitatorOrganisation).toMatchObject({
      kind: 'EMPLOYMENT_HOUSE', postalCode: '20000', commune: { name: 'Ajaccio' }, website: 'https://mde-ajaccio.example/',
    });
    const ajaccio = await subgraph.query('{ commune(code: "2A004") { epci { code } } }');
    const epci = ajaccio.body.data!.commune.epci.code as string;
    const created = await subgraph.query(CREATE_FACILITATOR, {
      input: newFacilitator(organisation.body.data!.createFacilitatorOrganisation.id, [
        { level: 'COMMUNE', code: '2a004' }, { level: 'EPCI', code: epci }, { level: 'DEPARTMENT', code: '2A' },
        { level: 'REGION', code: '94' }, { level: 'DEPARTMENT', code: '2A' },
      ]),
    }, { viewer: viewers.admin });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createFacilitator.coverage).toEqual([
      { level: 'COMMUNE', territory: { __typename: 'Commune', code: '2A004' } },
      { level: 'EPCI', territory: { __typename: 'Epci', code: epci } },
      { level: 'DEPARTMENT', territory: { __typename: 'Department', code: '2A' } },
      { level: 'REGION', territory: { __typename: 'Region', code: '94' } },
    ]);
    expect(await facilitatorsFor({ postalCode: '20000' })).toEqual([{ place: '2A004', facilitators: [['Inès Nouvelle', 'COMMUNE', '2A004']] }]);
    expect(await facilitatorsFor({ communeCode: '2B033' })).toEqual([{ place: '2B033', facilitators: [['Inès Nouvelle', 'REGION', '94']] }]);
  });

  test('an overseas facilitator covering La Réunion answers for its postal codes', async () => {
    const created = await subgraph.query(CREATE_FACILITATOR, {
      input: { ...newFacilitator(MDE_RHONE, [{ level: 'REGION', code: '04' }]), name: 'Teddy Océan' },
    }, { viewer: viewers.admin });
    expect(created.body.errors).toBeUndefined();
    expect(await facilitatorsFor({ postalCode: '97400' })).toEqual([{ place: '97411', facilitators: [['Teddy Océan', 'REGION', '04']] }]);
  });

  test('a facilitator edits the facilitators of their own organisation, and no other', async () => {
    const plieFacilitator = viewers.facilitator(['69'], PLIE_LYON);
    const own = await subgraph.query(UPDATE_FACILITATOR, {
      id: 'd1f00000-0000-4000-8000-000000000001', input: { jobTitle: 'Facilitatrice des clauses sociales (Métropole)' },
    }, { viewer: plieFacilitator });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.updateFacilitator.jobTitle).toBe('Facilitatrice des clauses sociales (Métropole)');

    const before = await organisationFacilitators(MDE_RHONE);
    const other = await subgraph.query(UPDATE_FACILITATOR, {
      id: 'd1f00000-0000-4000-8000-000000000002', input: { name: 'Pirate' },
    }, { viewer: plieFacilitator });
    expect(other.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const created = await subgraph.query(CREATE_FACILITATOR, { input: newFacilitator(MDE_RHONE) }, { viewer: plieFacilitator });
    expect(created.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const coverage = await subgraph.query(SET_COVERAGE, { id: 'd1f00000-0000-4000-8000-000000000002', coverage: [] }, { viewer: plieFacilitator });
    expect(coverage.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const moved = await subgraph.query(UPDATE_FACILITATOR, {
      id: 'd1f00000-0000-4000-8000-000000000007', input: { organisationId: MDE_RHONE },
    }, { viewer: plieFacilitator });
    expect(moved.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await organisationFacilitators(MDE_RHONE)).toEqual(before);
    const [nadia] = await facilitatorsFor({ departmentCode: '69' });
    expect(nadia!.facilitators[0]).toEqual(['Nadia Fictif', 'DEPARTMENT', '69']);
  });

  test.each([
    ['the public', viewers.public, 'UNAUTHENTICATED'],
    ['a buyer', viewers.buyer('21690123100011'), 'FORBIDDEN'],
    ['a structure', viewers.structure('s-1'), 'FORBIDDEN'],
  ])('%s may read the directory but not change it', async (_who, viewer, code) => {
    const read = await subgraph.query('{ facilitator(id: "d1f00000-0000-4000-8000-000000000001") { email phone } }', undefined, { viewer });
    expect(read.body.data!.facilitator.email).toBe('camille.exemple@plie-lyon.example');
    const write = await subgraph.query(UPDATE_FACILITATOR, { id: 'd1f00000-0000-4000-8000-000000000001', input: { active: false } }, { viewer });
    expect(write.body.errors![0]!.extensions!.code).toBe(code);
  });

  test('only an administrator creates organisations', async () => {
    const { body } = await subgraph.query(CREATE_ORGANISATION, { input: { name: 'PLIE bis', kind: 'PLIE' } }, {
      viewer: viewers.facilitator(['69'], PLIE_LYON),
    });
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test('a coverage naming an unknown territory is refused and nothing is written', async () => {
    const before = await organisationFacilitators(MDE_RHONE);
    const created = await subgraph.query(CREATE_FACILITATOR, {
      input: newFacilitator(MDE_RHONE, [{ level: 'DEPARTMENT', code: '69' }, { level: 'DEPARTMENT', code: '985' }]),
    }, { viewer: viewers.admin });
    expect(created.body.errors![0]).toMatchObject({
      message: expect.stringContaining('input.coverage[1]: no department has the code 985'), extensions: { code: 'NOT_FOUND' },
    });
    expect(await organisationFacilitators(MDE_RHONE)).toEqual(before);
    const replaced = await subgraph.query(SET_COVERAGE, {
      id: 'd1f00000-0000-4000-8000-000000000001', coverage: [{ level: 'COMMUNE', code: '69123' }, { level: 'EPCI', code: '999999999' }],
    }, { viewer: viewers.admin });
    expect(replaced.body.errors![0]).toMatchObject({ message: expect.stringContaining('coverage[1]: no EPCI'), extensions: { code: 'NOT_FOUND' } });
    const [lyon] = await facilitatorsFor({ communeCode: '69266' });
    expect(lyon!.facilitators).toContainEqual(['Camille Exemple', 'EPCI', '200046977']);
  });

  test.each([
    ['input.coverage[0].code', { coverage: [{ level: 'COMMUNE', code: '69-123' }] }],
    ['input.coverage[1].code', { coverage: [{ level: 'REGION', code: '84' }, { level: 'EPCI', code: '69' }] }],
    ['input.email', { email: 'not an address' }],
    ['input.phone', { phone: 'call me' }],
    ['input.name', { name: '   ' }],
    ['input.organisationId', { organisationId: 'plie-lyon' }],
  ])('a facilitator with a malformed %s is refused with BAD_USER_INPUT naming it', async (field, change) => {
    const { body } = await subgraph.query(CREATE_FACILITATOR, { input: { ...newFacilitator(MDE_RHONE), ...change } }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test.each([
    ['input.siret', { siret: '99900707000018' }, 'check digit'],
    ['input.website', { website: 'ftp://plie.example' }, 'https://'],
    ['input.postalCode', { postalCode: '69003', communeCode: '69266' }, 'does not serve commune 69266'],
    ['input.communeCode', { communeCode: '6926' }, 'INSEE commune code'],
  ])('an organisation with a malformed %s is refused with BAD_USER_INPUT naming it', async (field, change, message) => {
    const { body } = await subgraph.query(CREATE_ORGANISATION, { input: { name: 'PLIE test', kind: 'PLIE', ...change } }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0]!.message).toContain(message);
  });

  test('a SIRET already held by another organisation is a CONFLICT', async () => {
    const { body } = await subgraph.query(CREATE_ORGANISATION, {
      input: { name: 'Doublon', kind: 'OTHER', siret: '999 001 010 00019' },
    }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.siret' });
  });

  test('a facilitator who leaves is no longer listed for their territory, and is again when back', async () => {
    const sophie = 'd1f00000-0000-4000-8000-000000000004';
    await subgraph.query(UPDATE_FACILITATOR, { id: sophie, input: { active: false } }, { viewer: viewers.admin });
    expect((await facilitatorsFor({ communeCode: '69259' }))[0]!.facilitators.map(([name]) => name)).not.toContain('Sophie Témoin');
    await subgraph.query(UPDATE_FACILITATOR, { id: sophie, input: { active: true } }, { viewer: viewers.admin });
    expect((await facilitatorsFor({ communeCode: '69259' }))[0]!.facilitators[0]).toEqual(['Sophie Témoin', 'COMMUNE', '69259']);
  });
});
