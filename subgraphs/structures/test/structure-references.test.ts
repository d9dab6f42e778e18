import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';
import { structureInput } from './factories';

/** Federation: both entity keys through `_entities`, and a fixed SQL cost whatever the number of references. */
let subgraph: TestSubgraph;
let created: { id: string; siret: string }[];

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Structure { id siret name kind insertionCapacity commune { code } servedDepartments { code } contact { label } }
  ... on Company { siret insertionStructure { id kind insertionCapacity } }
} }`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
  // One operation creating 100 structures (aliased mutations run one after the other).
  const inputs = Array.from({ length: 100 }, (_, index) =>
    structureInput({ name: `Référencée ${String(index).padStart(3, '0')}`, kind: index % 2 ? 'ACI' : 'ESAT', insertionCapacity: index, servedDepartmentCodes: ['69'], contact: { label: 'Accueil' } }));
  const variables = Object.fromEntries(inputs.map((input, index) => [`i${index}`, input]));
  const declarations = inputs.map((_, index) => `$i${index}: CreateStructureInput!`).join(', ');
  const fields = inputs.map((_, index) => `s${index}: createStructure(input: $i${index}) { id siret }`).join('\n');
  const { body } = await subgraph.query(`mutation (${declarations}) { ${fields} }`, variables, { viewer: viewers.admin });
  expect(body.errors).toBeUndefined();
  created = inputs.map((_, index) => body.data![`s${index}`]);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('structures as federation entities', () => {
  test('resolve by id and by SIRET, in the order asked, with null for unknown or malformed keys', async () => {
    const [a, b] = created;
    const { body } = await subgraph.query(ENTITIES, {
      representations: [
        { __typename: 'Structure', siret: b!.siret },
        { __typename: 'Structure', id: a!.id },
        { __typename: 'Structure', id: a!.id.toUpperCase() },
        { __typename: 'Structure', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Structure', id: 'not-a-uuid' },
        { __typename: 'Structure', siret: '12345' },
        { __typename: 'Company', siret: a!.siret },
        { __typename: 'Company', siret: '39812340600017' },
      ],
    }, { viewer: viewers.buyer('21692660000018') });
    expect(body.errors).toBeUndefined();
    const [bySiret, byId, byUpperId, ...rest] = body.data!._entities;
    expect(bySiret).toMatchObject({ id: b!.id, siret: b!.siret, name: 'Référencée 001', kind: 'ACI', insertionCapacity: 1 });
    expect(byId).toMatchObject({ id: a!.id, name: 'Référencée 000', kind: 'ESAT', commune: { code: '69123' }, servedDepartments: [{ code: '69' }] });
    expect(byUpperId).toEqual(byId);
    expect(rest).toEqual([null, null, null, { siret: a!.siret, insertionStructure: { id: a!.id, kind: 'ESAT', insertionCapacity: 0 } }, { siret: '39812340600017', insertionStructure: null }]);
  });

  type Keys = { id: string; siret: string };
  test.each<[string, (s: Keys) => Record<string, string>]>([
    ['by id', (s) => ({ __typename: 'Structure', id: s.id })],
    ['by SIRET', (s) => ({ __typename: 'Structure', siret: s.siret })],
    ['as a company’s insertion structure', (s) => ({ __typename: 'Company', siret: s.siret })],
  ])('resolving 10 or 100 structures %s costs the same number of SQL statements', async (_how, representation) => {
    const cost = (count: number) => subgraph.statementsFor(ENTITIES, { representations: created.slice(0, count).map(representation) }, viewers.admin);
    const ten = await cost(10);
    expect(ten).toBe(1);
    expect(await cost(100)).toBe(ten);
  });

  test('a mix of both keys and companies costs one statement per key', async () => {
    const representations = created.flatMap((s) => [{ __typename: 'Structure', id: s.id }, { __typename: 'Structure', siret: s.siret }, { __typename: 'Company', siret: s.siret }]);
    expect(await subgraph.statementsFor(ENTITIES, { representations }, viewers.admin)).toBe(2);
  });

  test('matching structures and introductions for 10 contracts cost what one costs; each contract keeps its own partners and introductions', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Contract { matchingStructures(first: 50) { rank introducedOn structure { id siret } } structureIntroductions { introducedOn structure { name } } } } }`;
    // Ten contracts in Lyon, no CPV (no sector wanted), each holder with its own past partner among the ACI.
    const partners = created.filter((_, index) => index % 2 === 1).slice(0, 10);
    const representations = partners.map((partner, index) => ({
      __typename: 'Contract', id: `5c0e1d2a-0000-4000-8000-0000000009${String(index).padStart(2, '0')}`,
      cpvCode: null, worksCommuneCode: '69123', holderCollaboratorSirets: [partner.siret],
    }));
    // The first contract's facilitator introduced its second-ranked structure (not its partner) to the holder.
    const before = await subgraph.query(query, { representations: representations.slice(0, 1) }, { viewer: viewers.admin });
    const secondId = before.body.data!._entities[0].matchingStructures[1].structure.id as string;
    const introduced = { id: secondId, name: `Référencée ${String(created.findIndex((s) => s.id === secondId)).padStart(3, '0')}` };
    const { body: recorded } = await subgraph.query(
      'mutation ($input: StructureIntroductionInput!) { recordStructureIntroduction(input: $input) { id } }',
      { input: { structureId: introduced.id, contractId: representations[0]!.id, companySiret: '39812340600017', introducedOn: '2026-11-02' } },
      { viewer: viewers.admin });
    expect(recorded.errors).toBeUndefined();
    type Answer = { matchingStructures: { introducedOn: string | null; structure: { id: string; siret: string } }[]; structureIntroductions: { introducedOn: string; structure: { name: string } }[] };
    const { body } = await subgraph.query(query, { representations }, { viewer: viewers.admin });
    expect(body.errors).toBeUndefined();
    for (const [index, contract] of (body.data!._entities as Answer[]).entries()) {
      expect(contract.matchingStructures[0]!.structure.siret).toBe(partners[index]!.siret);
      expect(contract.matchingStructures.length).toBeGreaterThan(10);
      const introducedHere = contract.matchingStructures.filter((match) => match.introducedOn !== null).map((match) => [match.structure.id, match.introducedOn]);
      expect(introducedHere).toEqual(index === 0 ? [[introduced.id, '2026-11-02']] : []);
      expect(contract.structureIntroductions).toEqual(index === 0 ? [{ introducedOn: '2026-11-02', structure: { name: introduced.name } }] : []);
      const alone = await subgraph.query(query, { representations: [representations[index]] }, { viewer: viewers.admin });
      expect(alone.body.data!._entities[0]).toEqual(contract);
    }
    const one = await subgraph.statementsFor(query, { representations: representations.slice(0, 1) }, viewers.admin);
    expect(one).toBeLessThanOrEqual(3);
    expect(await subgraph.statementsFor(query, { representations }, viewers.admin)).toBe(one);
  });

  test('a page of 100 structures costs the page and the count, no more', async () => {
    const query = '{ structures(first: 100) { totalCount nodes { name commune { code } department { code } servedDepartments { code } contact { label } } } }';
    expect(await subgraph.statementsFor(query, undefined, viewers.admin)).toBe(2);
  });
});
