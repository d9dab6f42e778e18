import { BadUserInputError, DEPARTMENT_CODE, LocalDateScalar, NotFoundError, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedRead } from '../access/contracts.access';
import { Contract } from '../contract/contract.entity';
import { ContractConnection } from '../contract/contract.resolver';
import { requireDate } from '../shared/validation';
import { EuThreshold } from './eu-threshold.entity';
import { thresholdPosition } from './social-obligation';
import { findContractsMissingSocialCondition } from './social-obligation.repository';

@ObjectType({ description: 'Position d’un marché par rapport au seuil européen en vigueur au lancement de sa consultation.' })
export class ThresholdPosition {
  @Field(() => EuThreshold, { nullable: true, description: 'Seuil en vigueur à la date de lancement de la consultation, pour la nature du marché et l’acheteur.' })
  threshold!: EuThreshold | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai si le montant estimé est égal ou supérieur au seuil (procédure formalisée, CCP L2124-1) ; vide si le montant, la nature, la date de lancement ou le seuil manque, ou pour un acheteur privé.',
  })
  above!: boolean | null;

  @Field({
    description: 'Vrai si le marché doit comporter une condition d’exécution sociale ou relative à l’emploi : au-dessus du seuil et consultation lancée à partir du 22 août 2026 (loi 2021-1104, art. 35 ; CCP L2112-2-1).',
  })
  socialConditionRequired!: boolean;
}

@Resolver(() => Contract)
export class EuThresholdResolver {
  @AuthorizedRead()
  @Query(() => [EuThreshold], { description: 'Les seuils européens de procédure formalisée, avec leur source (en vigueur à une date, ou tous).' })
  async euThresholds(
    @Arg('on', () => LocalDateScalar, { nullable: true, description: 'Seulement les seuils en vigueur ce jour.' }) on: string | null,
    @Ctx() ctx: Context,
  ): Promise<EuThreshold[]> {
    const all = await ctx.loaders.euThresholds();
    if (on == null) return all;
    requireDate(on, 'on');
    return all.filter((t) => t.validFrom <= on && (!t.validUntil || t.validUntil >= on));
  }

  @AuthorizedRead()
  @Query(() => ContractConnection, {
    description: 'Marchés de vos territoires (facilitateur) soumis à l’obligation sociale de 2026 et sans condition d’exécution sociale : consultation lancée à partir du 22 août 2026, montant estimé égal ou supérieur au seuil européen, aucun lot portant un dispositif de nature EXECUTION_CONDITION (loi 2021-1104, art. 35 : l’obligation porte sur les conditions d’exécution ; un critère d’attribution ou une réservation seuls ne la remplissent pas).',
  })
  contractsMissingSocialCondition(
    @Args() page: PageArgs,
    @Arg('department', () => String, { nullable: true, description: 'Seulement ce département (celui de la commune de l’acheteur).' }) department: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Contract>> {
    if (department != null && !DEPARTMENT_CODE.test(department)) throw new BadUserInputError('department must be a department code such as 69, 2A or 974', 'department');
    return findContractsMissingSocialCondition(ctx.em, ctx.viewer, department, page);
  }

  @FieldResolver(() => ThresholdPosition, { description: 'Position par rapport au seuil européen en vigueur au lancement de la consultation, et obligation sociale de 2026.' })
  async euThreshold(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ThresholdPosition> {
    const [buyer, thresholds] = await Promise.all([ctx.loaders.buyerById.load(contract.buyer.id), ctx.loaders.euThresholds()]);
    if (!buyer) throw new NotFoundError(`buyer of contract ${contract.id} not found`);
    return thresholdPosition(contract, buyer.kind, thresholds);
  }
}
