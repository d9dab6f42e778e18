import { referenceResolver } from '@maillage/subgraph-kit';
import { trainingsAccess } from '../../access/access';
import type { Context } from '../../context';

/** `__resolveReference` of a training action: signed-in callers, through the loader. */
export const trainingActionReference = referenceResolver({
  authorize: (ctx: Context) => trainingsAccess.assertMayEver(ctx.viewer, 'read', 'TrainingAction'),
  load: (ref: { id: string }, ctx: Context) => ctx.loaders.actionById.load(ref.id),
});
