import type { CommuneCodeList } from '@maillage/geography-codes';
import { GEOGRAPHY_PACKAGE, type GeographyData } from './geography.source';

/**
 * The list of commune codes this subgraph publishes for the others (package `@maillage/geography-codes`):
 * exactly the codes of its `commune` table — current communes and municipal districts — from the same
 * source and version. Other subgraphs refuse a commune code outside it; they never read this database.
 */
export function communeCodeListOf(data: GeographyData): CommuneCodeList {
  return {
    source: GEOGRAPHY_PACKAGE,
    version: data.version,
    vintage: data.vintage,
    codes: data.communes.map((commune) => commune.code).sort(),
  };
}

/** The file's text: one code per line inside the array, so that a new vintage reads as a short diff. */
export function renderCommuneCodeList(list: CommuneCodeList): string {
  const header = JSON.stringify({ source: list.source, version: list.version, vintage: list.vintage });
  return `${header.slice(0, -1)},"codes":[\n${list.codes.map((code) => JSON.stringify(code)).join(',\n')}\n]}\n`;
}
