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
    /** Managed: what a write loads, changes and flushes. */
    facilitatorById: createUuidLoader(em, Facilitator, 'id'),
    organisationById: createUuidLoader(em, FacilitatorOrganisation, 'id'),
    /**
     * Plain rows (`readOnly`), for what is only read: references from the other subgraphs (a dashboard's 50
     * contracts name their facilitator), a facilitator's organisation, a look-up's facilitators. Building managed
     * entities for them was a third of this subgraph's CPU per dashboard. Never written: every write clears them
     * (`forgetReadRows`), so that a later part of the same request reads what the write left.
     */
    facilitatorRowById: createUuidLoader(em, Facilitator, 'id', { readOnly: true }),
    organisationRowById: createUuidLoader(em, FacilitatorOrganisation, 'id', { readOnly: true }),
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

/** After a write to facilitators or organisations: the plain rows read before it are read again. */
export function forgetReadRows(loaders: Pick<FacilitatorLoaders, 'facilitatorRowById' | 'organisationRowById'>): void {
  loaders.facilitatorRowById.clearAll();
  loaders.organisationRowById.clearAll();
}
