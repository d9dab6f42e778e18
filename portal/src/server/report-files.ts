import type { IncomingMessage, ServerResponse } from 'node:http';
import { csvWriter, xlsxWriter, type ExportColumn, type TableWriter } from '@maillage/subgraph-kit/exports';
import type { PortalConfig } from './config';
import { renderPdf } from './report-pdf';

/**
 * `/bilans/fichier.(pdf|csv|xlsx)`: a report's files. A report joins two subgraphs (the register in
 * contracts, the people and hours in beneficiaries), so its files are made where the composed answer is
 * visible: here, from the portal's own GraphQL query sent through the gateway with the caller's token —
 * the same read, the same access rules and suppression, no second implementation. The lists (placements,
 * statements) are exported by the subgraph that holds them, under `/files/<subgraph>/…`.
 */
const REPORT_QUERY = `query ReportFile($scope: ReportScopeInput!, $period: ReportPeriodInput, $fteDivisor: Decimal) {
  insertionReport(scope: $scope, period: $period, fteDivisor: $fteDivisor) {
    label periodStart periodEnd fteDivisor contracts buyers companies hoursTarget
    insertion {
      suppressed hoursRealised hoursWorked trainingHours ratio fte people peoplePlaced placements
      hoursByKind { ...C } byModality { ...C } byMonth { ...C }
      profile { ageBands { ...C } sex { ...C } criteriaFamilies { ...C } qpv { ...C } qualification { ...C } rqth }
      contractTypes { ...C } contractDurations { ...C } outcomesAtExit { ...C } outcomesAtSixMonths { ...C }
    }
  }
}
fragment C on IndicatorCell { category label people placements hours suppressed }`;

interface Cell { label: string; people: number | null; placements: number | null; hours: string | null; suppressed: boolean }

/** The report's variables from the page's query string (the same names as the « Bilans » page's URL); no divisor: the graph's default. */
export function reportVariables(search: URLSearchParams): Record<string, unknown> {
  const kind = search.get('perimetre') ?? 'BUYER';
  const scope: Record<string, string> = { kind };
  if (search.get('id')) scope.id = search.get('id')!;
  if (search.get('code')) scope.code = search.get('code')!;
  const year = Number(search.get('annee'));
  return { scope, period: Number.isInteger(year) && year > 0 ? { year } : null, fteDivisor: search.get('diviseur') ?? null };
}

function error(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

const COLUMNS: ExportColumn[] = [
  { header: 'Tableau', kind: 'text' }, { header: 'Catégorie', kind: 'text' }, { header: 'Personnes', kind: 'integer' },
  { header: 'Mises en emploi', kind: 'integer' }, { header: 'Heures', kind: 'decimal' }, { header: 'Masqué', kind: 'text' },
];

/** Every table of a report, one row per cell, headed by its key figures. */
async function writeTables(writer: TableWriter, report: Record<string, any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const i = report.insertion ?? {};
  const figure = async (name: string, people: number | null, hours: string | null, count: number | null = null) =>
    writer.writeRow(['Chiffres clés', name, people, count, hours, '']);
  await figure(`${report.label}, du ${report.periodStart} au ${report.periodEnd}`, null, null);
  await figure('Marchés clausés en exécution', null, null, report.contracts);
  await figure('Objectif d’heures', null, report.hoursTarget);
  await figure('Heures réalisées', null, i.hoursRealised ?? null);
  await figure(`Équivalents temps plein (÷ ${report.fteDivisor} h)`, null, i.fte ?? null);
  await figure('Personnes ayant travaillé', i.people ?? null, null);
  await figure('Mises en emploi', i.peoplePlaced ?? null, null, i.placements ?? null);
  const tables: [string, Cell[] | undefined][] = [
    ['Heures par nature', i.hoursByKind], ['Heures par modalité', i.byModality], ['Heures par mois', i.byMonth],
    ['Tranches d’âge', i.profile?.ageBands], ['Sexe', i.profile?.sex], ['Critères d’éligibilité', i.profile?.criteriaFamilies],
    ['Résidence QPV', i.profile?.qpv], ['Niveau de qualification', i.profile?.qualification], ['Types de contrat', i.contractTypes],
    ['Durées prévues', i.contractDurations], ['Sorties', i.outcomesAtExit], ['Six mois après', i.outcomesAtSixMonths],
  ];
  for (const [name, cells] of tables) {
    for (const cell of cells ?? []) await writer.writeRow([name, cell.label, cell.people, cell.placements, cell.hours, cell.suppressed ? 'oui' : '']);
  }
  await writer.end();
}

/** Serves a report's file; every check (token, scope, period) is made before the first byte. */
export async function serveReportFile(config: PortalConfig, req: IncomingMessage, res: ServerResponse, format: string, selfUrl: string): Promise<void> {
  const search = new URL(req.url ?? '/', 'http://portal.invalid').searchParams;
  const authorization = req.headers.authorization;
  if (!authorization) return error(res, 401, 'UNAUTHENTICATED', 'Connectez-vous pour télécharger un bilan.');
  const answer = await fetch(config.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: REPORT_QUERY, variables: reportVariables(search) }),
    signal: AbortSignal.timeout(config.gatewayTimeoutMs),
  });
  const body = (await answer.json()) as { data?: { insertionReport?: Record<string, unknown> }; errors?: { message: string; extensions?: { code?: string } }[] };
  const failure = body.errors?.[0];
  if (failure || !body.data?.insertionReport) {
    const code = failure?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    return error(res, STATUS[code] ?? 502, code, failure?.message ?? 'Le bilan n’a pas pu être produit.');
  }
  const name = `bilan-${search.get('annee') ?? ''}`.replace(/-$/, '');
  if (format === 'pdf') {
    if (!config.pdfChromium) return error(res, 503, 'PDF_UNAVAILABLE', 'Le rendu PDF n’est pas activé sur ce serveur (PORTAL_PDF_CHROMIUM).');
    const pdf = await renderPdf(config.pdfChromium, `${selfUrl}/bilans/impression?${search.toString()}`, authorization);
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}.pdf"`, 'cache-control': 'no-store' });
    res.end(pdf);
    return;
  }
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  res.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${name}.${format}"`, 'cache-control': 'no-store' });
  await writeTables(format === 'csv' ? csvWriter(res, COLUMNS) : xlsxWriter(res, COLUMNS, 'Bilan'), body.data.insertionReport);
}
