import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { assertMayEver } from '../../access/access';
import type { Context } from '../../context';
import { buildIndicators } from './indicators.build';
import { countRows, hoursRows } from './indicators.repository';
import { InsertionIndicators } from './indicators.types';
import { InsertionReport } from './report.reference';

/**
 * The hours, people, profiles and outcomes of a report, from the scope's contracts and the period that the
 * contracts subgraph resolved (`@requires`): this subgraph never needs to know buyers or territories.
 * Two statements per report, whatever the number of contracts, people or months.
 */
@Resolver(() => InsertionReport)
export class IndicatorsResolver {
  @FieldResolver(() => InsertionIndicators, {
    nullable: true,
    description: 'Heures, ETP, personnes, mises en emploi, profils à l’entrée, contrats de travail et sorties du périmètre sur la période ' +
      '(agrégats seulement, aucune donnée personnelle ; masqués sous 5 personnes pour les rôles sans accès individuel).',
  })
  @Directive('@requires(fields: "contractIds periodStart periodEnd fteDivisor hoursTarget")')
  async insertion(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<InsertionIndicators> {
    // The same entry as every aggregate of this subgraph (signed-in roles; suppression below 5 people).
    assertMayEver(ctx.viewer, 'read', 'Contract.insertionProgress');
    const scope = { contractIds: report.contractIds ?? [], start: report.periodStart!, end: report.periodEnd! };
    const [hours, counts] = scope.contractIds.length === 0
      ? [[], []]
      : await Promise.all([hoursRows(ctx.em, scope), countRows(ctx.em, scope)]);
    return buildIndicators(hours, counts, ctx.viewer, report.fteDivisor ?? '1607', report.hoursTarget ?? null);
  }
}
