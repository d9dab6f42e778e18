import { coversCommune, createAccessControl, rolesGranted, type Viewer } from '@maillage/subgraph-kit';
import type { TrainingAction } from '../modules/action/training-action.entity';
import { ACCESS_TABLE, type Condition, type Resource } from './access-table';

/** What the conditions look at: the training action concerned. */
export type ActionSubject = Pick<TrainingAction, 'organisationSiret' | 'communeCode'>;

/** The guards of the trainings subgraph, from its access table. Messages never carry personal data. */
export const trainingsAccess = createAccessControl<Resource, Condition, ActionSubject>(ACCESS_TABLE, {
  organisation: (viewer: Viewer, action) => viewer.organisation !== undefined && viewer.organisation === action.organisationSiret,
  territory: (viewer: Viewer, action) => coversCommune(viewer, action.communeCode),
});

/** Roles that may write (`@Authorized`), before the row-level rule on the action. */
export const ACTION_WRITERS = rolesGranted(ACCESS_TABLE.TrainingAction.write);
export const ENROLMENT_WRITERS = rolesGranted(ACCESS_TABLE.TrainingEnrolment.write);
export const ATTENDANCE_WRITERS = rolesGranted(ACCESS_TABLE.TrainingAttendance.write);
