import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';
import { createStructure } from './factories';

/** Each filter of `structures`, on a directory built for the purpose in a fresh database. */
let subgraph: TestSubgraph;

const FIXTURES = [
  { name: 'Alpha Bâtiment Insertion', kind: 'EI', communeCode: '69123', sectors: ['BUILDING'] },
  { name: 'Beta Régie Propreté', kind: 'REGIE_DE_QUARTIER', communeCode: '69259', sectors: ['CLEANING'], servedCommuneCodes: ['69199'] },
  { name: 'Gamma Espaces Verts', kind: 'ACI', communeCode: '38185', sectors: ['GREEN_SPACES'], servedDepartmentCodes: ['69'] },
  { name: 'Delta Restauration', kind: 'ESAT', communeCode: '01053', sectors: ['CATERING'], servedCommuneCodes: ['69266'] },
  { name: 'Epsilon Mission Locale', kind: 'MISSION_LOCALE', communeCode: '42218' },
  { name: 'Zeta Intérim 100%_sûr', kind: 'ETTI', communeCode: '42218', sectors: ['LOGISTICS', 'BUILDING'] },
  { name: 'Eta Indépendants', kind: 'EITI', communeCode: '69266', sectors: ['OFFICE_SERVICES'] },
  { name: 'Theta GEIQ', kind: 'GEIQ', communeCode: '38185', sectors: ['BUILDING'] },
  { name: 'Iota Recyclerie', kind: 'ACI', communeCode: '69123', sectors: ['RECYCLING'] },
];

const LIST = `query ($filter: StructureFilter, $first: Int! = 100, $after: String) {
  structures(filter: $filter, first: $first, after: $after) {
    totalCount nodes { name } pageInfo { hasNextPage endCursor }
  }
}`;

async function names(filter: Record<string, unknown>): Promise<string[]> {
  const { body } = await subgraph.query(LIST, { filter }, { viewer: viewers.facilitator(['69']) });
  expect(body.errors).toBeUndefined();
  const nodes = body.data!.structures.nodes as { name: string }[];
  expect(body.data!.structures.totalCount).toBe(nodes.length);
  return nodes.map((node) => node.name.split(' ')[0]!);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
  for (const fixture of FIXTURES) await createStructure(subgraph, fixture);
  const iota = await subgraph.query('{ structures(filter: { nameContains: "Iota" }) { nodes { id } } }', undefined, { viewer: viewers.admin });
  const deactivated = await subgraph.query('mutation ($id: ID!) { deactivateStructure(id: $id) { active } }', { id: iota.body.data!.structures.nodes[0].id }, { viewer: viewers.admin });
  expect(deactivated.body.data).toEqual({ deactivateStructure: { active: false } });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('filtering the structure directory', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['no filter lists the active structures by name', {}, ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Eta', 'Gamma', 'Theta', 'Zeta']],
    ['includeInactive adds the deactivated ones', { includeInactive: true }, ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Eta', 'Gamma', 'Iota', 'Theta', 'Zeta']],
    ['one kind', { kinds: ['ACI'] }, ['Gamma']],
    ['several kinds', { kinds: ['ACI', 'ESAT'] }, ['Delta', 'Gamma']],
    ['the SIAE family', { family: 'SIAE' }, ['Alpha', 'Eta', 'Gamma', 'Zeta']],
    ['the disability-sector family', { family: 'DISABILITY_SECTOR' }, ['Delta']],
    ['the other insertion employers', { family: 'INSERTION_EMPLOYER' }, ['Beta', 'Theta']],
    ['the employment service', { family: 'EMPLOYMENT_SERVICE' }, ['Epsilon']],
    ['kinds and family together', { kinds: ['EI', 'ESAT'], family: 'SIAE' }, ['Alpha']],
    ['clause-eligible only leaves out EITI and the employment service (régies count: CCAG 2021)', { clauseEligibleOnly: true }, ['Alpha', 'Beta', 'Delta', 'Gamma', 'Theta', 'Zeta']],
    ['a department: located in it, serving it whole, or serving one of its communes', { department: '69' }, ['Alpha', 'Beta', 'Delta', 'Eta', 'Gamma']],
    ['another department', { department: '38' }, ['Gamma', 'Theta']],
    ['the department of location counts alongside the served ones', { department: '01' }, ['Delta']],
    ['a department without structures', { department: '2A' }, []],
    ['a commune: located in it, serving it, or serving its department', { commune: '69266' }, ['Delta', 'Eta', 'Gamma']],
    ['a commune served directly', { commune: '69199' }, ['Beta', 'Gamma']],
    ['a commune of another department', { commune: '38185' }, ['Gamma', 'Theta']],
    ['a sector', { sector: 'BUILDING' }, ['Alpha', 'Theta', 'Zeta']],
    ['another sector', { sector: 'CLEANING' }, ['Beta']],
    ['text on the name ignores case and accents', { nameContains: 'regie' }, ['Beta']],
    ['text on the name in capitals', { nameContains: 'ESPACES' }, ['Gamma']],
    ['a percent sign is literal, not a wildcard', { nameContains: '%' }, ['Zeta']],
    ['an underscore is literal, not a wildcard', { nameContains: '_' }, ['Zeta']],
    ['filters combine: department, clause-eligible and sector', { department: '69', clauseEligibleOnly: true, sector: 'BUILDING' }, ['Alpha']],
    ['filters combine: commune and family', { commune: '69266', family: 'SIAE' }, ['Eta', 'Gamma']],
  ])('%s', async (_name, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  test('pages through a filtered list with the cursor, keeping the total', async () => {
    const filter = { department: '69' };
    const viewer = viewers.admin;
    const one = await subgraph.query(LIST, { filter, first: 3 }, { viewer });
    expect(one.body.data!.structures.nodes.map((n: { name: string }) => n.name.split(' ')[0])).toEqual(['Alpha', 'Beta', 'Delta']);
    expect(one.body.data!.structures.pageInfo.hasNextPage).toBe(true);
    const two = await subgraph.query(LIST, { filter, first: 3, after: one.body.data!.structures.pageInfo.endCursor }, { viewer });
    expect(two.body.data!.structures.nodes.map((n: { name: string }) => n.name.split(' ')[0])).toEqual(['Eta', 'Gamma']);
    expect(two.body.data!.structures).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: false } });
  });

  test.each([
    ['filter.department', { department: '6' }],
    ['filter.department', { department: '69123' }],
    ['filter.commune', { commune: '6912' }],
    ['filter.commune', { commune: 'LYON1' }],
  ])('a malformed territory in %s (%j) is a BAD_USER_INPUT naming it', async (field, filter) => {
    const { body } = await subgraph.query(LIST, { filter }, { viewer: viewers.admin });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test('a page of 100 filtered structures costs the same statements as a page of 1', async () => {
    const query = (first: number) => `{ structures(first: ${first}, filter: { department: "69" }) { nodes { name commune { code } servedDepartments { code } } } }`;
    expect(await subgraph.statementsFor(query(100), undefined, viewers.admin)).toBe(await subgraph.statementsFor(query(1), undefined, viewers.admin));
  });
});
