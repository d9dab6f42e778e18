import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ACTION_WRITERS, trainingsAccess } from '../../access/access';
import type { Context } from '../../context';
import { TrainingAction } from './training-action.entity';
import { CreateTrainingActionInput } from './training-action.inputs';
import { validateTrainingActionInput } from './training-action.validation';

/** A training organisation records its own actions (an admin any). */
@Resolver(() => TrainingAction)
export class TrainingActionMutationResolver {
  @Authorized(...ACTION_WRITERS)
  @Mutation(() => TrainingAction, { description: 'Enregistre une action de formation de l’organisme de l’appelant.' })
  async createTrainingAction(
    @Arg('input', () => CreateTrainingActionInput, { description: 'L’action.' }) input: CreateTrainingActionInput,
    @Ctx() ctx: Context,
  ): Promise<TrainingAction> {
    const valid = validateTrainingActionInput(input);
    trainingsAccess.assertCan(ctx.viewer, 'write', 'TrainingAction', valid);
    const action = ctx.em.create(TrainingAction, valid);
    await ctx.em.flush();
    ctx.logger.info({ trainingActionId: action.id }, 'training action created');
    return action;
  }
}
