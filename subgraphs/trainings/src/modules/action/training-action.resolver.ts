import { ConnectionType, findPage, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { trainingsAccess } from '../../access/access';
import type { Context } from '../../context';
import { TrainingAction } from './training-action.entity';

@ObjectType({ description: 'Une page d’actions de formation, les plus récentes d’abord.' })
export class TrainingActionConnection extends ConnectionType('TrainingAction', TrainingAction, 'Une page d’actions de formation, les plus récentes d’abord.') {}

/** The catalogue of training actions: signed-in callers (no personal data in it). */
@Resolver(() => TrainingAction)
export class TrainingActionResolver {
  @Query(() => TrainingAction, { nullable: true, description: 'Une action de formation par identifiant.' })
  trainingAction(@Arg('id', () => ID, { description: 'Identifiant de l’action.' }) id: string, @Ctx() ctx: Context): Promise<TrainingAction | null> {
    trainingsAccess.assertMayEver(ctx.viewer, 'read', 'TrainingAction');
    return ctx.loaders.actionById.load(id);
  }

  @Query(() => TrainingActionConnection, { description: 'Les actions de formation, les plus récentes d’abord.' })
  trainingActions(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<TrainingAction>> {
    trainingsAccess.assertMayEver(ctx.viewer, 'read', 'TrainingAction');
    return findPage(ctx.em, TrainingAction, {}, { orderBy: [['startDate', 'desc'], ['id', 'asc']], first: page.first, after: page.after });
  }
}
