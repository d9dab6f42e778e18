import { NotFoundError } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingAction } from '../action/training-action.entity';
import { TrainingAttendance } from '../attendance/training-attendance.entity';
import { TrainingEnrolment } from './training-enrolment.entity';

/** Enrolments and attested hours, with the queries that say what they do. */
export class EnrolmentRepository {
  constructor(private readonly em: EntityManager) {}

  async getAction(id: string): Promise<TrainingAction> {
    const action = await this.em.findOne(TrainingAction, { id });
    if (!action) throw new NotFoundError('aucune action de formation avec cet identifiant');
    return action;
  }

  /**
   * Enrols a person once per action: enrolling again (a client retrying) answers the existing enrolment,
   * with the placement updated when one is given.
   */
  async enrol(values: { actionId: string; beneficiaryId: string; placementId: string | null; enrolledOn: string }): Promise<TrainingEnrolment> {
    await this.em.getConnection().execute(
      `INSERT INTO training_enrolment (id, action_id, beneficiary_id, placement_id, enrolled_on)
       VALUES (gen_random_uuid(), ?, ?, ?, ?)
       ON CONFLICT (action_id, beneficiary_id) DO UPDATE SET placement_id = coalesce(EXCLUDED.placement_id, training_enrolment.placement_id)`,
      [values.actionId, values.beneficiaryId, values.placementId, values.enrolledOn],
    );
    return this.em.findOneOrFail(TrainingEnrolment, { actionId: values.actionId, beneficiaryId: values.beneficiaryId }, { refresh: true });
  }

  /**
   * Attests a month's hours in one transaction: the enrolment is locked so that two attestations of the same
   * enrolment are serialised, the total checked, then the month's row written (replacing a previous one).
   * `withinTotal` receives the hours already attested for the other months, in hundredths.
   */
  async attest(enrolmentId: string, month: string, hours: string, withinTotal: (otherMonths: number) => void): Promise<TrainingAttendance> {
    return this.em.transactional(async (em) => {
      const connection = em.getConnection();
      await connection.execute('SELECT id FROM training_enrolment WHERE id = ? FOR UPDATE', [enrolmentId]);
      const [sum] = await connection.execute<{ hundredths: string }[]>(
        'SELECT coalesce(sum(hours_attested * 100), 0)::bigint AS hundredths FROM training_attendance WHERE enrolment_id = ? AND month <> ?',
        [enrolmentId, month],
      );
      withinTotal(Number(sum!.hundredths));
      await connection.execute(
        `INSERT INTO training_attendance (id, enrolment_id, month, hours_attested, attested_at) VALUES (gen_random_uuid(), ?, ?, ?, now())
         ON CONFLICT (enrolment_id, month) DO UPDATE SET hours_attested = EXCLUDED.hours_attested, attested_at = now()`,
        [enrolmentId, month, hours],
      );
      return em.findOneOrFail(TrainingAttendance, { enrolmentId, month }, { refresh: true });
    });
  }
}
