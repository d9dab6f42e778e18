import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the structures subgraph over HTTP', () => {
  test('finds a structure by SIRET with its kind and commune', async () => {
    const { body } = await subgraph.query('{ structure(siret: "81122330400015") { name kind commune { code } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.structure).toEqual({ name: 'Intérim Insertion Rhône (démo)', kind: 'ETTI', commune: { code: '69123' } });
  });

  test('asking by both id and SIRET is a BAD_USER_INPUT', async () => {
    const { body } = await subgraph.query(
      '{ structure(id: "7a3b9c4d-0000-4000-8000-000000000001", siret: "81122330400015") { name } }',
    );
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  test('resolves a structure by either key and adds the insertion structure of a company', async () => {
    const { body } = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Structure { name } ... on Company { siret insertionStructure { kind } } } }`,
      {
        r: [
          { __typename: 'Structure', id: '7a3b9c4d-0000-4000-8000-000000000004' },
          { __typename: 'Structure', siret: '33445560700013' },
          { __typename: 'Company', siret: '77700010000019' },
          { __typename: 'Company', siret: '39812340600017' },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      { name: 'ESAT Les Ateliers du Rhône (démo)' },
      { name: 'Atelier Recyclerie des Minguettes (démo)' },
      { siret: '77700010000019', insertionStructure: { kind: 'EI' } },
      { siret: '39812340600017', insertionStructure: null },
    ]);
  });
});
