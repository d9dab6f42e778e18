import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingsFollowUp } from '../modules/follow-up/follow-up.entity';

/** The demo partner organisation (the `organisation` claim of a demo `partner` token). */
export const DEMO_ORGANISATION = 'partenaire-trainings';

/** A person of the beneficiaries subgraph's demo data (Camille Martin: its demo ids are stable). */
export const DEMO_BENEFICIARY_ID = 'b1e2f3a4-0000-4000-8000-000000000001';

/** Demo rows: inserted once, when the table is empty (`DB_SEED_DEMO=true`). */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(TrainingsFollowUp, {})) > 0) return;
  em.create(TrainingsFollowUp, {
    id: 'f584b6cc-a52f-4b60-b9a2-cf6001b674de',
    beneficiaryId: DEMO_BENEFICIARY_ID,
    organisationId: DEMO_ORGANISATION,
    title: 'Premier entretien (démo)',
    occurredOn: '2026-09-01',
  });
  await em.flush();
  logger.info('demo follow-ups inserted');
}
