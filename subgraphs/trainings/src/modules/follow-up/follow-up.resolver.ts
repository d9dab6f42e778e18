import { ConnectionType, findPage, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { followUpAccess } from './follow-up.access';
import { TrainingsFollowUp } from './follow-up.entity';

@ObjectType({ description: 'Une page de fiches de suivi, les plus récentes d’abord.' })
export class TrainingsFollowUpConnection extends ConnectionType('TrainingsFollowUp', TrainingsFollowUp, 'Une page de fiches de suivi, les plus récentes d’abord.') {}

@Resolver(() => TrainingsFollowUp)
export class FollowUpResolver {
  @Query(() => TrainingsFollowUpConnection, { description: 'Les fiches de suivi que l’appelant peut voir (celles de son organisation), les plus récentes d’abord.' })
  trainingsFollowUps(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<TrainingsFollowUp>> {
    followUpAccess.assertMayEver(ctx.viewer, 'read', 'TrainingsFollowUp');
    const where = followUpAccess.can(ctx.viewer, 'read', 'TrainingsFollowUp') ? {} : { organisationId: ctx.viewer.organisation ?? '' };
    return findPage(ctx.em, TrainingsFollowUp, where, { orderBy: [['occurredOn', 'desc'], ['id', 'asc']], first: page.first, after: page.after });
  }
}
