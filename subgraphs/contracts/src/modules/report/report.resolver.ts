import { DecimalScalar } from '@maillage/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { BuyerKind } from '../buyer/buyer.entity';
import { DEFAULT_FTE_DIVISOR, parseReportKey, reportFor, validateDivisor, type ReportRequest } from './report.build';
import { previousYearOf, resolvePeriod } from './report.period';
import { regions } from './report.regions';
import { InsertionReport, ReportPeriodInput, ReportScopeInput, ReportScopeKind } from './report.types';

function load(ctx: Context) {
  return (id: string) => ctx.loaders.buyerById.load(id);
}

/**
 * Reports (« bilans ») of the clauses: the register's figures here; hours, people, profiles and outcomes
 * are added to the same object by the beneficiaries subgraph (`InsertionReport.insertion`, `@requires`),
 * so one query gives the whole report and each subgraph computes what it owns.
 */
@Resolver(() => InsertionReport)
export class ReportResolver {
  @Authorized()
  @Query(() => InsertionReport, {
    description: 'Bilan des clauses sociales d’un périmètre (marché, acheteur, territoire du facilitateur, département, région, ' +
      'nation) sur une période (par défaut la dernière année civile complète). Un périmètre que vous ne pouvez pas consulter : ' +
      'FORBIDDEN ; une période qui finit avant de commencer ou dépasse 10 ans : BAD_USER_INPUT.',
  })
  insertionReport(
    @Arg('scope', () => ReportScopeInput, { description: 'Le périmètre.' }) scope: ReportScopeInput,
    @Arg('period', () => ReportPeriodInput, { nullable: true, description: 'La période (par défaut : la dernière année civile complète).' }) period: ReportPeriodInput | null,
    @Arg('fteDivisor', () => DecimalScalar, { nullable: true, description: 'Diviseur des ETP en heures (1607 par défaut ; 1600 pour retrouver la consolidation nationale 2021).' }) fteDivisor: string | null,
    @Ctx() ctx: Context,
  ): Promise<InsertionReport> {
    const request: ReportRequest = {
      scope: { kind: scope.kind, id: scope.id ?? null, code: scope.code ?? null },
      period: resolvePeriod(period),
      fteDivisor: validateDivisor(fteDivisor),
    };
    return reportFor(ctx.em, ctx.viewer, request, load(ctx));
  }

  @Authorized()
  @Query(() => DecimalScalar, {
    description: 'Diviseur des équivalents temps plein appliqué quand aucun n’est demandé : celui des bilans, et celui que le ' +
      'portail applique partout où il affiche des ETP (1 607 h, durée légale annuelle : Code du travail L3121-27).',
  })
  defaultFteDivisor(): string {
    return DEFAULT_FTE_DIVISOR;
  }

  @FieldResolver(() => InsertionReport, { nullable: true, description: 'Le même bilan un an plus tôt (comparaison du bilan annuel).' })
  previousYear(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<InsertionReport> {
    const request = parseReportKey(report.key);
    return reportFor(ctx.em, ctx.viewer, { ...request, period: previousYearOf(request.period) }, load(ctx));
  }

  @FieldResolver(() => [InsertionReport], { description: 'Le bilan par nature d’acheteur (une ligne par nature présente ou non).' })
  byBuyerKind(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<InsertionReport[]> {
    const request = parseReportKey(report.key);
    return Promise.all(Object.values(BuyerKind).map((buyerKind) => reportFor(ctx.em, ctx.viewer, { ...request, buyerKind }, load(ctx))));
  }

  @FieldResolver(() => [InsertionReport], { description: 'Le bilan national par région (consolidation nationale, administrateurs ; vide pour les autres périmètres).' })
  byRegion(@Root() report: InsertionReport, @Ctx() ctx: Context): Promise<InsertionReport[]> {
    if (report.scopeKind !== ReportScopeKind.NATION) return Promise.resolve([]);
    const request = parseReportKey(report.key);
    return Promise.all(regions().map(([code]) => reportFor(ctx.em, ctx.viewer, { ...request, scope: { kind: ReportScopeKind.REGION, code } }, load(ctx))));
  }
}

/** `__resolveReference` of a report: rebuilt from its key, with the scope checked again. */
export function resolveReportReference(reference: { key: string }, ctx: Context): Promise<InsertionReport> {
  const request = parseReportKey(String(reference.key));
  return reportFor(ctx.em, ctx.viewer, { ...request, period: resolvePeriod({ from: request.period.start, to: request.period.end }), fteDivisor: validateDivisor(request.fteDivisor) }, load(ctx));
}
