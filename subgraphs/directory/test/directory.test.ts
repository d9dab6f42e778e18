import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { directorySubgraph } from '../src/subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(directorySubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the directory subgraph over HTTP', () => {
  test('a commune is found by its INSEE code, with postal codes kept apart', async () => {
    const { body } = await subgraph.query('{ commune(code: "69123") { name postalCodes department { code name } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.commune.name).toBe('Lyon');
    expect(body.data!.commune.postalCodes).toContain('69003');
    expect(body.data!.commune.department).toEqual({ code: '69', name: 'Rhône' });
  });

  test.each(['6912', '691230', 'Lyon'])('"%s" is refused as a commune code with BAD_USER_INPUT naming the field', async (code) => {
    const { body } = await subgraph.query('query ($code: String!) { commune(code: $code) { name } }', { code });
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  test('an unknown but well-formed code answers null', async () => {
    const { body } = await subgraph.query('{ commune(code: "2A004") { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.commune).toBeNull();
  });
});
