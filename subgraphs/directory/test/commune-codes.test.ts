import { readFileSync } from 'node:fs';
import { COMMUNE_CODE_LIST_FILE, communeCodeList, isKnownCommuneCode } from '@maillage/geography-codes';
import { communeCodeListOf, renderCommuneCodeList } from '../src/modules/geography/commune-codes.publish';
import { readGeography } from '../src/modules/geography/geography.source';

/**
 * The commune codes this subgraph publishes to the others (`@maillage/geography-codes`) are exactly the codes
 * it loads into its `commune` table: a new version of the geography package without
 * `npm run -w @maillage/subgraph-directory publish-codes` fails here.
 */
describe('the published commune code list', () => {
  test('is the directory’s own list of communes and municipal districts, same source and version (not stale)', async () => {
    const data = await readGeography();
    expect(readFileSync(COMMUNE_CODE_LIST_FILE, 'utf8')).toBe(renderCommuneCodeList(communeCodeListOf(data)));
    expect(communeCodeList()).toMatchObject({ source: '@etalab/decoupage-administratif', version: data.version, vintage: data.vintage });
  });

  test.each([
    ['69123', true], ['69381', true], ['2A004', true], ['97411', true], ['98818', true],
    ['69000', false], ['69999', false], ['20004', false], ['2A999', false],
  ])('%s is known: %s', (code, known) => {
    expect(isKnownCommuneCode(code)).toBe(known);
  });
});
