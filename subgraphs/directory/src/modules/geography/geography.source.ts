import { readFile } from 'node:fs/promises';
import { normaliseSearchText } from './search-text';
import { CommuneKind } from './commune.entity';

/** The npm package French geography comes from (pinned exactly in package.json). */
export const GEOGRAPHY_PACKAGE = '@etalab/decoupage-administratif';

/** Data vintage of each version, as documented in the package's README. */
const VINTAGES: Record<string, string> = { '6.0.0': '2026', '5.3.0': '2025', '4.1.0': '2024', '3.1.1': '2023' };

interface SourceCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
}
interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  modeFinancement: string;
  populationMunicipale: number;
  membres: { code: string }[];
}
interface SourceArea {
  code: string;
  nom: string;
  region?: string;
}

export interface RegionRow { code: string; name: string; population: number }
export interface DepartmentRow { code: string; name: string; region_code: string; population: number }
export interface EpciRow { code: string; name: string; kind: string; financing: string; population: number }
export interface CommuneRow {
  code: string;
  name: string;
  search_name: string;
  kind: CommuneKind;
  parent_code: string | null;
  department_code: string;
  region_code: string;
  epci_code: string | null;
  population: number | null;
}
export interface PostalCodeRow { postal_code: string; commune_code: string }
export interface FormerCodeRow { former_code: string; code: string }

/** Everything the load writes, as table rows. */
export interface GeographyData {
  version: string;
  vintage: string | null;
  regions: RegionRow[];
  departments: DepartmentRow[];
  epcis: EpciRow[];
  /** Communes first, then municipal districts (their parents must exist first). */
  communes: CommuneRow[];
  postalCodes: PostalCodeRow[];
  /** Codes of communes that merged into a current one (`anciensCodes`), to move coverage on a new vintage. */
  formerCodes: FormerCodeRow[];
}

/**
 * Reads a file of the package. The package's `main` reads its data relative to the working directory and
 * crashes elsewhere, so the JSON files are read directly; read rather than `require`d so that the ~12 MB
 * are not kept in the module cache for the life of the process.
 */
async function readPackageJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(require.resolve(`${GEOGRAPHY_PACKAGE}/${file}`), 'utf8')) as T;
}

/** The installed version of the package, compared at start-up with the one recorded in the database. */
export async function installedGeographyVersion(): Promise<string> {
  return (await readPackageJson<{ version: string }>('package.json')).version;
}

function sumBy<T>(rows: T[], key: (row: T) => string, value: (row: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}

/** Reads the package and shapes its data into rows. */
export async function readGeography(): Promise<GeographyData> {
  const [version, sourceCommunes, sourceEpcis, sourceDepartments, sourceRegions] = await Promise.all([
    installedGeographyVersion(),
    readPackageJson<SourceCommune[]>('data/communes.json'),
    readPackageJson<SourceEpci[]>('data/epci.json'),
    readPackageJson<SourceArea[]>('data/departements.json'),
    readPackageJson<SourceArea[]>('data/regions.json'),
  ]);
  const current = sourceCommunes.filter((c) => c.type === 'commune-actuelle');
  const districts = sourceCommunes.filter((c) => c.type === 'arrondissement-municipal');
  const epciOf = new Map(sourceEpcis.flatMap((epci) => epci.membres.map((member) => [member.code, epci.code] as const)));
  const toRow = (c: SourceCommune, kind: CommuneKind, parent: string | null): CommuneRow => ({
    code: c.code,
    name: c.nom,
    search_name: normaliseSearchText(c.nom),
    kind,
    parent_code: parent,
    department_code: c.departement,
    region_code: c.region,
    epci_code: epciOf.get(parent ?? c.code) ?? null,
    population: c.population ?? null,
  });
  const byDepartment = sumBy(current, (c) => c.departement, (c) => c.population ?? 0);
  const byRegion = sumBy(current, (c) => c.region, (c) => c.population ?? 0);
  const currentCodes = new Set(current.map((c) => c.code));
  return {
    version,
    vintage: VINTAGES[version] ?? null,
    regions: sourceRegions.map((r) => ({ code: r.code, name: r.nom, population: byRegion.get(r.code) ?? 0 })),
    departments: sourceDepartments.map((d) => ({
      code: d.code,
      name: d.nom,
      region_code: d.region!,
      population: byDepartment.get(d.code) ?? 0,
    })),
    epcis: sourceEpcis.map((e) => ({
      code: e.code,
      name: e.nom,
      kind: e.type,
      financing: e.modeFinancement,
      population: e.populationMunicipale,
    })),
    communes: [
      ...current.map((c) => toRow(c, CommuneKind.COMMUNE, null)),
      ...districts.map((c) => toRow(c, CommuneKind.MUNICIPAL_DISTRICT, c.commune!)),
    ],
    postalCodes: [...current, ...districts].flatMap((c) =>
      [...new Set(c.codesPostaux ?? [])].map((postalCode) => ({ postal_code: postalCode, commune_code: c.code })),
    ),
    formerCodes: current.flatMap((c) =>
      (c.anciensCodes ?? []).filter((former) => !currentCodes.has(former)).map((former) => ({ former_code: former, code: c.code })),
    ),
  };
}
