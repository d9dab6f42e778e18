import { ConnectionType, DecimalScalar, InsertionModality, NotFoundError, PageArgs, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuthorizedRead } from '../access/contracts.access';
import { Buyer } from '../buyer/buyer.entity';
import { Company } from '../company/company.entity';
import { Lot } from '../lot/lot.entity';
import { ContractParty, PartyRole } from '../party/contract-party.entity';
import { Facilitator, facilitatorStub } from '../references/facilitator.reference';
import { requireUuid } from '../shared/validation';
import { Contract } from './contract.entity';
import { ContractStatus } from './contract.enums';
import { ContractFilter } from './contract.inputs';
import { NEXT_STATUSES } from './contract.lifecycle';
import { findContractsPage } from './contract.repository';

@ObjectType({ description: 'Une page de marchés.' })
export class ContractConnection extends ConnectionType('Contract', Contract, 'Une page de marchés.') {}

@Resolver(() => Contract)
export class ContractResolver {
  @AuthorizedRead()
  @Query(() => Contract, { nullable: true, description: 'Un marché par son identifiant.' })
  contract(@Arg('id', () => ID, { description: 'Identifiant du marché.' }) id: string, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.contractById.load(requireUuid(id, 'id'));
  }

  @AuthorizedRead()
  @Query(() => ContractConnection, { description: 'Les marchés, par référence, filtrés (100 au plus par page).' })
  contracts(
    @Args() page: PageArgs,
    @Arg('filter', () => ContractFilter, { nullable: true, description: 'Filtres combinés.' }) filter: ContractFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<Connection<Contract>> {
    return findContractsPage(ctx.em, filter ?? undefined, page);
  }

  @FieldResolver(() => Buyer, { description: 'Acheteur du marché.' })
  async buyer(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Buyer> {
    const buyer = await ctx.loaders.buyerById.load(contract.buyer.id);
    if (!buyer) throw new NotFoundError(`buyer of contract ${contract.id} not found`);
    return buyer;
  }

  @FieldResolver(() => [Lot], { description: 'Lots du marché, par numéro.' })
  lots(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Lot[]> {
    return ctx.loaders.lotsByContractId.load(contract.id);
  }

  @FieldResolver(() => [ContractParty], { description: 'Entreprises du marché et de ses lots (titulaires, co-traitants, sous-traitants).' })
  parties(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractParty[]> {
    return ctx.loaders.partiesByContractId.load(contract.id);
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: 'Titulaire (mandataire) du marché entier, une fois attribué ; les titulaires de lots sont dans `parties`.',
  })
  async holder(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Company | null> {
    const parties = await ctx.loaders.partiesByContractId.load(contract.id);
    const holder = parties.find((party) => party.role === PartyRole.HOLDER && !party.lot);
    return holder ? ctx.loaders.companyBySiret.load(holder.company.siret) : null;
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Objectif d’heures d’insertion du marché (Decimal) : somme des objectifs des clauses de ses lots.',
  })
  hoursTarget(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.hoursTargetByContractId.load(contract.id);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Heures de formation qui peuvent compter pour l’objectif (Decimal) : somme, sur les clauses des lots, de l’objectif × la part maximale de formation de la clause. Au-delà, les heures de formation sont rapportées à part dans insertionProgress.',
  })
  trainingHoursCap(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.trainingHoursCapByContractId.load(contract.id);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Heures converties des montants sous-traités à des SIAE, EA ou ESAT (Decimal) : montant ÷ taux horaire de la clause du lot, pour les clauses qui convertissent par taux. Comptées dans insertionProgress à part des heures travaillées.',
  })
  subcontractedHours(@Root() contract: Contract, @Ctx() ctx: Context): Promise<string> {
    return ctx.loaders.subcontractedHoursByContractId.load(contract.id);
  }

  @FieldResolver(() => [InsertionModality], {
    description: 'Modalités par lesquelles les heures comptent pour l’objectif : celles qu’admettent les clauses des lots du marché (toutes si aucune clause n’en restreint). Les heures d’une autre modalité sont rapportées à part dans insertionProgress (CCAG 2021, clause d’insertion : les modalités de mise en œuvre sont fixées par les documents du marché).',
  })
  allowedModalities(@Root() contract: Contract, @Ctx() ctx: Context): Promise<InsertionModality[]> {
    return ctx.loaders.allowedModalitiesByContractId.load(contract.id);
  }

  @FieldResolver(() => Facilitator, { nullable: true, description: 'Facilitateur qui suit le marché (annuaire).' })
  facilitator(@Root() contract: Contract): Facilitator | null {
    return contract.facilitatorId ? facilitatorStub(contract.facilitatorId) : null;
  }

  @FieldResolver(() => [ContractStatus], { description: 'Étapes vers lesquelles le marché peut passer maintenant.' })
  allowedTransitions(@Root() contract: Contract): ContractStatus[] {
    return [...NEXT_STATUSES[contract.status]];
  }
}
