import { composeSupergraph, staleFiles } from '../src/compose';

describe('the composed schema', () => {
  const composition = composeSupergraph();

  test('composes without errors', () => {
    expect(composition.files.get('supergraph.graphql')).toContain('join__Graph');
  });

  test('the committed subgraph SDLs and supergraph match the code (run `npm run compose` when this fails)', () => {
    expect(staleFiles(composition)).toEqual([]);
  });

  test('composition raises no hint worth reading (inconsistent descriptions, unused types…)', () => {
    expect(composition.hints).toEqual([]);
  });
});
