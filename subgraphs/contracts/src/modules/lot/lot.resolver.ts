import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedWrite } from '../access/contracts.access';
import { InsertionClause } from '../clause/insertion-clause.entity';
import { InsertionClauseInput } from '../clause/insertion-clause.inputs';
import { Contract } from '../contract/contract.entity';
import { ContractParty } from '../party/contract-party.entity';
import { Lot } from './lot.entity';
import { LotInput, UpdateLotInput } from './lot.inputs';
import { addLot, removeInsertionClause, setInsertionClause, updateLot } from './lot.service';

@Resolver(() => Lot)
export class LotResolver {
  @FieldResolver(() => Contract, { description: 'Marché du lot.' })
  async contract(@Root() lot: Lot, @Ctx() ctx: Context): Promise<Contract> {
    return (await ctx.loaders.contractById.load(lot.contract.id))!;
  }

  @FieldResolver(() => InsertionClause, {
    nullable: true,
    description: 'Clause sociale d’insertion du lot, s’il en porte une : sa condition d’exécution (art. L2112-2).',
    deprecationReason: 'Remplacé par socialDevices : la clause est le dispositif de nature EXECUTION_CONDITION (champ clause du dispositif).',
  })
  clause(@Root() lot: Lot, @Ctx() ctx: Context): Promise<InsertionClause | null> {
    return ctx.loaders.clauseByLotId.load(lot.id);
  }

  @FieldResolver(() => [ContractParty], { description: 'Entreprises rattachées à ce lot.' })
  parties(@Root() lot: Lot, @Ctx() ctx: Context): Promise<ContractParty[]> {
    return ctx.loaders.partiesByLotId.load(lot.id);
  }

  @AuthorizedWrite()
  @Mutation(() => Lot, { description: 'Ajoute un lot (et sa clause) à un marché ni clos ni annulé ; un numéro déjà pris est un CONFLICT.' })
  addLot(
    @Arg('contractId', () => ID, { description: 'Identifiant du marché.' }) contractId: string,
    @Arg('input', () => LotInput, { description: 'Données de l’opération.' }) input: LotInput,
    @Ctx() ctx: Context,
  ): Promise<Lot> {
    return addLot(ctx.em, ctx.viewer, contractId, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Lot, { description: 'Modifie un lot.' })
  updateLot(
    @Arg('id', () => ID, { description: 'Identifiant du lot.' }) id: string,
    @Arg('input', () => UpdateLotInput, { description: 'Données de l’opération.' }) input: UpdateLotInput,
    @Ctx() ctx: Context,
  ): Promise<Lot> {
    return updateLot(ctx.em, ctx.viewer, id, input);
  }

  @AuthorizedWrite()
  @Mutation(() => InsertionClause, {
    description: 'Pose ou remplace la clause d’un lot (la même entrée deux fois ne change rien). Un fondement RESERVED_SIAE ou RESERVED_DISABILITY ajoute aussi au lot la réservation correspondante.',
    deprecationReason: 'Remplacé par addSocialDevice et updateSocialDevice (nature EXECUTION_CONDITION) ; une réservation est un dispositif à part.',
  })
  setInsertionClause(
    @Arg('lotId', () => ID, { description: 'Identifiant du lot.' }) lotId: string,
    @Arg('input', () => InsertionClauseInput, { description: 'Données de l’opération.' }) input: InsertionClauseInput,
    @Ctx() ctx: Context,
  ): Promise<InsertionClause> {
    return setInsertionClause(ctx.em, ctx.viewer, lotId, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Lot, {
    description: 'Retire la clause d’un lot, s’il en porte une (ses autres dispositifs restent).',
    deprecationReason: 'Remplacé par removeSocialDevice(lotId, kind: EXECUTION_CONDITION).',
  })
  removeInsertionClause(@Arg('lotId', () => ID, { description: 'Identifiant du lot.' }) lotId: string, @Ctx() ctx: Context): Promise<Lot> {
    return removeInsertionClause(ctx.em, ctx.viewer, lotId);
  }
}
