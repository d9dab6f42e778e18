import { BadUserInputError, type Viewer } from '@maillage/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Buyer, BuyerKind } from '../buyer/buyer.entity';
import type { Period } from './report.period';
import { decodeKey, encodeKey } from '../shared/opaque-key';
import { registerFigures } from './report.repository';
import { resolveScope, withBuyerKind, type ResolvedScope } from './report.scope';
import { InsertionReport, type ReportScopeKind } from './report.types';

/** The default divisor of full-time equivalents: 1,607 h (Code du travail L3121-27, solidarity day included). */
export const DEFAULT_FTE_DIVISOR = '1607';

/** A divisor is a positive number of hours with two decimals at most, up to 2,500 h a year. */
export function validateDivisor(value: string | null | undefined): string {
  const divisor = value ?? DEFAULT_FTE_DIVISOR;
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(divisor) || Number(divisor) <= 0 || Number(divisor) > 2500) {
    throw new BadUserInputError('Diviseur ETP invalide : un nombre d’heures entre 1 et 2 500 (ex. 1607 ou 1600).', 'fteDivisor');
  }
  return divisor;
}

/** What a report's key carries: enough to rebuild it (and to check access again) in `__resolveReference`. */
export interface ReportRequest {
  scope: { kind: ReportScopeKind; id?: string | null; code?: string | null };
  period: Period;
  fteDivisor: string;
  buyerKind?: BuyerKind | null;
}

export function reportKey(request: ReportRequest): string {
  return encodeKey(request);
}

export function parseReportKey(key: string): ReportRequest {
  return decodeKey<ReportRequest>(key, 'Clé de bilan invalide.');
}

/** Builds a report for an already resolved (and checked) scope. */
export async function buildReport(em: EntityManager, scope: ResolvedScope, request: ReportRequest, loadBuyer: (id: string) => Promise<Buyer | null>): Promise<InsertionReport> {
  const narrowed = request.buyerKind ? withBuyerKind(scope, request.buyerKind) : scope;
  const figures = await registerFigures(em, narrowed, request.period);
  return Object.assign(new InsertionReport(), figures, {
    key: reportKey(request),
    scopeKind: scope.kind,
    scopeCode: scope.code,
    label: scope.label,
    periodStart: request.period.start,
    periodEnd: request.period.end,
    fteDivisor: request.fteDivisor,
    buyer: scope.buyerId ? await loadBuyer(scope.buyerId) : null,
    buyerKind: request.buyerKind ?? null,
  });
}

/** Checks the scope against the viewer, then builds the report. */
export async function reportFor(em: EntityManager, viewer: Viewer, request: ReportRequest, loadBuyer: (id: string) => Promise<Buyer | null>): Promise<InsertionReport> {
  const scope = await resolveScope(em, viewer, request.scope);
  return buildReport(em, scope, request, loadBuyer);
}
