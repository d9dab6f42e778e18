import { BadUserInputError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import {
  COMMUNE_CODE_FORMAT, DEPARTMENT_CODE_FORMAT, EPCI_CODE_FORMAT, parseCode, REGION_CODE_FORMAT, unknownTerritory,
} from '../geography/territory.codes';
import { CoverageLevel, FacilitatorCoverage } from './facilitator-coverage.entity';
import type { CoverageInput } from './facilitator.inputs';
import { loadTerritory } from './territory.union';

/** More territories than any real facilitator covers: a guard against runaway input. */
const MAX_COVERAGE = 500;

const FORMATS = {
  [CoverageLevel.COMMUNE]: COMMUNE_CODE_FORMAT,
  [CoverageLevel.EPCI]: EPCI_CODE_FORMAT,
  [CoverageLevel.DEPARTMENT]: DEPARTMENT_CODE_FORMAT,
  [CoverageLevel.REGION]: REGION_CODE_FORMAT,
};

const COLUMNS = {
  [CoverageLevel.COMMUNE]: 'communeCode',
  [CoverageLevel.EPCI]: 'epciCode',
  [CoverageLevel.DEPARTMENT]: 'departmentCode',
  [CoverageLevel.REGION]: 'regionCode',
} as const;

export interface CoverageArea {
  level: CoverageLevel;
  code: string;
}

/**
 * Checks a coverage before anything is written: each code has the shape of its level (BAD_USER_INPUT
 * naming `coverage[i].code`) and names a territory of the loaded geography (NOT_FOUND). Duplicates are
 * merged. One statement per level, whatever the number of territories.
 */
export async function resolveCoverage(ctx: Context, inputs: CoverageInput[], field = 'coverage'): Promise<CoverageArea[]> {
  if (inputs.length > MAX_COVERAGE) throw new BadUserInputError(`${field} may name at most ${MAX_COVERAGE} territories`, field);
  const areas = inputs.map((input, index) => ({
    level: input.level,
    code: parseCode(input.code, FORMATS[input.level], `${field}[${index}].code`),
  }));
  const territories = await Promise.all(areas.map((area) => loadTerritory(ctx, area.level, area.code)));
  const missing = territories.findIndex((territory) => territory === null);
  if (missing >= 0) {
    const area = areas[missing]!;
    throw unknownTerritory(FORMATS[area.level], area.code, `${field}[${missing}]: `);
  }
  const unique = new Map(areas.map((area) => [`${area.level}:${area.code}`, area]));
  return [...unique.values()];
}

/**
 * Replaces a facilitator's coverage; call inside the transaction that writes the facilitator. Pending
 * writes are flushed first: coverage rows reference the facilitator row, and the ORM does not know it.
 */
export async function replaceCoverage(tx: EntityManager, facilitatorId: string, areas: CoverageArea[]): Promise<void> {
  await tx.flush();
  await tx.nativeDelete(FacilitatorCoverage, { facilitatorId });
  for (const area of areas) {
    tx.create(FacilitatorCoverage, { facilitatorId, level: area.level, [COLUMNS[area.level]]: area.code });
  }
}
