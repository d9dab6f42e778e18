import { createUnionType } from 'type-graphql';
import type { Context } from '../../context';
import { Commune } from '../geography/commune.entity';
import { Department } from '../geography/department.entity';
import { Epci } from '../geography/epci.entity';
import { Region } from '../geography/region.entity';
import { CoverageLevel } from './facilitator-coverage.entity';

/** A commune, an EPCI, a department or a region. */
export const Territory = createUnionType({
  name: 'Territory',
  description: 'Un territoire : commune, EPCI, département ou région.',
  types: () => [Commune, Epci, Department, Region] as const,
});

export type AnyTerritory = Commune | Epci | Department | Region;

/** Loads a territory of a given level through the request's loaders (batched, null when missing). */
export function loadTerritory(ctx: Context, level: CoverageLevel, code: string): Promise<AnyTerritory | null> {
  switch (level) {
    case CoverageLevel.COMMUNE:
      return ctx.loaders.communeByCode.load(code);
    case CoverageLevel.EPCI:
      return ctx.loaders.epciByCode.load(code);
    case CoverageLevel.DEPARTMENT:
      return ctx.loaders.departmentByCode.load(code);
    case CoverageLevel.REGION:
      return ctx.loaders.regionByCode.load(code);
  }
}
