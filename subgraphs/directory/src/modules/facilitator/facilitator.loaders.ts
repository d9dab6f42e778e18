import { createGroupLoader, createUuidLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CoverageLevel, FacilitatorCoverage } from './facilitator-coverage.entity';
import { Facilitator } from './facilitator.entity';
import { FacilitatorOrganisation } from './facilitator-organisation.entity';
import { findMatchesForCommunes } from './facilitator-match.repository';

const SPECIFICITY = Object.values(CoverageLevel);

/** Communes first, regions last; by code within a level. */
function bySpecificity(coverage: FacilitatorCoverage[]): FacilitatorCoverage[] {
  return coverage.sort((a, b) => SPECIFICITY.indexOf(a.level) - SPECIFICITY.indexOf(b.level) || a.code.localeCompare(b.code));
}

/** Per-request loaders of facilitators, their organisations, their coverage and who covers a commune. */
export function createFacilitatorLoaders(em: EntityManager) {
  return {
    facilitatorById: createUuidLoader(em, Facilitator, 'id'),
    organisationById: createUuidLoader(em, FacilitatorOrganisation, 'id'),
    coverageByFacilitator: createGroupLoader(
      async (ids) => bySpecificity(await em.find(FacilitatorCoverage, { facilitatorId: { $in: [...ids] } })),
      (coverage) => coverage.facilitatorId,
    ),
    facilitatorsByOrganisation: createGroupLoader(
      (ids) => em.find(Facilitator, { organisationId: { $in: [...ids] } }, { orderBy: { name: 'asc', id: 'asc' } }),
      (facilitator) => facilitator.organisationId,
    ),
    matchesByCommune: createGroupLoader((codes) => findMatchesForCommunes(em, codes), (match) => match.placeCode),
  };
}

export type FacilitatorLoaders = ReturnType<typeof createFacilitatorLoaders>;
