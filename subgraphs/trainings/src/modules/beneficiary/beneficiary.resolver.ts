import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { visibleEnrolments } from '../enrolment/enrolment.visibility';
import { TrainingEnrolment } from '../enrolment/training-enrolment.entity';
import { Beneficiary } from './beneficiary.reference';

/** The field this subgraph adds to a person of the graph. */
@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @FieldResolver(() => [TrainingEnrolment], {
    nullable: true,
    description: 'Les formations de la personne (inscriptions), les plus récentes d’abord : celles que l’appelant peut voir (l’organisme de formation les siennes, le facilitateur celles de son territoire).',
  })
  async trainings(@Root() beneficiary: Beneficiary, @Ctx() ctx: Context): Promise<TrainingEnrolment[]> {
    return visibleEnrolments(await ctx.loaders.enrolmentsByBeneficiary.load(beneficiary.id), ctx, 'Beneficiary.trainings');
  }
}
