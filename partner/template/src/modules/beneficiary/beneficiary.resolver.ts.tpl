import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { followUpAccess } from '../follow-up/follow-up.access';
import { {{Name}}FollowUp } from '../follow-up/follow-up.entity';
import { Beneficiary } from './beneficiary.reference';

/** The field this subgraph adds to a person of the graph. */
@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @FieldResolver(() => [{{Name}}FollowUp], {
    nullable: true,
    description: 'Les fiches de suivi du partenaire {{name}} sur cette personne, les plus récentes d’abord (celles que l’appelant peut voir).',
  })
  async {{nameCamel}}FollowUps(@Root() beneficiary: Beneficiary, @Ctx() ctx: Context): Promise<{{Name}}FollowUp[]> {
    followUpAccess.assertMayEver(ctx.viewer, 'read', 'Beneficiary.{{nameCamel}}FollowUps');
    const rows = await ctx.loaders.followUpsByBeneficiary.load(beneficiary.id);
    return rows.filter((row) => followUpAccess.can(ctx.viewer, 'read', 'Beneficiary.{{nameCamel}}FollowUps', row));
  }
}
