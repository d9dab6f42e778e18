import { ConnectionType, findPage, NotFoundError, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Buyer } from '../buyer/buyer.entity';
import { Company } from '../company/company.entity';
import { Contract } from './contract.entity';

@ObjectType()
export class ContractConnection extends ConnectionType('Contract', Contract, 'Une page de marchés.') {}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, { nullable: true, description: 'Un marché par son identifiant.' })
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.contractById.load(id);
  }

  @Query(() => ContractConnection, { description: 'Les marchés, par référence.' })
  contracts(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Contract>> {
    return findPage(ctx.em, Contract, {}, { orderBy: [['reference', 'asc'], ['id', 'asc']], ...page });
  }

  @FieldResolver(() => Buyer, { description: 'Acheteur du marché.' })
  async buyer(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Buyer> {
    const buyer = await ctx.loaders.buyerById.load(contract.buyer.id);
    if (!buyer) throw new NotFoundError(`buyer of contract ${contract.id} not found`);
    return buyer;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'Entreprise titulaire (mandataire), une fois attribué.' })
  holder(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Company | null> {
    return contract.holder ? ctx.loaders.companyBySiret.load(contract.holder.siret) : Promise.resolve(null);
  }
}
