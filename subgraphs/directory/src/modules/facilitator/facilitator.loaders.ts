import { createEntityLoader, createGroupLoader } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FacilitatorCoverage } from './facilitator-coverage.entity';
import { Facilitator } from './facilitator.entity';
import { FacilitatorOrganisation } from './facilitator-organisation.entity';
import { findMatchesForCommunes } from './facilitator-match.repository';

/** Per-request loaders of facilitators, their organisations, their coverage and who covers a commune. */
export function createFacilitatorLoaders(em: EntityManager) {
  return {
    facilitatorById: createEntityLoader(em, Facilitator, 'id'),
    organisationById: createEntityLoader(em, FacilitatorOrganisation, 'id'),
    coverageByFacilitator: createGroupLoader(
      (ids) => em.find(FacilitatorCoverage, { facilitatorId: { $in: [...ids] } }, { orderBy: { level: 'asc', id: 'asc' } }),
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
