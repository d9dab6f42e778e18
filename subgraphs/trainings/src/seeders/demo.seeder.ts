import type { Logger } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingAction } from '../modules/action/training-action.entity';
import { TrainingAttendance } from '../modules/attendance/training-attendance.entity';
import { TrainingEnrolment } from '../modules/enrolment/training-enrolment.entity';

/** The demo training organisation: a fictional SIRET with a valid Luhn key (a `partner` token's organisation). */
export const DEMO_TRAINING_ORGANISATION = '88123456700017';

/** People and a placement of the beneficiaries subgraph's demo data (their ids are stable). */
const CAMILLE_MARTIN = 'b1e2f3a4-0000-4000-8000-000000000001';
const KARIM_BENALI = 'b1e2f3a4-0000-4000-8000-000000000002';
const CAMILLE_PLACEMENT = '91ace000-0000-4000-8000-000000000001';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Demo rows, inserted once when the tables are empty (`DB_SEED_DEMO=true`, as under `npm start`). */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(TrainingAction, {})) > 0) return;
  // No ORM relations between the tables (ids only): flush parents before children, in one transaction.
  await em.transactional(async (tx) => seedRows(tx));
  logger.info('demo trainings inserted');
}

async function seedRows(em: EntityManager): Promise<void> {
  const organisation = { organisationSiret: DEMO_TRAINING_ORGANISATION, organisationName: 'Centre de formation du Rhône (démo)' };
  em.create(TrainingAction, {
    id: id('7a1a0000', 1), ...organisation, title: 'Maçon — titre professionnel (démo)', communeCode: '69123',
    startDate: '2026-09-07', endDate: '2027-03-26', plannedHours: '420.00', certification: 'Titre professionnel Maçon (RNCP, démo)',
  });
  em.create(TrainingAction, {
    id: id('7a1a0000', 2), ...organisation, title: 'Agent de propreté et d’hygiène (démo)', communeCode: '69266',
    startDate: '2026-10-05', endDate: '2026-12-18', plannedHours: '280.00', certification: null,
  });
  await em.flush();
  em.create(TrainingEnrolment, { id: id('e7a10000', 1), actionId: id('7a1a0000', 1), beneficiaryId: CAMILLE_MARTIN, placementId: CAMILLE_PLACEMENT, enrolledOn: '2026-09-01' });
  em.create(TrainingEnrolment, { id: id('e7a10000', 2), actionId: id('7a1a0000', 2), beneficiaryId: KARIM_BENALI, placementId: null, enrolledOn: '2026-09-28' });
  await em.flush();
  for (const [n, month, hours] of [[1, '2026-09', '70.00'], [2, '2026-10', '77.00'], [3, '2026-11', '70.00']] as const) {
    em.create(TrainingAttendance, { id: id('a77e0000', n), enrolmentId: id('e7a10000', 1), month, hoursAttested: hours });
  }
  em.create(TrainingAttendance, { id: id('a77e0000', 4), enrolmentId: id('e7a10000', 2), month: '2026-10', hoursAttested: '84.00' });
  await em.flush();
}
