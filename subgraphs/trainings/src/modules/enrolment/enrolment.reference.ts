import { referenceResolver } from '@maillage/subgraph-kit';
import { trainingsAccess } from '../../access/access';
import type { Context } from '../../context';
import { visibleEnrolments } from './enrolment.visibility';

/** `__resolveReference` of an enrolment: the table's rules, the loader, then the row rule on its action. */
export const enrolmentReference = referenceResolver({
  authorize: (ctx: Context) => trainingsAccess.assertMayEver(ctx.viewer, 'read', 'TrainingEnrolment'),
  load: (ref: { id: string }, ctx: Context) => ctx.loaders.enrolmentById.load(ref.id),
  visible: async (row, ctx: Context) => (await visibleEnrolments([row], ctx, 'TrainingEnrolment')).length === 1,
});
