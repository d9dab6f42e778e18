import { BadUserInputError, DEPARTMENT_CODE } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertMayEver } from '../../access/access';
import type { Context } from '../../context';
import { LocalDateScalar } from '../shared/scalars';
import { BeneficiaryCriterion } from './beneficiary-criterion.entity';
import { AddCriterionInput, DefineCriterionInput } from './criterion.inputs';
import { catalogueOf } from './criterion.loaders';
import { addCriterion, defineCriterion, validateCriterion } from './criterion.service';
import { EligibilityCriterion, NATIONAL } from './eligibility-criterion.entity';

/** A person's criteria are reached through `Beneficiary.criteria` (filtered by tier) or returned to their writer. */
@Resolver(() => BeneficiaryCriterion)
export class CriterionResolver {
  @Authorized()
  @Query(() => [EligibilityCriterion], {
    description: 'Le catalogue des critères d’éligibilité d’un territoire (critères nationaux, complétés ou remplacés par ceux du département).',
  })
  async eligibilityCriteria(
    @Arg('territory', { description: 'Code du département (« FR » : le catalogue national seul).' }) territory: string,
    @Ctx() ctx: Context,
  ): Promise<EligibilityCriterion[]> {
    assertMayEver(ctx.viewer, 'read', 'EligibilityCriterion');
    if (territory !== NATIONAL && !DEPARTMENT_CODE.test(territory)) throw new BadUserInputError('territory must be a department code or FR', 'territory');
    return catalogueOf(await ctx.loaders.catalogue(), territory);
  }

  @FieldResolver(() => EligibilityCriterion, { description: 'Le critère du catalogue.' })
  async criterion(@Root() criterion: BeneficiaryCriterion, @Ctx() ctx: Context): Promise<EligibilityCriterion> {
    return (await ctx.loaders.catalogue()).get(criterion.criterionId)!;
  }

  @Authorized()
  @Mutation(() => BeneficiaryCriterion, { description: 'Enregistre un critère d’une personne avec le type et la date de son justificatif.' })
  addCriterion(@Arg('input', () => AddCriterionInput, { description: 'Le critère et son justificatif.' }) input: AddCriterionInput, @Ctx() ctx: Context): Promise<BeneficiaryCriterion> {
    return addCriterion(ctx, input);
  }

  @Authorized()
  @Mutation(() => BeneficiaryCriterion, {
    description: 'Valide un critère pour une date (ex. le début du contrat) : refusé si le justificatif est postérieur ou expiré à cette date.',
  })
  validateCriterion(
    @Arg('id', () => ID, { description: 'Le critère de la personne.' }) id: string,
    @Arg('validFor', () => LocalDateScalar, { description: 'La date pour laquelle le critère est validé.' }) validFor: string,
    @Ctx() ctx: Context,
  ): Promise<BeneficiaryCriterion> {
    return validateCriterion(ctx, id, validFor);
  }

  @Authorized()
  @Mutation(() => EligibilityCriterion, { description: 'Ajoute un critère au catalogue d’un territoire (facilitateurs du territoire ; national : administrateurs).' })
  defineEligibilityCriterion(@Arg('input', () => DefineCriterionInput, { description: 'Le critère à ajouter au catalogue.' }) input: DefineCriterionInput, @Ctx() ctx: Context): Promise<EligibilityCriterion> {
    return defineCriterion(ctx, input);
  }
}
