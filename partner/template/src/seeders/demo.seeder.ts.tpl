import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { {{Name}}FollowUp } from '../modules/follow-up/follow-up.entity';

/** The demo partner organisation (the `organisation` claim of a demo `partner` token). */
export const DEMO_ORGANISATION = 'partenaire-{{name}}';

/** A person of the beneficiaries subgraph's demo data (Camille Martin: its demo ids are stable). */
export const DEMO_BENEFICIARY_ID = 'b1e2f3a4-0000-4000-8000-000000000001';

/** Demo rows: inserted once, when the table is empty (`DB_SEED_DEMO=true`). */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count({{Name}}FollowUp, {})) > 0) return;
  em.create({{Name}}FollowUp, {
    id: '{{demoId}}',
    beneficiaryId: DEMO_BENEFICIARY_ID,
    organisationId: DEMO_ORGANISATION,
    title: 'Premier entretien (démo)',
    occurredOn: '2026-09-01',
  });
  await em.flush();
  logger.info('demo follow-ups inserted');
}
