import { ConnectionType, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedRead, AuthorizedWrite } from '../access/contracts.access';
import { Commune, communeStub } from '../references/commune.reference';
import { requireUuid } from '../shared/validation';
import { Buyer } from './buyer.entity';
import { BuyerContact, BuyerFilter, CreateBuyerInput, UpdateBuyerInput } from './buyer.inputs';
import { findBuyersPage } from './buyer.repository';
import { createBuyer, updateBuyer } from './buyer.service';

@ObjectType({ description: 'Une page d’acheteurs.' })
export class BuyerConnection extends ConnectionType('Buyer', Buyer, 'Une page d’acheteurs.') {}

@Resolver(() => Buyer)
export class BuyerResolver {
  @AuthorizedRead()
  @Query(() => Buyer, { nullable: true, description: 'Un acheteur par son identifiant.' })
  buyer(@Arg('id', () => ID, { description: 'Identifiant de l’acheteur.' }) id: string, @Ctx() ctx: Context): Promise<Buyer | null> {
    return ctx.loaders.buyerById.load(requireUuid(id, 'id'));
  }

  @AuthorizedRead()
  @Query(() => BuyerConnection, { description: 'Les acheteurs, par raison sociale, filtrés (100 au plus par page).' })
  buyers(
    @Args() page: PageArgs,
    @Arg('filter', () => BuyerFilter, { nullable: true, description: 'Filtres combinés.' }) filter: BuyerFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<Connection<Buyer>> {
    return findBuyersPage(ctx.em, filter ?? undefined, page);
  }

  @FieldResolver(() => Commune, { description: "Commune du siège de l'acheteur." })
  commune(@Root() buyer: Buyer): Commune {
    return communeStub(buyer.communeCode);
  }

  // A named person's details: never for an anonymous caller.
  @Authorized()
  @FieldResolver(() => BuyerContact, { nullable: true, description: 'Interlocuteur pour la clause (personnes connectées seulement).' })
  contact(@Root() buyer: Buyer): BuyerContact | null {
    if (!buyer.contactName && !buyer.contactEmail && !buyer.contactPhone) return null;
    return Object.assign(new BuyerContact(), { name: buyer.contactName, email: buyer.contactEmail, phone: buyer.contactPhone });
  }

  @AuthorizedWrite()
  @Mutation(() => Buyer, { description: 'Enregistre un acheteur (dans une commune de son territoire pour un facilitateur).' })
  createBuyer(@Arg('input', () => CreateBuyerInput, { description: 'Données de l’opération.' }) input: CreateBuyerInput, @Ctx() ctx: Context): Promise<Buyer> {
    return createBuyer(ctx.em, ctx.viewer, input);
  }

  @AuthorizedWrite()
  @Mutation(() => Buyer, { description: 'Modifie un acheteur.' })
  updateBuyer(
    @Arg('id', () => ID, { description: 'Identifiant de l’acheteur.' }) id: string,
    @Arg('input', () => UpdateBuyerInput, { description: 'Données de l’opération.' }) input: UpdateBuyerInput,
    @Ctx() ctx: Context,
  ): Promise<Buyer> {
    return updateBuyer(ctx.em, ctx.viewer, id, input);
  }
}
