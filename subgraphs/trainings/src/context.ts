import { createUuidGroupLoader, createUuidLoader, type RequestContext } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingAction } from './modules/action/training-action.entity';
import { TrainingAttendance } from './modules/attendance/training-attendance.entity';
import { TrainingEnrolment } from './modules/enrolment/training-enrolment.entity';

/** Per-request loaders of the trainings subgraph: one `IN (…)` statement per batch, whatever the number of parents. */
export function createLoaders(em: EntityManager) {
  return {
    actionById: createUuidLoader(em, TrainingAction, 'id'),
    enrolmentById: createUuidLoader(em, TrainingEnrolment, 'id'),
    enrolmentsByBeneficiary: createUuidGroupLoader(em, TrainingEnrolment, 'beneficiaryId', { enrolledOn: 'desc', id: 'asc' }),
    enrolmentsByPlacement: createUuidGroupLoader(em, TrainingEnrolment, 'placementId', { enrolledOn: 'desc', id: 'asc' }),
    attendanceByEnrolment: createUuidGroupLoader(em, TrainingAttendance, 'enrolmentId', { month: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
