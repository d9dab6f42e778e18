import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CoverageLevel, FacilitatorCoverage } from '../modules/facilitator/facilitator-coverage.entity';
import { Facilitator } from '../modules/facilitator/facilitator.entity';
import { FacilitatorOrganisation, type FacilitatorOrganisationKind as Kind } from '../modules/facilitator/facilitator-organisation.entity';
import { DEMO_FACILITATORS, DEMO_ORGANISATIONS } from './demo.network';

export { DEMO_FACILITATORS, DEMO_ORGANISATIONS };

const COLUMN = {
  [CoverageLevel.COMMUNE]: 'communeCode',
  [CoverageLevel.EPCI]: 'epciCode',
  [CoverageLevel.DEPARTMENT]: 'departmentCode',
  [CoverageLevel.REGION]: 'regionCode',
} as const;

/**
 * Inserts the fictional facilitators' network once (a database that already has the first demo
 * organisation is left as it is). Runs after the geography load, which it refers to.
 */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if (await em.findOne(FacilitatorOrganisation, { id: DEMO_ORGANISATIONS[0]!.id })) return;
  await em.transactional(async (tx) => {
    for (const organisation of DEMO_ORGANISATIONS) tx.create(FacilitatorOrganisation, { ...organisation, kind: organisation.kind as Kind });
    await tx.flush();
    for (const { coverage: _coverage, ...facilitator } of DEMO_FACILITATORS) tx.create(Facilitator, facilitator);
    await tx.flush();
    for (const facilitator of DEMO_FACILITATORS) {
      for (const [level, code] of facilitator.coverage) {
        tx.create(FacilitatorCoverage, { facilitatorId: facilitator.id, level, [COLUMN[level]]: code });
      }
    }
  });
  logger.info({ organisations: DEMO_ORGANISATIONS.length, facilitators: DEMO_FACILITATORS.length }, 'seeded demo data');
}
