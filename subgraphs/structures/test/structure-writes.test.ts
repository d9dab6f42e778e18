import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import type { Viewer } from '@maillage/subgraph-kit';
import { structuresSubgraph } from '../src/subgraph';
import { CREATE, createStructure, structureInput, uniqueSiret } from './factories';

/** Who may write the directory, SIRET uniqueness, and deactivation instead of deletion. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const UPDATE = 'mutation ($id: ID!, $input: UpdateStructureInput!) { updateStructure(id: $id, input: $input) { name communeCode: commune { code } } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateStructure(id: $id) { id active } }';
const READ = 'query ($id: ID) { structure(id: $id) { name active commune { code } } }';

async function read(id: string) {
  return (await subgraph.query(READ, { id }, { viewer: viewers.admin })).body.data!.structure;
}

describe('who may write the directory', () => {
  test.each<[string, Viewer, string]>([
    ['an anonymous caller', viewers.public, 'UNAUTHENTICATED'],
    ['a buyer', viewers.buyer('21692660000018'), 'FORBIDDEN'],
    ['a company', viewers.company('39812340600017'), 'FORBIDDEN'],
    ['a structure', viewers.structure('7a3b9c4d-0000-4000-8000-000000000001'), 'FORBIDDEN'],
    ['a partner', viewers.partner('partner-test'), 'FORBIDDEN'],
  ])('%s may not create a structure', async (_who, viewer, code) => {
    const input = structureInput();
    const { body } = await subgraph.query(CREATE, { input }, { viewer });
    expect(body.errors![0]!.extensions!.code).toBe(code);
    expect((await subgraph.query('query ($s: String) { structure(siret: $s) { id } }', { s: input.siret }, { viewer: viewers.admin })).body.data!.structure).toBeNull();
  });

  test.each<[string, Viewer]>([
    ['a buyer', viewers.buyer('21692660000018')],
    ['an anonymous caller', viewers.public],
  ])('%s may neither update nor deactivate a structure', async (_who, viewer) => {
    const { id } = await createStructure(subgraph, { name: 'Intouchable' });
    const update = await subgraph.query(UPDATE, { id, input: { name: 'Changée' } }, { viewer });
    const deactivate = await subgraph.query(DEACTIVATE, { id }, { viewer });
    expect(update.body.errors![0]!.extensions!.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    expect(deactivate.body.errors![0]!.extensions!.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    expect(await read(id)).toMatchObject({ name: 'Intouchable', active: true });
  });

  test('a facilitator creates, updates and deactivates structures located in their department', async () => {
    const facilitator = viewers.facilitator(['69']);
    const created = await subgraph.query(CREATE, { input: structureInput({ communeCode: '69259' }) }, { viewer: facilitator });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createStructure.id;
    const updated = await subgraph.query(UPDATE, { id, input: { name: 'Renommée', communeCode: '69266' } }, { viewer: facilitator });
    expect(updated.body.data!.updateStructure).toEqual({ name: 'Renommée', communeCode: { code: '69266' } });
    const found = await subgraph.query('{ structures(filter: { nameContains: "renommee", commune: "69266" }) { nodes { id } } }', undefined, { viewer: facilitator });
    expect(found.body.data!.structures.nodes).toEqual([{ id }]);
    expect((await subgraph.query(DEACTIVATE, { id }, { viewer: facilitator })).body.data!.deactivateStructure.active).toBe(false);
  });

  test('a facilitator whose coverage is a commune writes structures of that commune only', async () => {
    const facilitator = viewers.facilitator(['69266']);
    expect((await subgraph.query(CREATE, { input: structureInput({ communeCode: '69266' }) }, { viewer: facilitator })).body.errors).toBeUndefined();
    const elsewhere = await subgraph.query(CREATE, { input: structureInput({ communeCode: '69259' }) }, { viewer: facilitator });
    expect(elsewhere.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test('a facilitator may not create, update, deactivate or move a structure outside their territories', async () => {
    const facilitator = viewers.facilitator(['69']);
    const outside = await subgraph.query(CREATE, { input: structureInput({ communeCode: '38185' }) }, { viewer: facilitator });
    expect(outside.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const grenoble = await createStructure(subgraph, { name: 'À Grenoble', communeCode: '38185' });
    expect((await subgraph.query(UPDATE, { id: grenoble.id, input: { name: 'Prise' } }, { viewer: facilitator })).body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await subgraph.query(DEACTIVATE, { id: grenoble.id }, { viewer: facilitator })).body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await read(grenoble.id)).toMatchObject({ name: 'À Grenoble', active: true });

    const lyon = await createStructure(subgraph, { name: 'À Lyon', communeCode: '69123' });
    const moved = await subgraph.query(UPDATE, { id: lyon.id, input: { communeCode: '38185' } }, { viewer: facilitator });
    expect(moved.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await read(lyon.id)).toMatchObject({ commune: { code: '69123' } });
  });

  test('an admin writes anywhere', async () => {
    const { id } = await createStructure(subgraph, { communeCode: '97411' });
    expect((await subgraph.query(UPDATE, { id, input: { communeCode: '2A004' } }, { viewer: viewers.admin })).body.data!.updateStructure.communeCode).toEqual({ code: '2A004' });
  });
});

describe('one structure per SIRET', () => {
  test('a second structure with the same SIRET is a CONFLICT naming the field', async () => {
    const { siret } = await createStructure(subgraph);
    const { body } = await subgraph.query(CREATE, { input: structureInput({ siret }) }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'siret' });
  });

  test('changing a SIRET to one already in the directory is a CONFLICT, keeping its own is not', async () => {
    const first = await createStructure(subgraph);
    const second = await createStructure(subgraph, { name: 'Seconde' });
    const clash = await subgraph.query(UPDATE, { id: second.id, input: { siret: first.siret } }, { viewer: viewers.admin });
    expect(clash.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'siret' });
    const same = await subgraph.query(UPDATE, { id: second.id, input: { siret: second.siret, name: 'Seconde bis' } }, { viewer: viewers.admin });
    expect(same.body.errors).toBeUndefined();
  });

  test('concurrent creations with one SIRET: one succeeds, the others are CONFLICTs, never a 500', async () => {
    const siret = uniqueSiret();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => subgraph.query(CREATE, { input: structureInput({ siret, name: `Course ${index}` }) }, { viewer: viewers.admin })),
    );
    const codes = results.map(({ body }) => body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });
});

describe('deactivation instead of deletion', () => {
  test('a deactivated structure stays readable by id, leaves the default list, and deactivating again is harmless', async () => {
    const { id } = await createStructure(subgraph, { name: 'Fermée Bientôt' });
    expect((await subgraph.query(DEACTIVATE, { id }, { viewer: viewers.admin })).body.data!.deactivateStructure).toEqual({ id, active: false });
    expect((await subgraph.query(DEACTIVATE, { id }, { viewer: viewers.admin })).body.data!.deactivateStructure).toEqual({ id, active: false });
    expect(await read(id)).toMatchObject({ name: 'Fermée Bientôt', active: false });
    const list = await subgraph.query('{ a: structures(filter: { nameContains: "Fermée Bientôt" }) { totalCount } b: structures(filter: { nameContains: "Fermée Bientôt", includeInactive: true }) { totalCount } }', undefined, { viewer: viewers.admin });
    expect(list.body.data).toEqual({ a: { totalCount: 0 }, b: { totalCount: 1 } });
  });

  test('the schema offers no way to delete a structure', async () => {
    const { body } = await subgraph.query('{ _service { sdl } }');
    expect(body.data!._service.sdl).toContain('deactivateStructure');
    expect(body.data!._service.sdl).not.toMatch(/delete|remove/i);
  });

  test.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])('writing to an unknown structure (%s) is NOT_FOUND', async (id) => {
    const { body } = await subgraph.query(DEACTIVATE, { id }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
