import { trainingsAccess } from '../../access/access';
import type { Resource } from '../../access/access-table';
import type { Context } from '../../context';
import type { TrainingEnrolment } from './training-enrolment.entity';

/**
 * The enrolments of `rows` the viewer may read as `resource`: the rule looks at each one's action (loaded
 * in one batch). A row the viewer may not see is left out, exactly like a missing one.
 */
export async function visibleEnrolments(rows: TrainingEnrolment[], ctx: Context, resource: Resource): Promise<TrainingEnrolment[]> {
  trainingsAccess.assertMayEver(ctx.viewer, 'read', resource);
  const actions = await ctx.loaders.actionById.loadMany(rows.map((row) => row.actionId));
  return rows.filter((_row, index) => {
    const action = actions[index];
    return action !== null && !(action instanceof Error) && trainingsAccess.can(ctx.viewer, 'read', resource, action);
  });
}
