import { referenceResolver } from '@maillage/subgraph-kit';
import type { Context } from '../../context';
import { followUpAccess } from './follow-up.access';

/** `__resolveReference` of a follow-up: the access table's rules, then the loader, then the row rule. */
export const followUpReference = referenceResolver({
  authorize: (ctx: Context) => followUpAccess.assertMayEver(ctx.viewer, 'read', '{{Name}}FollowUp'),
  load: (ref: { id: string }, ctx: Context) => ctx.loaders.followUpById.load(ref.id),
  visible: (row, ctx: Context) => followUpAccess.can(ctx.viewer, 'read', '{{Name}}FollowUp', row),
});
