import { readFileSync } from 'node:fs';

/** A current commune of the official geography, as the directory subgraph loads it. */
export interface BenchCommune {
  code: string;
  department: string;
  region: string;
  postalCodes: string[];
  population: number;
}

interface SourceCommune {
  code: string;
  departement?: string;
  region?: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

/** Current communes, restricted to `departments` when given (null: all of France). */
export function loadCommunes(departments: string[] | null): BenchCommune[] {
  const file = require.resolve('@etalab/decoupage-administratif/data/communes.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as SourceCommune[];
  return all
    .filter((c) => c.type === 'commune-actuelle' && c.departement && c.region)
    .filter((c) => departments === null || departments.includes(c.departement!))
    .map((c) => ({
      code: c.code,
      department: c.departement!,
      region: c.region!,
      postalCodes: c.codesPostaux ?? [],
      population: c.population ?? 0,
    }));
}

/** Every postal code of these communes, deduplicated and sorted (the look-up scenario draws from it). */
export function postalCodesOf(communes: BenchCommune[]): string[] {
  return [...new Set(communes.flatMap((c) => c.postalCodes))].sort();
}
