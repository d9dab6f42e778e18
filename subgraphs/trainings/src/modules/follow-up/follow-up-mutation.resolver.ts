import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FOLLOW_UP_WRITERS, followUpAccess } from './follow-up.access';
import { TrainingsFollowUp } from './follow-up.entity';
import { RecordTrainingsFollowUpInput } from './follow-up.inputs';
import { validateFollowUpInput } from './follow-up.validation';

/** Writes: a partner for its own organisation (an admin may not write in a partner's name). */
@Resolver(() => TrainingsFollowUp)
export class FollowUpMutationResolver {
  @Authorized(...FOLLOW_UP_WRITERS)
  @Mutation(() => TrainingsFollowUp, { description: 'Enregistre une fiche de suivi au nom de l’organisation de l’appelant.' })
  async recordTrainingsFollowUp(
    @Arg('input', () => RecordTrainingsFollowUpInput, { description: 'La fiche.' }) input: RecordTrainingsFollowUpInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingsFollowUp> {
    const valid = validateFollowUpInput(input);
    const organisationId = ctx.viewer.organisation ?? '';
    followUpAccess.assertCan(ctx.viewer, 'write', 'TrainingsFollowUp', { organisationId });
    const row = ctx.em.create(TrainingsFollowUp, { ...valid, organisationId });
    await ctx.em.flush();
    ctx.logger.info({ followUpId: row.id }, 'follow-up recorded');
    return row;
  }
}
