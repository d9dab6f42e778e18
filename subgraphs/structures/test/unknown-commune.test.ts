import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { structuresSubgraph } from '../src/subgraph';
import { CREATE, structureInput } from './factories';

/** Issue 14, item 11: a commune code that does not exist (by the directory's published list) is refused. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('unknown commune codes', () => {
  test.each([
    [{ communeCode: '69999' }, 'communeCode', '69999'],
    [{ servedCommuneCodes: ['69123', '38000'] }, 'servedCommuneCodes', '38000'],
  ])('%j is refused: BAD_USER_INPUT on %s, in French', async (overrides, field, code) => {
    const { body } = await subgraph.query(CREATE, { input: structureInput(overrides) }, { viewer: viewers.admin });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors?.[0]?.message).toContain(`la commune ${code} n’existe pas`);
  });
});
