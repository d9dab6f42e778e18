import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FOLLOW_UP_WRITERS, followUpAccess } from './follow-up.access';
import { {{Name}}FollowUp } from './follow-up.entity';
import { Record{{Name}}FollowUpInput } from './follow-up.inputs';
import { validateFollowUpInput } from './follow-up.validation';

/** Writes: a partner for its own organisation (an admin may not write in a partner's name). */
@Resolver(() => {{Name}}FollowUp)
export class FollowUpMutationResolver {
  @Authorized(...FOLLOW_UP_WRITERS)
  @Mutation(() => {{Name}}FollowUp, { description: 'Enregistre une fiche de suivi au nom de l’organisation de l’appelant.' })
  async record{{Name}}FollowUp(
    @Arg('input', () => Record{{Name}}FollowUpInput, { description: 'La fiche.' }) input: Record{{Name}}FollowUpInput,
    @Ctx() ctx: Context,
  ): Promise<{{Name}}FollowUp> {
    const valid = validateFollowUpInput(input);
    const organisationId = ctx.viewer.organisation ?? '';
    followUpAccess.assertCan(ctx.viewer, 'write', '{{Name}}FollowUp', { organisationId });
    const row = ctx.em.create({{Name}}FollowUp, { ...valid, organisationId });
    await ctx.em.flush();
    ctx.logger.info({ followUpId: row.id }, 'follow-up recorded');
    return row;
  }
}
