import { ConnectionType, findPage, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { followUpAccess } from './follow-up.access';
import { {{Name}}FollowUp } from './follow-up.entity';

@ObjectType({ description: 'Une page de fiches de suivi, les plus récentes d’abord.' })
export class {{Name}}FollowUpConnection extends ConnectionType('{{Name}}FollowUp', {{Name}}FollowUp, 'Une page de fiches de suivi, les plus récentes d’abord.') {}

@Resolver(() => {{Name}}FollowUp)
export class FollowUpResolver {
  @Query(() => {{Name}}FollowUpConnection, { description: 'Les fiches de suivi que l’appelant peut voir (celles de son organisation), les plus récentes d’abord.' })
  {{nameCamel}}FollowUps(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<{{Name}}FollowUp>> {
    followUpAccess.assertMayEver(ctx.viewer, 'read', '{{Name}}FollowUp');
    const where = followUpAccess.can(ctx.viewer, 'read', '{{Name}}FollowUp') ? {} : { organisationId: ctx.viewer.organisation ?? '' };
    return findPage(ctx.em, {{Name}}FollowUp, where, { orderBy: [['occurredOn', 'desc'], ['id', 'asc']], first: page.first, after: page.after });
  }
}
