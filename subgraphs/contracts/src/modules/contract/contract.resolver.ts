import { NotFoundError } from '@maillage/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Buyer } from '../buyer/buyer.entity';
import { Company } from '../company/company.entity';
import { Contract } from './contract.entity';

const MAX_PAGE = 100;

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, { nullable: true, description: 'Un marché par son identifiant.' })
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.contractById.load(id);
  }

  @Query(() => [Contract], { description: 'Les marchés, par référence.' })
  contracts(
    @Arg('first', () => Int, { defaultValue: 20, description: `Au plus ${MAX_PAGE}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Contract[]> {
    return ctx.em.find(Contract, {}, { orderBy: { reference: 'asc' }, limit: Math.min(Math.max(first, 0), MAX_PAGE) });
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
