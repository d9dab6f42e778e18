import { NotFoundError } from '@maillage/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { contractsAccess } from '../access/contracts.access';
import type { Buyer } from '../buyer/buyer.entity';
import { Contract } from '../contract/contract.entity';
import { censusSubject } from './census.service';
import { PlannedPurchase } from './planned-purchase.entity';

async function buyerOf(contract: Contract, ctx: Context): Promise<Buyer> {
  const buyer = await ctx.loaders.buyerById.load(contract.buyer.id);
  if (!buyer) throw new NotFoundError('Acheteur du marché introuvable');
  return buyer;
}

/** What the census and the matching with structures add to a contract. */
@Resolver(() => Contract)
export class ContractCensusResolver {
  @FieldResolver(() => PlannedPurchase, {
    nullable: true,
    description: 'L’achat recensé dont le marché est issu, avec son évaluation (vide sinon, ou si vous ne pouvez pas lire le recensement de cet acheteur).',
  })
  async plannedPurchase(@Root() contract: Contract, @Ctx() ctx: Context): Promise<PlannedPurchase | null> {
    const purchase = await ctx.loaders.plannedPurchaseByContractId.load(contract.id);
    if (!purchase) return null;
    return contractsAccess.can(ctx.viewer, 'read', 'PlannedPurchase', censusSubject(await buyerOf(contract, ctx))) ? purchase : null;
  }

  @FieldResolver(() => String, { description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si elle n’a pas été précisée).' })
  async worksCommuneCode(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string> {
    return contract.worksCommuneCode ?? (await buyerOf(contract, ctx)).communeCode;
  }

  @FieldResolver(() => [String], {
    description: 'SIRET des entreprises déjà co-traitantes ou sous-traitantes d’un titulaire de ce marché, sur ce marché ou un autre qu’il a tenu : la collaboration passée que le rapprochement avec les structures prend en compte.',
  })
  async holderCollaboratorSirets(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.collaboratorSiretsByContractId.load(contract.id)).map((row) => row.siret);
  }
}
