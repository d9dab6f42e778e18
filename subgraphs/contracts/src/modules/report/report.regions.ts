import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Departments of each region, from the same INSEE geography the directory subgraph serves
 * (`@etalab/decoupage-administratif`, its JSON file read directly: the package's `main` reads relative to
 * the working directory). The contract register keeps the buyer's commune; its region follows from it.
 */
let byRegion: Map<string, string[]> | undefined;

function load(): Map<string, string[]> {
  if (byRegion) return byRegion;
  const require = createRequire(__filename);
  const file = require.resolve('@etalab/decoupage-administratif/data/departements.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { code: string; region: string }[];
  byRegion = new Map();
  for (const row of rows) byRegion.set(row.region, [...(byRegion.get(row.region) ?? []), row.code]);
  return byRegion;
}

/** The departments of a region (INSEE code), or undefined for an unknown code. */
export function departmentsOfRegion(regionCode: string): string[] | undefined {
  return load().get(regionCode);
}

/** Every region code with its departments. */
export function regions(): [string, string[]][] {
  return [...load()].sort(([a], [b]) => a.localeCompare(b));
}

let names: Map<string, string> | undefined;

/** The region's name (« Auvergne-Rhône-Alpes »), from the same file set; the code itself when unknown. */
export function regionName(regionCode: string): string {
  if (!names) {
    const require = createRequire(__filename);
    const rows = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/regions.json'), 'utf8')) as { code: string; nom: string }[];
    names = new Map(rows.map((row) => [row.code, row.nom]));
  }
  return names.get(regionCode) ?? regionCode;
}
