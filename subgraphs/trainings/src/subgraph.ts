import type { SubgraphDefinition } from '@maillage/subgraph-kit';
import { createLoaders, type Loaders } from './context';
import { migrations } from './migrations';
import { TrainingAction } from './modules/action/training-action.entity';
import { TrainingAttendance } from './modules/attendance/training-attendance.entity';
import { TrainingEnrolment } from './modules/enrolment/training-enrolment.entity';
import { buildTrainingsSchema } from './schema';
import { seedDemo } from './seeders/demo.seeder';

/**
 * The trainings subgraph: the slice of a training organisation — its training actions, the people enrolled,
 * the hours it attests month by month — joined to the graph by `Beneficiary.trainings` and
 * `Placement.attestedTrainingHours`. Created with `npm run partner:new -- trainings`.
 */
export const trainingsSubgraph: SubgraphDefinition<Loaders> = {
  name: 'trainings',
  entities: [TrainingAction, TrainingEnrolment, TrainingAttendance],
  migrations,
  buildSchema: buildTrainingsSchema,
  createLoaders,
  seedDemo,
};
