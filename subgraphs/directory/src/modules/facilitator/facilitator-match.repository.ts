import type { EntityManager } from '@mikro-orm/postgresql';
import { CoverageLevel } from './facilitator-coverage.entity';

/** An active facilitator covering a place, through one territory of their coverage. */
export interface FacilitatorMatchRow {
  placeCode: string;
  facilitatorId: string;
  level: CoverageLevel;
  territoryCode: string;
}

interface MatchRecord {
  place_code: string;
  facilitator_id: string;
  rank: number;
  territory_code: string;
}

/** Ranks, most specific first: the commune itself (or the district), its commune, EPCI, department, region. */
const RANK_LEVELS = [CoverageLevel.COMMUNE, CoverageLevel.COMMUNE, CoverageLevel.EPCI, CoverageLevel.DEPARTMENT, CoverageLevel.REGION];

const RANK = `CASE WHEN coverage.commune_code = place.code THEN 0 WHEN coverage.commune_code IS NOT NULL THEN 1
  WHEN coverage.epci_code IS NOT NULL THEN 2 WHEN coverage.department_code IS NOT NULL THEN 3 ELSE 4 END`;
const TERRITORY = 'coalesce(coverage.commune_code, coverage.epci_code, coverage.department_code, coverage.region_code)';

/**
 * Keeps each facilitator once per place, through their most specific coverage, then orders by
 * specificity and name. `places` yields the place's code and the codes of what contains it.
 */
function matchQuery(places: string, where: string): string {
  return `SELECT place_code, facilitator_id, rank, territory_code FROM (
    SELECT DISTINCT ON (place.code, coverage.facilitator_id)
      place.code AS place_code, coverage.facilitator_id, facilitator.name, ${RANK} AS rank, ${TERRITORY} AS territory_code
    FROM (${places}) place
    JOIN facilitator_coverage coverage ON ${where}
    JOIN facilitator ON facilitator.id = coverage.facilitator_id AND facilitator.active
    ORDER BY place.code, coverage.facilitator_id, rank
  ) matches
  ORDER BY place_code, rank, name, facilitator_id`;
}

function toRows(records: MatchRecord[]): FacilitatorMatchRow[] {
  return records.map((record) => ({
    placeCode: record.place_code,
    facilitatorId: record.facilitator_id,
    level: RANK_LEVELS[record.rank]!,
    territoryCode: record.territory_code,
  }));
}

/** Facilitators covering each commune (or municipal district), in one statement for all of them. */
export async function findMatchesForCommunes(em: EntityManager, codes: readonly string[]): Promise<FacilitatorMatchRow[]> {
  if (codes.length === 0) return [];
  const sql = matchQuery(
    'SELECT code, parent_code, epci_code, department_code, region_code FROM commune WHERE code IN (?)',
    `coverage.commune_code IN (place.code, place.parent_code) OR coverage.epci_code = place.epci_code
     OR coverage.department_code = place.department_code OR coverage.region_code = place.region_code`,
  );
  return toRows(await em.execute<MatchRecord[]>(sql, [[...codes]]));
}

/**
 * Facilitators covering an EPCI, a department or a region: coverage of that territory or of a wider one
 * that contains it (for an EPCI, the departments and regions of its members). Coverage of smaller
 * territories inside it does not count: those facilitators do not cover the whole place.
 */
export async function findMatchesForTerritory(
  em: EntityManager,
  level: Exclude<CoverageLevel, CoverageLevel.COMMUNE>,
  code: string,
): Promise<FacilitatorMatchRow[]> {
  const contained = {
    [CoverageLevel.EPCI]: {
      places: `SELECT ?::text AS code, NULL AS parent_code, ?::text AS epci_code, department_code, region_code
               FROM commune WHERE epci_code = ? GROUP BY department_code, region_code`,
      params: [code, code, code],
    },
    [CoverageLevel.DEPARTMENT]: {
      places: 'SELECT code, NULL AS parent_code, NULL AS epci_code, code AS department_code, region_code FROM department WHERE code = ?',
      params: [code],
    },
    [CoverageLevel.REGION]: {
      places: 'SELECT code, NULL AS parent_code, NULL AS epci_code, NULL AS department_code, code AS region_code FROM region WHERE code = ?',
      params: [code],
    },
  }[level];
  const sql = matchQuery(
    contained.places,
    `coverage.epci_code = place.epci_code OR coverage.department_code = place.department_code
     OR coverage.region_code = place.region_code`,
  );
  return toRows(await em.execute<MatchRecord[]>(sql, contained.params));
}

/**
 * The places a postal code designates: every commune it serves, except that a commune whose municipal
 * districts share the code is replaced by those districts (69003 → Lyon 3e Arrondissement, not Lyon).
 */
export async function findPlacesForPostalCode(em: EntityManager, postalCode: string): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>(
    `SELECT commune.code FROM commune_postal_code link JOIN commune ON commune.code = link.commune_code
     WHERE link.postal_code = ? AND NOT EXISTS (
       SELECT 1 FROM commune district JOIN commune_postal_code district_link
         ON district_link.commune_code = district.code AND district_link.postal_code = link.postal_code
       WHERE district.parent_code = commune.code)
     ORDER BY commune.search_name, commune.code`,
    [postalCode],
  );
  return rows.map((row) => row.code);
}
