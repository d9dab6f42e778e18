import { BadUserInputError, ConnectionType, findPage, isUuid, PageArgs } from '@maillage/subgraph-kit';
import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertMayEver } from '../access/access';
import type { Context } from '../context';
import { AuditEvent } from './audit-event.entity';

export const AuditEventConnection = ConnectionType('AuditEvent', AuditEvent, 'Une page du journal d’audit.');

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventConnection, { description: 'Le journal d’audit des données personnelles, dans l’ordre chronologique (administrateurs).' })
  auditEvents(
    @Arg('beneficiaryId', () => ID, { nullable: true, description: 'Les événements concernant cette personne seulement.' }) beneficiaryId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    assertMayEver(ctx.viewer, 'read', 'AuditEvent');
    if (beneficiaryId && !isUuid(beneficiaryId)) throw new BadUserInputError('beneficiaryId must be a UUID', 'beneficiaryId');
    const where = beneficiaryId ? { beneficiaryId: beneficiaryId.toLowerCase() } : {};
    return findPage(ctx.em, AuditEvent, where, { orderBy: [['id', 'asc']], first: page.first, after: page.after });
  }
}
