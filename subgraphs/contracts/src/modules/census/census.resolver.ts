import { ConnectionType, NotFoundError, PageArgs, requireUuid, rolesGranted, type Connection } from '@maillage/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ACCESS_TABLE } from '../../access/access-table';
import { Buyer } from '../buyer/buyer.entity';
import { toHoursCalculation } from '../clause/hours-calculation.type';
import { Contract } from '../contract/contract.entity';
import { assessPurchase } from './census.assessment';
import { ConvertPlannedPurchaseInput, PlannedPurchaseFields, PlannedPurchaseFilter, PlannedPurchaseInput } from './census.inputs';
import { assertMayWriteCensus, convertPlannedPurchase, recordPlannedPurchase } from './census.service';
import { findPlannedPurchasesPage, visiblePurchases } from './census.repository';
import { PurchaseAssessment } from './census.types';
import { validatePlannedPurchase } from './census.validation';
import { PlannedPurchase } from './planned-purchase.entity';

@ObjectType({ description: 'Une page d’achats recensés.' })
export class PlannedPurchaseConnection extends ConnectionType('PlannedPurchase', PlannedPurchase, 'Une page d’achats recensés.') {}

const CENSUS_READERS = rolesGranted(ACCESS_TABLE.PlannedPurchase.read);
const CENSUS_WRITERS = rolesGranted(ACCESS_TABLE.PlannedPurchase.write);

async function buyerOf(ctx: Context, id: string): Promise<Buyer> {
  const buyer = await ctx.loaders.buyerById.load(id);
  if (!buyer) throw new NotFoundError('Acheteur introuvable');
  return buyer;
}

/** The census (« recensement des marchés »): a buyer's planned purchases, their assessment, their conversion. */
@Resolver(() => PlannedPurchase)
export class CensusResolver {
  @Authorized(...CENSUS_READERS)
  @Query(() => PlannedPurchaseConnection, {
    description: 'Les achats recensés que vous pouvez lire (facilitateur : acheteurs de vos territoires ; acheteur : les vôtres), par date de lancement prévue.',
  })
  plannedPurchases(
    @Args() page: PageArgs,
    @Arg('filter', () => PlannedPurchaseFilter, { nullable: true, description: 'Filtres combinés.' }) filter: PlannedPurchaseFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<Connection<PlannedPurchase>> {
    return findPlannedPurchasesPage(ctx.em, ctx.viewer, filter ?? undefined, page);
  }

  @Authorized(...CENSUS_READERS)
  @Query(() => PlannedPurchase, { nullable: true, description: 'Un achat recensé (vide s’il n’existe pas ou si vous ne pouvez pas le lire).' })
  plannedPurchase(@Arg('id', () => ID, { description: 'Identifiant de l’achat recensé.' }) id: string, @Ctx() ctx: Context): Promise<PlannedPurchase | null> {
    return ctx.em.findOne(PlannedPurchase, { $and: [{ id: requireUuid(id, 'id') }, visiblePurchases(ctx.viewer)] });
  }

  @Authorized(...CENSUS_WRITERS)
  @Query(() => PurchaseAssessment, {
    description: 'Évalue un achat sans l’enregistrer (heures de la formule, seuil européen à la date de lancement) : ce que le formulaire montre pendant la saisie. Mêmes règles et mêmes erreurs que `recordPlannedPurchase`.',
  })
  async assessPlannedPurchase(
    @Arg('buyerId', () => ID, { description: 'Acheteur.' }) buyerId: string,
    @Arg('input', () => PlannedPurchaseFields, { description: 'L’achat tel que saisi.' }) input: PlannedPurchaseFields,
    @Ctx() ctx: Context,
  ): Promise<PurchaseAssessment> {
    const buyer = await buyerOf(ctx, requireUuid(buyerId, 'buyerId'));
    assertMayWriteCensus(ctx.viewer, buyer);
    const values = validatePlannedPurchase(input, 'input');
    return toAssessment(assessPurchase(values, buyer.kind, await ctx.loaders.euThresholds(), 'input'));
  }

  @Authorized(...CENSUS_WRITERS)
  @Mutation(() => PlannedPurchase, {
    description: 'Recense un achat prévu d’un acheteur de votre territoire, avec son évaluation (transactionnel ; rejouer la même demande avec le même `id` ne crée rien de plus).',
  })
  recordPlannedPurchase(@Arg('input', () => PlannedPurchaseInput, { description: 'L’achat recensé.' }) input: PlannedPurchaseInput, @Ctx() ctx: Context): Promise<PlannedPurchase> {
    return recordPlannedPurchase(ctx.em, ctx.viewer, input);
  }

  @Authorized(...CENSUS_WRITERS)
  @Mutation(() => Contract, {
    description: 'Transforme un achat recensé en marché (brouillon) en une seule transaction : objet, CPV, montant, date de lancement, lots et, sauf « aucun dispositif », la clause recommandée sur chaque lot avec ses heures. L’achat garde son évaluation et renvoie au marché ; redemander renvoie le même marché.',
  })
  convertPlannedPurchase(
    @Arg('id', () => ID, { description: 'Identifiant de l’achat recensé.' }) id: string,
    @Arg('input', () => ConvertPlannedPurchaseInput, { description: 'Le marché à créer.' }) input: ConvertPlannedPurchaseInput,
    @Ctx() ctx: Context,
  ): Promise<Contract> {
    return convertPlannedPurchase(ctx.em, ctx.viewer, id, input);
  }

  @FieldResolver(() => Buyer, { description: 'Acheteur.' })
  buyer(@Root() purchase: PlannedPurchase, @Ctx() ctx: Context): Promise<Buyer> {
    return buyerOf(ctx, purchase.buyer.id);
  }

  @FieldResolver(() => String, { description: 'Code INSEE de la commune des travaux ou de la prestation (celle de l’acheteur si elle n’a pas été précisée).' })
  async worksCommuneCode(@Root() purchase: PlannedPurchase, @Ctx() ctx: Context): Promise<string> {
    return purchase.worksCommuneCode ?? (await buyerOf(ctx, purchase.buyer.id)).communeCode;
  }

  @FieldResolver(() => PurchaseAssessment, { description: 'Évaluation : heures de la formule et seuil européen à la date de lancement prévue.' })
  async assessment(@Root() purchase: PlannedPurchase, @Ctx() ctx: Context): Promise<PurchaseAssessment> {
    const [buyer, thresholds] = await Promise.all([buyerOf(ctx, purchase.buyer.id), ctx.loaders.euThresholds()]);
    return toAssessment(assessPurchase(purchase, buyer.kind, thresholds, 'assessment'));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Raccourci de `assessment.euThreshold.above` pour les listes : vrai si le montant estimé atteint le seuil européen en vigueur à la date de lancement prévue ; vide si aucun seuil n’est connu ou pour un acheteur privé.',
  })
  async aboveEuThreshold(@Root() purchase: PlannedPurchase, @Ctx() ctx: Context): Promise<boolean | null> {
    return (await this.assessment(purchase, ctx)).euThreshold.above;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'Le marché que l’achat est devenu, une fois transformé.' })
  contract(@Root() purchase: PlannedPurchase, @Ctx() ctx: Context): Promise<Contract | null> {
    return purchase.contractId ? ctx.loaders.contractById.load(purchase.contractId) : Promise.resolve(null);
  }
}

function toAssessment(values: ReturnType<typeof assessPurchase>): PurchaseAssessment {
  return Object.assign(new PurchaseAssessment(), { procurementKind: values.procurementKind, hours: toHoursCalculation(values.hours), euThreshold: values.threshold });
}
