import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedWrite } from '../access/contracts.access';
import { Company } from '../company/company.entity';
import { Contract } from '../contract/contract.entity';
import { Lot } from '../lot/lot.entity';
import { ContractParty } from './contract-party.entity';
import { AddContractPartyInput, UpdateContractPartyInput } from './contract-party.inputs';
import { addContractParty, updateContractParty } from './contract-party.service';
import { recordSubcontractedAmount, SubcontractedAmount } from './subcontracted-amount';
import { DecimalScalar } from '@maillage/subgraph-kit';

@Resolver(() => ContractParty)
export class ContractPartyResolver {
  @FieldResolver(() => Company, { description: 'Entreprise.' })
  async company(@Root() party: ContractParty, @Ctx() ctx: Context): Promise<Company> {
    return (await ctx.loaders.companyBySiret.load(party.company.siret))!;
  }

  @FieldResolver(() => Contract, { description: 'Marché.' })
  async contract(@Root() party: ContractParty, @Ctx() ctx: Context): Promise<Contract> {
    return (await ctx.loaders.contractById.load(party.contract.id))!;
  }

  @FieldResolver(() => Lot, { nullable: true, description: 'Lot, quand l’entreprise n’intervient que sur lui.' })
  lot(@Root() party: ContractParty, @Ctx() ctx: Context): Promise<Lot | null> {
    return party.lot ? ctx.loaders.lotById.load(party.lot.id) : Promise.resolve(null);
  }

  @AuthorizedWrite()
  @Mutation(() => ContractParty, {
    description:
      'Rattache une entreprise à un marché attribué ou en exécution, ou à l’un de ses lots. Un seul titulaire par marché ' +
      'ou par lot ; le même rôle deux fois est un CONFLICT.',
  })
  addContractParty(@Arg('input', () => AddContractPartyInput, { description: 'Données de l’opération.' }) input: AddContractPartyInput, @Ctx() ctx: Context): Promise<ContractParty> {
    return addContractParty(ctx.em, ctx.viewer, input);
  }

  @AuthorizedWrite()
  @Mutation(() => ContractParty, { description: 'Modifie les dates d’intervention d’une entreprise.' })
  updateContractParty(
    @Arg('id', () => ID, { description: 'Identifiant de la participation.' }) id: string,
    @Arg('input', () => UpdateContractPartyInput, { description: 'Données de l’opération.' }) input: UpdateContractPartyInput,
    @Ctx() ctx: Context,
  ): Promise<ContractParty> {
    return updateContractParty(ctx.em, ctx.viewer, id, input);
  }

  @FieldResolver(() => [SubcontractedAmount], { description: 'Montants sous-traités (ou co-traités) à cette entreprise, par mois, et leur conversion en heures.' })
  subcontractedAmounts(@Root() party: ContractParty, @Ctx() ctx: Context): Promise<SubcontractedAmount[]> {
    return ctx.loaders.subcontractedAmountsByPartyId.load(party.id);
  }

  @AuthorizedWrite()
  @Mutation(() => ContractParty, {
    description: 'Enregistre le montant sous-traité à une SIAE, une EA ou un ESAT (sous-traitant ou co-traitant) pour un mois ; le même appel deux fois ne change rien. Converti en heures par la clause du lot quand elle convertit par taux (montant ÷ taux).',
  })
  recordSubcontractedAmount(
    @Arg('partyId', () => ID, { description: 'Identifiant de la participation (sous-traitant ou co-traitant).' }) partyId: string,
    @Arg('month', { description: 'Mois (AAAA-MM).' }) month: string,
    @Arg('amount', () => DecimalScalar, { description: 'Montant hors taxes, en euros.' }) amount: string,
    @Ctx() ctx: Context,
  ): Promise<ContractParty> {
    return recordSubcontractedAmount(ctx.em, ctx.viewer, partyId, month, amount);
  }
}
