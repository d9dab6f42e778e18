import { readFileSync } from 'node:fs';

/** What the tests compare the served geography with: the package's own files, read directly. */
export interface PackageCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  commune?: string;
  codesPostaux?: string[];
}

function readPackageFile<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/${file}`), 'utf8')) as T;
}

export const packageCommunes = readPackageFile<PackageCommune[]>('data/communes.json');
export const currentCommunes = packageCommunes.filter((commune) => commune.type === 'commune-actuelle');
export const municipalDistricts = packageCommunes.filter((commune) => commune.type === 'arrondissement-municipal');
export const packageVersion = readPackageFile<{ version: string }>('package.json').version;

/** Current communes served by a postal code, by INSEE code. */
export function communesWithPostalCode(postalCode: string): string[] {
  return currentCommunes.filter((commune) => commune.codesPostaux?.includes(postalCode)).map((commune) => commune.code).sort();
}
