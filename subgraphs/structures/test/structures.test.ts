import { isValidSiret } from '@maillage/subgraph-kit';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { StructureKind } from '../src/modules/structure/structure-kind.enum';
import { structuresSubgraph } from '../src/subgraph';

/** The seeded directory read over HTTP, as the other subgraphs and the gateway read it. */
let subgraph: TestSubgraph;

type Node = { id: string; siret: string; kind: string; department: { code: string }; sectors: string[]; active: boolean };
let seeded: Node[];

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph, { seedDemo: true });
  const { body } = await subgraph.query(
    '{ structures(first: 100, filter: { includeInactive: true }) { totalCount nodes { id siret kind department { code } sectors active } } }',
    undefined,
    { viewer: viewers.admin },
  );
  seeded = body.data!.structures.nodes;
  expect(body.data!.structures.totalCount).toBe(seeded.length);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the demo directory', () => {
  test('holds about sixty structures with valid, distinct SIRETs', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(55);
    expect(seeded.length).toBeLessThanOrEqual(70);
    expect(seeded.filter((s) => !isValidSiret(s.siret))).toEqual([]);
    expect(new Set(seeded.map((s) => s.siret)).size).toBe(seeded.length);
  });

  test('represents every kind, in the four departments of the demo territory', () => {
    expect(new Set(seeded.map((s) => s.kind))).toEqual(new Set(Object.values(StructureKind)));
    expect(new Set(seeded.map((s) => s.department.code))).toEqual(new Set(['69', '38', '01', '42']));
  });

  test('covers the trades clauses are written for', () => {
    const sectors = new Set(seeded.flatMap((s) => s.sectors));
    for (const sector of ['BUILDING', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'LOGISTICS', 'RECYCLING']) expect(sectors).toContain(sector);
  });

  test.each([
    ['7a3b9c4d-0000-4000-8000-000000000001', '77700010000019', 'EI'],
    ['7a3b9c4d-0000-4000-8000-000000000002', '81122330400015', 'ETTI'],
    ['7a3b9c4d-0000-4000-8000-000000000003', '33445560700013', 'ACI'],
    ['7a3b9c4d-0000-4000-8000-000000000004', '44556670600013', 'ESAT'],
    ['7a3b9c4d-0000-4000-8000-000000000005', '55667780500013', 'MISSION_LOCALE'],
  ])('keeps the structure other subgraphs refer to: %s (SIRET %s, %s)', (id, siret, kind) => {
    expect(seeded).toContainEqual(expect.objectContaining({ id, siret, kind, active: true }));
  });
});

describe('reading a structure', () => {
  const STRUCTURE = `query ($id: ID, $siret: String) { structure(id: $id, siret: $siret) {
    id name kind family canDeliverClauseHours insertionCapacity sectors services commune { code } department { code }
    servedDepartments { code } agreementStartDate agreementEndDate contact { label } } }`;

  test('by SIRET or by id, with its capacity, sectors and agreement', async () => {
    const bySiret = await subgraph.query(STRUCTURE, { siret: '77700010000019' }, { viewer: viewers.facilitator() });
    const byId = await subgraph.query(STRUCTURE, { id: '7a3b9c4d-0000-4000-8000-000000000001' }, { viewer: viewers.facilitator() });
    expect(bySiret.body.errors).toBeUndefined();
    expect(bySiret.body.data!.structure).toEqual({
      id: '7a3b9c4d-0000-4000-8000-000000000001', name: 'Tremplin Espaces Verts (démo)', kind: 'EI', family: 'SIAE',
      canDeliverClauseHours: true, insertionCapacity: 24, sectors: ['GREEN_SPACES'], services: ['SERVICE'],
      commune: { code: '69266' }, department: { code: '69' }, servedDepartments: [{ code: '69' }],
      agreementStartDate: '2024-01-01', agreementEndDate: '2026-12-31', contact: { label: 'Relations entreprises' },
    });
    expect(byId.body.data).toEqual(bySiret.body.data);
  });

  test.each([
    ['both keys', { id: '7a3b9c4d-0000-4000-8000-000000000001', siret: '77700010000019' }, 'siret'],
    ['no key', {}, 'id'],
  ])('with %s is a BAD_USER_INPUT', async (_what, variables, field) => {
    const { body } = await subgraph.query(STRUCTURE, variables, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test('an unknown or malformed key answers null, not an error', async () => {
    for (const variables of [{ id: 'nope' }, { id: '00000000-0000-4000-8000-000000000000' }, { siret: '123' }]) {
      const { body } = await subgraph.query(STRUCTURE, variables, { viewer: viewers.admin });
      expect(body).toEqual({ data: { structure: null } });
    }
  });

  test('the contact’s e-mail and phone are for signed-in callers; its label is not', async () => {
    const query = '{ structure(siret: "81122330400015") { contact { label email phone } } }';
    const signedIn = await subgraph.query(query, undefined, { viewer: viewers.buyer('21692660000018') });
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data!.structure.contact).toEqual({ label: 'Relations entreprises', email: expect.stringMatching(/@.+\.example$/), phone: '0465710002' });
    const anonymous = await subgraph.query(query);
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.body)).not.toContain('0465710002');
  });

  test('the controlled list of sectors with their NAF codes is reference data open to all', async () => {
    const { body } = await subgraph.query('{ activitySectors { sector label nafCodes } }');
    expect(body.data!.activitySectors).toContainEqual({ sector: 'GREEN_SPACES', label: 'Espaces verts et paysage', nafCodes: ['8130Z'] });
  });
});

describe('reads by an anonymous caller', () => {
  // Every row has its three values: jest passes a `done` callback to a test whose row is shorter than its arity.
  const READS: [string, string, Record<string, unknown>][] = [
    ['structure', '{ structure(siret: "77700010000019") { name } }', {}],
    ['structures', '{ structures(first: 1) { totalCount } }', {}],
    ['_entities (Structure)', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Structure { name } } }', { r: [{ __typename: 'Structure', id: '7a3b9c4d-0000-4000-8000-000000000001' }] }],
    ['Company.insertionStructure', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { insertionStructure { kind } } } }', { r: [{ __typename: 'Company', siret: '77700010000019' }] }],
  ];

  test.each(READS)('%s is refused to the public caller', async (_what, query, variables) => {
    const { body } = await subgraph.query(query, variables);
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body.data ?? null)).not.toMatch(/Tremplin|"EI"/);
  });

  test.each(READS)('%s is open to every signed-in role', async (_what, query, variables) => {
    for (const viewer of [viewers.buyer('x'), viewers.company('77700010000019'), viewers.partner('p'), viewers.facilitator(['38'])]) {
      const { body } = await subgraph.query(query, variables, { viewer });
      expect(body.errors).toBeUndefined();
    }
  });
});
