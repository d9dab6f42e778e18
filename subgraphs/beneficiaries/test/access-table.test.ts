import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { buildSchema, isNonNullType, type GraphQLObjectType } from 'graphql';
import { ACCESS_TABLE, BENEFICIARY_FIELDS } from '../src/access/access-table';
import { renderAccessTable, TABLE_END, TABLE_START } from '../src/access/access-table.markdown';
import { departmentOfCommune } from '../src/modules/shared/territory';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, EMPLOYER_STRUCTURE, firstError, openPlacement, REFERENT } from './factories';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the access table', () => {
  test('the README shows the table of the code (run npm run access-table when this fails)', () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(section).toBe(renderAccessTable());
  });

  test('every personal field of Beneficiary is in the table and nullable, and every other field is not personal', () => {
    const sdl = readFileSync(join(__dirname, '../../../schema/beneficiaries.graphql'), 'utf8');
    const type = buildSchema(sdl.replace(/^extend schema[\s\S]*?\n\n/, ''), { assumeValid: true }).getType('Beneficiary') as GraphQLObjectType;
    const fields = type.getFields();
    for (const field of BENEFICIARY_FIELDS) {
      expect(fields[field]).toBeDefined();
      expect(isNonNullType(fields[field]!.type)).toBe(false);
    }
    const notPersonal = Object.keys(fields).filter((field) => !(BENEFICIARY_FIELDS as string[]).includes(field));
    // id and the erasure date reveal nothing; the lists are guarded by the rules of their own types.
    expect(notPersonal.sort()).toEqual(['criteria', 'erasedAt', 'id', 'paths', 'placements']);
    expect(Object.keys(ACCESS_TABLE)).toEqual(expect.arrayContaining(['BeneficiaryCriterion(health)', 'Path', 'Placement']));
  });

  test.each([
    ['69123', '69'],
    ['2A004', '2A'],
    ['2B033', '2B'],
    ['97411', '974'],
    ['01053', '01'],
  ])('the department of commune %s is %s', (commune, department) => {
    expect(departmentOfCommune(commune)).toBe(department);
  });
});

describe('lists contain only the rows the viewer may see', () => {
  let people: { referred: string; employed: string; structureEmployed: string; elsewhere: string };

  beforeAll(async () => {
    const referred = await createPerson(subgraph, { referentStructureId: REFERENT });
    const employed = await createPerson(subgraph);
    await openPlacement(subgraph, employed.id, { employerSiret: COMPANY });
    const structureEmployed = await createPerson(subgraph);
    await openPlacement(subgraph, structureEmployed.id, { employerSiret: null, employerStructureId: EMPLOYER_STRUCTURE, modality: 'ETTI', employmentContractType: 'INTERIM_MISSION' });
    const elsewhere = await createPerson(subgraph, { residenceCommuneCode: '38185' }, viewers.admin);
    people = { referred: referred.id, employed: employed.id, structureEmployed: structureEmployed.id, elsewhere: elsewhere.id };
  });

  const LIST = '{ beneficiaries(first: 100) { totalCount nodes { id } } }';
  const visibleTo = async (viewer: Parameters<TestSubgraph['query']>[2] extends infer O ? O extends { viewer?: infer V } ? V : never : never) =>
    (dataOf(await subgraph.query(LIST, {}, { viewer })).beneficiaries.nodes as { id: string }[]).map((node) => node.id);

  test.each([
    ['a facilitator of Rhône sees the people of Rhône', viewers.facilitator(['69']), ['referred', 'employed', 'structureEmployed']],
    ['a facilitator of Isère sees the people of Isère', viewers.facilitator(['38']), ['elsewhere']],
    ['a facilitator of Grenoble (commune code) sees the people of Grenoble', viewers.facilitator(['38185']), ['elsewhere']],
    ['a referent structure sees the people it refers', viewers.structure(REFERENT), ['referred']],
    ['an employer structure sees the people it employs', viewers.structure(EMPLOYER_STRUCTURE), ['structureEmployed']],
    ['a company sees the people it employs', viewers.company(COMPANY), ['employed']],
    ['an admin sees everyone', viewers.admin, ['referred', 'employed', 'structureEmployed', 'elsewhere']],
  ])('%s', async (_case, viewer, expected) => {
    const ids = await visibleTo(viewer);
    for (const [name, id] of Object.entries(people)) expect([name, ids.includes(id)]).toEqual([name, expected.includes(name)]);
  });

  test.each([
    ['a buyer', viewers.buyer('21692590900014'), 'FORBIDDEN'],
    ['a partner', viewers.partner('ave'), 'FORBIDDEN'],
    ['the public caller', viewers.public, 'UNAUTHENTICATED'],
  ])('%s may not list people at all', async (_case, viewer, code) => {
    expect(firstError(await subgraph.query(LIST, {}, { viewer })).code).toBe(code);
  });

  test('a structure cannot learn its employees’ criteria by filtering on them', async () => {
    const QUERY = '{ beneficiaries(first: 100, filter: { criterion: "RSA" }) { nodes { id } } }';
    const admin = await subgraph.query('mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id } }',
      { input: { beneficiaryId: people.structureEmployed, criterionCode: 'RSA', proofDate: '2025-01-01' } }, { viewer: viewers.admin });
    dataOf(admin);
    expect(dataOf(await subgraph.query(QUERY, {}, { viewer: viewers.structure(EMPLOYER_STRUCTURE) })).beneficiaries.nodes).toEqual([]);
    expect(dataOf(await subgraph.query(QUERY, {}, { viewer: viewers.admin })).beneficiaries.nodes).toEqual([{ id: people.structureEmployed }]);
  });

  test('a company lists its own placements only', async () => {
    const nodes = dataOf(await subgraph.query('{ placements(first: 100) { nodes { employerCompany { siret } beneficiary { id } } } }', {}, { viewer: viewers.company(COMPANY) })).placements.nodes;
    expect(nodes).toEqual([{ employerCompany: { siret: COMPANY }, beneficiary: { id: people.employed } }]);
  });
});
