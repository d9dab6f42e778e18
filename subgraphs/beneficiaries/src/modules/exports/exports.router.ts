import { fileContext } from '@maillage/subgraph-kit';
// The writers are a subpath of the kit: only the processes that export load exceljs.
import { exportFormatOf, openExport, type ExportColumn, type TableWriter } from '@maillage/subgraph-kit/exports';
import express, { type Request, type Response } from 'express';
import { assertMayEver } from '../../access/access';
import { writeAudit } from '../../audit/audit.recorder';
import type { Loaders } from '../../context';
import { validatePlacementFilter } from './exports.validation';
import { EXPORT_PAGE, monthRangeOf, placementExportPage, placementFilterOf, statementExportPage, type PlacementExportRow, type StatementExportRow } from './exports.query';
import { labelOf } from '../reports/indicators.labels';

const NAME_COLUMNS: ExportColumn[] = [{ header: 'Prénom', kind: 'text' }, { header: 'Nom', kind: 'text' }];

const PLACEMENT_COLUMNS: ExportColumn[] = [
  { header: 'Mise en emploi', kind: 'text' }, { header: 'Marché', kind: 'text' }, { header: 'Lot', kind: 'text' }, ...NAME_COLUMNS,
  { header: 'Employeur (SIRET ou structure)', kind: 'text' }, { header: 'Modalité', kind: 'text' }, { header: 'Type de contrat', kind: 'text' },
  { header: 'Début', kind: 'text' }, { header: 'Fin', kind: 'text' }, { header: 'Heures réalisées', kind: 'decimal' },
];

const STATEMENT_COLUMNS: ExportColumn[] = [
  { header: 'Mois', kind: 'text' }, { header: 'Marché', kind: 'text' }, { header: 'Mise en emploi', kind: 'text' }, ...NAME_COLUMNS,
  { header: 'Heures travaillées', kind: 'decimal' }, { header: 'Heures de formation', kind: 'decimal' }, { header: 'Version', kind: 'integer' },
  { header: 'Source', kind: 'text' },
];

/**
 * Names leave the subgraph only once their export is in the audit log (one multi-row INSERT per page,
 * once per person and export): if the log cannot be written, the file is cut before the names.
 */
async function auditNames(req: Request, audited: Set<string>, rows: { beneficiary_id: string; names_visible: boolean }[]): Promise<void> {
  const { em, viewer, requestId } = fileContext<Loaders>(req);
  const fresh = [...new Set(rows.filter((row) => row.names_visible && !audited.has(row.beneficiary_id)).map((row) => row.beneficiary_id))];
  fresh.forEach((id) => audited.add(id));
  await writeAudit(em, { viewer, requestId }, fresh.map((beneficiaryId) => ({ beneficiaryId, operation: 'EXPORT', fields: ['firstName', 'lastName'] })));
}

/** Pages through `page` until it is exhausted, writing each row; the writer ends the file only after the last. */
async function stream<R extends { beneficiary_id: string; names_visible: boolean }>(
  req: Request, writer: TableWriter, page: (after: R | null) => Promise<R[]>, cells: (row: R) => (string | number | null)[],
): Promise<void> {
  const audited = new Set<string>();
  let last: R | null = null;
  for (;;) {
    const rows: R[] = await page(last);
    await auditNames(req, audited, rows);
    for (const row of rows) await writer.writeRow(cells(row));
    if (rows.length < EXPORT_PAGE) break;
    last = rows.at(-1)!;
  }
  await writer.end();
}

const names = (row: { names_visible: boolean; first_name: string | null; last_name: string | null }) =>
  (row.names_visible ? [row.first_name, row.last_name] : [null, null]);

async function exportPlacements(req: Request, res: Response): Promise<void> {
  const { em, viewer } = fileContext<Loaders>(req);
  assertMayEver(viewer, 'read', 'Placement');
  const format = exportFormatOf(req.params.format);
  const filter = validatePlacementFilter(placementFilterOf(req.query));
  const writer = openExport(res, format, 'mises-en-emploi', PLACEMENT_COLUMNS, 'Mises en emploi');
  await stream<PlacementExportRow>(req, writer, (after) => placementExportPage(em, viewer, filter, after ? [after.created_at, after.id] : null), (row) => [
    row.id, row.contract_id, row.lot_id, ...names(row), row.employer, labelOf('modality', row.modality), labelOf('contractType', row.employment_contract_type),
    row.start_date, row.end_date, row.hours,
  ]);
}

async function exportStatements(req: Request, res: Response): Promise<void> {
  const { em, viewer } = fileContext<Loaders>(req);
  assertMayEver(viewer, 'read', 'HoursStatement');
  const format = exportFormatOf(req.params.format);
  const filter = validatePlacementFilter(placementFilterOf(req.query));
  const months = monthRangeOf(req.query);
  const writer = openExport(res, format, 'releves-heures', STATEMENT_COLUMNS, 'Relevés d’heures');
  await stream<StatementExportRow>(req, writer, (after) => statementExportPage(em, viewer, filter, months, after ? [after.month, after.id] : null), (row) => [
    row.month, row.contract_id, row.placement_id, ...names(row), row.hours_worked, row.training_hours, row.version, row.source,
  ]);
}

/**
 * The beneficiaries subgraph's files (`/files/beneficiaries/…` through the gateway): the lists the portal
 * shows, as CSV or XLSX, with the rows and names of the GraphQL read and its access table.
 */
export function createFilesRouter(): express.Router {
  return express.Router()
    .get('/exports/placements.:format', exportPlacements)
    .get('/exports/statements.:format', exportStatements);
}
