import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';
import { StructureKind } from '../src/modules/structure/structure-kind.enum';
import { CREATE, createStructure, structureInput, uniqueSiret } from './factories';

/** What a write accepts, how it normalises it, and how it refuses the rest: BAD_USER_INPUT naming the field. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

async function exists(siret: string): Promise<boolean> {
  const { body } = await subgraph.query('query ($s: String) { structure(siret: $s) { id } }', { s: siret }, { viewer: viewers.admin });
  return body.data!.structure !== null;
}

describe('creating a structure', () => {
  test('stores every field, normalised, and answers with the derived family', async () => {
    const siret = uniqueSiret();
    const { body } = await subgraph.query(
      `mutation ($input: CreateStructureInput!) { createStructure(input: $input) {
        siret name kind family canDeliverClauseHours nafCode addressLine postalCode commune { code } department { code }
        servedCommunes { code } servedDepartments { code } sectors services insertionCapacity agreementStartDate agreementEndDate
        contact { label email phone } active } }`,
      {
        input: {
          siret: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`,
          name: '  Atelier Vert de Test  ',
          kind: 'ACI',
          nafCode: '81.30z',
          addressLine: '1 rue du Test',
          postalCode: '69100',
          communeCode: '69266',
          servedCommuneCodes: ['69266', '69256', '69266'],
          servedDepartmentCodes: ['2a', '01'],
          sectors: ['GREEN_SPACES', 'RECYCLING', 'GREEN_SPACES'],
          services: ['SERVICE'],
          insertionCapacity: 0,
          agreementStartDate: '2026-01-01',
          agreementEndDate: '2026-01-01',
          contact: { label: 'Relations entreprises', email: 'Entreprises@Atelier-Vert.example', phone: '+33 4 65 71 00 99' },
        },
      },
      { viewer: viewers.admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.createStructure).toEqual({
      siret, name: 'Atelier Vert de Test', kind: 'ACI', family: 'SIAE', canDeliverClauseHours: true, nafCode: '8130Z',
      addressLine: '1 rue du Test', postalCode: '69100', commune: { code: '69266' }, department: { code: '69' },
      servedCommunes: [{ code: '69256' }, { code: '69266' }], servedDepartments: [{ code: '01' }, { code: '2A' }],
      sectors: ['GREEN_SPACES', 'RECYCLING'], services: ['SERVICE'], insertionCapacity: 0,
      agreementStartDate: '2026-01-01', agreementEndDate: '2026-01-01',
      contact: { label: 'Relations entreprises', email: 'entreprises@atelier-vert.example', phone: '0465710099' }, active: true,
    });
  });

  test.each(Object.values(StructureKind))('a structure of kind %s can be created, with its family and clause eligibility', async (kind) => {
    const { body } = await subgraph.query(CREATE, { input: structureInput({ kind }) }, { viewer: viewers.admin });
    expect(body.errors).toBeUndefined();
    const eligible = ['EI', 'ACI', 'AI', 'ETTI', 'EA', 'EATT', 'ESAT', 'GEIQ', 'REGIE_DE_QUARTIER'].includes(kind);
    expect(body.data!.createStructure).toMatchObject({ kind, canDeliverClauseHours: eligible, active: true });
  });

  test('every sector and every service of the controlled lists can be stored', async () => {
    const sectors = await subgraph.query('{ activitySectors { sector nafCodes } }');
    const all = sectors.body.data!.activitySectors.map((entry: { sector: string }) => entry.sector);
    expect(all).toHaveLength(15);
    const { body } = await subgraph.query(
      'mutation ($input: CreateStructureInput!) { createStructure(input: $input) { sectors services } }',
      { input: structureInput({ sectors: all, services: ['PROVISION_OF_STAFF', 'SERVICE', 'GOODS'] }) },
      { viewer: viewers.admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.createStructure.sectors).toEqual(all);
  });

  test.each<[string, Record<string, unknown>]>([
    ['siret', { siret: '1234' }],
    ['siret', { siret: '77700010000018' }],
    ['siret', { siret: 'ABCDEFGHIJKLMN' }],
    ['name', { name: '   ' }],
    ['communeCode', { communeCode: '6912' }],
    ['communeCode', { communeCode: 'LYON1' }],
    ['servedCommuneCodes', { servedCommuneCodes: ['69266', '6926'] }],
    ['servedDepartmentCodes', { servedDepartmentCodes: ['69', '20'] }],
    ['servedDepartmentCodes', { servedDepartmentCodes: ['69123'] }],
    ['insertionCapacity', { insertionCapacity: -1 }],
    ['postalCode', { postalCode: '6910' }],
    ['nafCode', { nafCode: '81300' }],
    ['agreementStartDate', { agreementStartDate: '2026-02-30' }],
    ['agreementEndDate', { agreementStartDate: '2026-03-01', agreementEndDate: '2026-02-28' }],
    ['contact.email', { contact: { email: 'not-an-email' } }],
    ['contact.phone', { contact: { phone: '12345' } }],
  ])('a bad %s (%j) is a BAD_USER_INPUT naming it, and nothing is written', async (field, overrides) => {
    const input = structureInput(overrides);
    const { body } = await subgraph.query(CREATE, { input }, { viewer: viewers.admin });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0]!.message).toContain(field);
    if (/^\d{14}$/.test(String(input.siret))) expect(await exists(String(input.siret))).toBe(false);
  });

  test.each<[string, Record<string, unknown>]>([
    ['kind', { kind: 'SIAE' }],
    ['sectors', { sectors: ['BAKERY'] }],
    ['services', { services: ['LOAN'] }],
  ])('a %s outside its list is a BAD_USER_INPUT naming the field', async (field, overrides) => {
    const input = structureInput(overrides);
    const { status, body } = await subgraph.query(CREATE, { input }, { viewer: viewers.admin });
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain(`input.${field}`);
    expect(await exists(String(input.siret))).toBe(false);
  });
});

describe('updating a structure', () => {
  const UPDATE = `mutation ($id: ID!, $input: UpdateStructureInput!) {
    updateStructure(id: $id, input: $input) { name kind insertionCapacity agreementStartDate agreementEndDate contact { label } sectors }
  }`;

  test('changes only the fields given; null clears an optional field', async () => {
    const { id } = await createStructure(subgraph, { insertionCapacity: 12, sectors: ['CLEANING'], contact: { label: 'Accueil' } });
    const { body } = await subgraph.query(UPDATE, { id, input: { kind: 'AI', insertionCapacity: null, contact: null } }, { viewer: viewers.admin });
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateStructure).toMatchObject({ kind: 'AI', insertionCapacity: null, contact: null, sectors: ['CLEANING'] });
  });

  test.each<[string, Record<string, unknown>]>([
    ['name', { name: null }],
    ['siret', { siret: null }],
    ['communeCode', { communeCode: null }],
    ['insertionCapacity', { insertionCapacity: -5 }],
    ['agreementEndDate', { agreementEndDate: '2025-12-31' }],
  ])('a bad %s (%j) is refused and the structure is left as it was', async (field, input) => {
    const { id } = await createStructure(subgraph, { insertionCapacity: 3, agreementStartDate: '2026-01-01' });
    const { body } = await subgraph.query(UPDATE, { id, input }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    const after = await subgraph.query('query ($id: ID) { structure(id: $id) { insertionCapacity agreementEndDate } }', { id }, { viewer: viewers.admin });
    expect(after.body.data!.structure).toEqual({ insertionCapacity: 3, agreementEndDate: null });
  });
});
