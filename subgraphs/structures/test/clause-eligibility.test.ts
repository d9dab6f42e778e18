import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';
import { CREATE, createStructure, structureInput } from './factories';

/**
 * Which structures count toward a clause (CCAG 2021, clause d'insertion: EA/EATT/ESAT, IAE structures,
 * régies de quartier ou de territoire…), SEP (work in detention, CCP L2113-13-1) in the insertion list, and
 * the share of disabled workers of an EA, an EATT or an ESAT (50 % for a reserved contract, CCP R2113-7).
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const READ = 'query ($id: ID) { structure(id: $id) { kind family canDeliverClauseHours disabledWorkersShare meetsReservedContractShare } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateStructureInput!) { updateStructure(id: $id, input: $input) { disabledWorkersShare } }';

async function read(id: string) {
  const { body } = await subgraph.query(READ, { id }, { viewer: viewers.admin });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.structure;
}

describe('structures that count toward a clause', () => {
  test('a régie de quartier can deliver clause hours (CCAG 2021, art. 16.1.1.1 c)', async () => {
    const { id } = await createStructure(subgraph, { kind: 'REGIE_DE_QUARTIER' });
    expect(await read(id)).toMatchObject({ kind: 'REGIE_DE_QUARTIER', family: 'INSERTION_EMPLOYER', canDeliverClauseHours: true });
  });

  test('the filter of structures able to deliver clause hours finds a régie de quartier', async () => {
    const { id } = await createStructure(subgraph, { kind: 'REGIE_DE_QUARTIER', communeCode: '38185' });
    const { body } = await subgraph.query('{ structures(filter: { clauseEligibleOnly: true, department: "38" }, first: 100) { nodes { id } } }', {}, { viewer: viewers.admin });
    expect(body.errors).toBeUndefined();
    expect(body.data!.structures.nodes.map((node: { id: string }) => node.id)).toContain(id);
  });

  test('a SEP (service de l’emploi pénitentiaire) is an insertion employer, left out of clause hours as le marché de l’inclusion does', async () => {
    const { id } = await createStructure(subgraph, { kind: 'SEP' });
    expect(await read(id)).toMatchObject({ kind: 'SEP', family: 'INSERTION_EMPLOYER', canDeliverClauseHours: false });
  });
});

describe('the share of disabled workers of an EA, an EATT or an ESAT', () => {
  test.each([
    ['an ESAT at 50 % meets the reserved-contract share', 'ESAT', '50', true],
    ['an EA at 49.99 % does not', 'EA', '49.99', false],
    ['an EATT at 82.5 % does', 'EATT', '82.5', true],
  ])('%s', async (_case, kind, share, meets) => {
    const { id } = await createStructure(subgraph, { kind, disabledWorkersShare: share });
    expect(await read(id)).toMatchObject({ disabledWorkersShare: expect.stringMatching(/^\d+\.\d{2}$/), meetsReservedContractShare: meets });
  });

  test.each([
    ['for an EI', { kind: 'EI', disabledWorkersShare: '60' }],
    ['above 100 %', { kind: 'EA', disabledWorkersShare: '100.01' }],
    ['with three decimals', { kind: 'ESAT', disabledWorkersShare: '55.555' }],
  ])('a share %s is refused', async (_case, overrides) => {
    const { body } = await subgraph.query(CREATE, { input: structureInput(overrides) }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disabledWorkersShare' });
  });

  test('changing an EA with a share into an EI is refused: the share belongs to the disability sector', async () => {
    const { id } = await createStructure(subgraph, { kind: 'EA', disabledWorkersShare: '80' });
    const { body } = await subgraph.query('mutation ($id: ID!) { updateStructure(id: $id, input: { kind: EI }) { id } }', { id }, { viewer: viewers.admin });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disabledWorkersShare' });
    const cleared = await subgraph.query(UPDATE, { id, input: { disabledWorkersShare: null } }, { viewer: viewers.admin });
    expect(cleared.body.data!.updateStructure.disabledWorkersShare).toBeNull();
  });
});
