import { writeFileSync } from 'node:fs';
import { COMMUNE_CODE_LIST_FILE } from '@maillage/geography-codes';
import { communeCodeListOf, renderCommuneCodeList } from './modules/geography/commune-codes.publish';
import { readGeography } from './modules/geography/geography.source';

/**
 * `npm run -w @maillage/subgraph-directory publish-codes`: rewrites the commune code list of
 * `@maillage/geography-codes` from the geography this subgraph loads. Run it after changing the version of
 * `@etalab/decoupage-administratif`; `test/commune-codes.test.ts` fails until it is run.
 */
void readGeography().then((data) => {
  const list = communeCodeListOf(data);
  writeFileSync(COMMUNE_CODE_LIST_FILE, renderCommuneCodeList(list));
  process.stdout.write(`${list.codes.length} commune codes (${list.source} ${list.version}) → ${COMMUNE_CODE_LIST_FILE}\n`);
});
