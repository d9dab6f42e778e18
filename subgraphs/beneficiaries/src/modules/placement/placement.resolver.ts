import { ConnectionType, PageArgs } from '@maillage/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertMayEver, can } from '../../access/access';
import { subjectOfPlacement } from '../../access/subjects';
import type { Context } from '../../context';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { HoursStatement } from '../hours/hours-statement.entity';
import { Company, companyStub } from '../references/company.reference';
import { Contract, contractStub } from '../references/contract.reference';
import { Structure, structureStub } from '../references/structure.reference';
import { today } from '../shared/month';
import { LocalDateScalar } from '../shared/scalars';
import { Placement } from './placement.entity';
import { OpenPlacementInput, PlacementFilter, UpdatePlacementInput } from './placement.inputs';
import { findPlacementsPage } from './placement.repository';
import { closePlacement, openPlacement, updatePlacement } from './placement.service';

export const PlacementConnection = ConnectionType('Placement', Placement, 'Une page de mises en emploi.');

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized()
  @Query(() => Placement, { nullable: true, description: 'Une mise en emploi (vide si elle n’existe pas ou si vous ne pouvez pas la voir).' })
  async placement(@Arg('id', () => ID, { description: 'Identifiant de la mise en emploi.' }) id: string, @Ctx() ctx: Context): Promise<Placement | null> {
    assertMayEver(ctx.viewer, 'read', 'Placement');
    const placement = await ctx.loaders.placementById.load(id);
    return placement && can(ctx.viewer, 'read', 'Placement', await subjectOfPlacement(placement, ctx)) ? placement : null;
  }

  @Authorized()
  @Query(() => PlacementConnection, { description: 'Les mises en emploi que vous pouvez voir, des plus anciennes aux plus récentes.' })
  placements(@Arg('filter', () => PlacementFilter, { nullable: true, description: 'Filtres (tous facultatifs).' }) filter: PlacementFilter | null, @Args() page: PageArgs, @Ctx() ctx: Context) {
    assertMayEver(ctx.viewer, 'read', 'Placement');
    return findPlacementsPage(ctx.em, ctx.viewer, filter ?? {}, page);
  }

  @FieldResolver(() => Beneficiary, { nullable: true, description: 'La personne (ses champs suivent la table d’accès : un employeur ne lit que les nom et prénom).' })
  beneficiary(@Root() placement: Placement, @Ctx() ctx: Context): Promise<Beneficiary | null> {
    return ctx.loaders.beneficiaryById.load(placement.beneficiaryId);
  }

  @FieldResolver(() => Contract, { description: 'Le marché.' })
  contract(@Root() placement: Placement): Contract {
    return contractStub(placement.contractId);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'L’entreprise employeuse, si l’employeur est une entreprise.' })
  employerCompany(@Root() placement: Placement): Company | null {
    return placement.employerSiret ? companyStub(placement.employerSiret) : null;
  }

  @FieldResolver(() => Structure, { nullable: true, description: 'La structure employeuse, si l’employeur est une structure.' })
  employerStructure(@Root() placement: Placement): Structure | null {
    return placement.employerStructureId ? structureStub(placement.employerStructureId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'En cours aujourd’hui.' })
  active(@Root() placement: Placement): boolean {
    const day = today();
    return placement.startDate <= day && (!placement.endDate || placement.endDate >= day);
  }

  @FieldResolver(() => [HoursStatement], { description: 'Relevés d’heures en vigueur (dernière version de chaque mois), par mois.' })
  async statements(@Root() placement: Placement, @Ctx() ctx: Context): Promise<HoursStatement[]> {
    // Whoever may read the placement may read its statements (same rule, same subject).
    if (!can(ctx.viewer, 'read', 'HoursStatement', await subjectOfPlacement(placement, ctx))) return [];
    return ctx.loaders.currentStatementsByPlacementId.load(placement.id);
  }

  @Authorized()
  @Mutation(() => Placement, { description: 'Ouvre une mise en emploi dans le parcours en cours de la personne.' })
  openPlacement(@Arg('input', () => OpenPlacementInput, { description: 'La mise en emploi à ouvrir.' }) input: OpenPlacementInput, @Ctx() ctx: Context): Promise<Placement> {
    return openPlacement(ctx, input);
  }

  @Authorized()
  @Mutation(() => Placement, { description: 'Modifie une mise en emploi (les dates ne peuvent exclure des mois déjà déclarés).' })
  updatePlacement(@Arg('id', () => ID, { description: 'La mise en emploi.' }) id: string, @Arg('input', () => UpdatePlacementInput, { description: 'Les changements.' }) input: UpdatePlacementInput, @Ctx() ctx: Context): Promise<Placement> {
    return updatePlacement(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => Placement, { description: 'Termine une mise en emploi à une date.' })
  closePlacement(@Arg('id', () => ID, { description: 'La mise en emploi.' }) id: string, @Arg('endDate', () => LocalDateScalar, { description: 'Dernier jour de la mise en emploi.' }) endDate: string, @Ctx() ctx: Context): Promise<Placement> {
    return closePlacement(ctx, id, endDate);
  }
}
