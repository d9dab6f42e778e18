import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { directorySubgraph } from '../src/subgraph';
import { facilitatorsFor as lookUp, MDE_RHONE, PLIE_LYON } from './facilitators-for';

let subgraph: TestSubgraph;
const facilitatorsFor = (place: Record<string, string>) => lookUp(subgraph, place);

beforeAll(async () => {
  subgraph = await startTestSubgraph(directorySubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
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

  test('a facilitator updates their own organisation, and no other', async () => {
    const update = 'mutation ($id: ID!, $input: UpdateFacilitatorOrganisationInput!) { updateFacilitatorOrganisation(id: $id, input: $input) { website address } }';
    const viewer = viewers.facilitator(['69'], PLIE_LYON);
    const own = await subgraph.query(update, { id: PLIE_LYON, input: { website: 'https://plie-metropole.example', address: null } }, { viewer });
    expect(own.body.data!.updateFacilitatorOrganisation).toEqual({ website: 'https://plie-metropole.example/', address: null });
    const other = await subgraph.query(update, { id: MDE_RHONE, input: { website: 'https://pirate.example' } }, { viewer });
    expect(other.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const { body } = await subgraph.query('query ($id: ID!) { facilitatorOrganisation(id: $id) { website } }', { id: MDE_RHONE });
    expect(body.data!.facilitatorOrganisation.website).toBe('https://mde-rhone.example/');
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

  test('within one request, what a write changed is what the later parts read (plain rows read before it are read again)', async () => {
    // The first mutation reads the facilitator's organisation; the second renames it and reads it again through
    // its facilitators: the name read after the write is the new one, not the row the first one read.
    const both = `mutation ($facilitator: ID!, $organisation: ID!, $name: String!) {
      first: updateFacilitator(id: $facilitator, input: { jobTitle: "Facilitatrice des clauses sociales" }) { organisation { name } }
      second: updateFacilitatorOrganisation(id: $organisation, input: { name: $name }) { facilitators { id organisation { name } } }
    }`;
    const facilitator = 'd1f00000-0000-4000-8000-000000000001';
    const { body: before } = await subgraph.query('query ($id: ID!) { facilitator(id: $id) { organisation { id name } } }', { id: facilitator });
    const { id: organisation, name } = before.data!.facilitator.organisation as { id: string; name: string };
    try {
      const { body } = await subgraph.query(both, { facilitator, organisation, name: `${name} (renommée)` }, { viewer: viewers.admin });
      expect(body.errors).toBeUndefined();
      expect(body.data!.first.organisation.name).toBe(name);
      const renamed = (body.data!.second.facilitators as { id: string; organisation: { name: string } }[]).find((f) => f.id === facilitator);
      expect(renamed!.organisation.name).toBe(`${name} (renommée)`);
      // And a reference from another subgraph reads the organisation as it now is.
      const { body: entities } = await subgraph.query('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facilitator { organisation { name } } } }',
        { r: [{ __typename: 'Facilitator', id: facilitator }] }, { viewer: viewers.admin });
      expect(entities.data!._entities[0].organisation.name).toBe(`${name} (renommée)`);
    } finally {
      await subgraph.query('mutation ($id: ID!, $name: String!) { updateFacilitatorOrganisation(id: $id, input: { name: $name }) { id } }', { id: organisation, name }, { viewer: viewers.admin });
    }
  });
});
