import { selectsSubfield } from '@maillage/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Directive, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { assertMayEver } from '../../access/access';
import type { Context } from '../../context';
import { Company } from '../references/company.reference';
import { Contract } from '../references/contract.reference';
import { Structure } from '../references/structure.reference';
import { addHours, buildAggregate, ratioOf, splitByAllowedModalities } from './aggregates.build';
import { InsertionHours, InsertionProgress, PlacementStats } from './aggregates.types';


/**
 * Aggregates added to other subgraphs' entities: nullable, so that a contract still shows when this
 * subgraph is down; no personal data; suppressed below 5 people for roles that may not see individuals.
 */
@Resolver(() => Contract)
export class ContractProgressResolver {
  @FieldResolver(() => InsertionProgress, { nullable: true, description: 'Avancement de la clause d’insertion : heures réalisées, heures comptées (modalités admises par la clause, formation plafonnée) et rapportées à part, objectif, taux, par modalité et par mois.' })
  @Directive('@requires(fields: "hoursTarget allowedModalities trainingHoursCap subcontractedHours")')
  async insertionProgress(@Root() contract: Contract, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<InsertionProgress> {
    assertMayEver(ctx.viewer, 'read', 'Contract.insertionProgress');
    // Months are most of the rows and grow with the contract's history: read only when asked for.
    const loader = selectsSubfield(info, 'byMonth') ? ctx.loaders.hoursByContractId : ctx.loaders.hoursByContractIdWithoutMonths;
    const rows = await loader.load(contract.id);
    const figures = buildAggregate(rows, ctx.viewer);
    const split = splitByAllowedModalities(rows, figures, contract.allowedModalities, contract.trainingHoursCap);
    const hoursTarget = contract.hoursTarget ?? null;
    // Hours converted from subcontracted amounts (contracts) count toward the target, apart from hours worked.
    const subcontractedHours = contract.subcontractedHours ?? '0.00';
    const hoursCounted = split.hoursCounted === null ? null : addHours(split.hoursCounted, subcontractedHours);
    return Object.assign(new InsertionProgress(), figures, split, { hoursCounted, subcontractedHours, hoursTarget, ratio: figures.suppressed ? null : ratioOf(hoursCounted, hoursTarget) });
  }
}

@Resolver(() => Structure)
export class StructureStatsResolver {
  @FieldResolver(() => PlacementStats, { nullable: true, description: 'Mises en emploi dont la structure est l’employeur, et leurs heures.' })
  async placementStats(@Root() structure: Structure, @Ctx() ctx: Context): Promise<PlacementStats> {
    assertMayEver(ctx.viewer, 'read', 'Structure.placementStats');
    return Object.assign(new PlacementStats(), buildAggregate(await ctx.loaders.hoursByStructureId.load(structure.id), ctx.viewer));
  }
}

@Resolver(() => Company)
export class CompanyHoursResolver {
  @FieldResolver(() => InsertionHours, { nullable: true, description: 'Heures d’insertion réalisées par les personnes que l’entreprise emploie directement.' })
  async insertionHours(@Root() company: Company, @Ctx() ctx: Context): Promise<InsertionHours> {
    assertMayEver(ctx.viewer, 'read', 'Company.insertionHours');
    const { placements: _placements, activePlacements: _active, ...figures } = buildAggregate(await ctx.loaders.hoursByCompanySiret.load(company.siret), ctx.viewer);
    return Object.assign(new InsertionHours(), figures);
  }
}
