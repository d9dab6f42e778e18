import { fileContext, type FileRequestContext } from '@maillage/subgraph-kit';
import { openUpload, readBody } from '@maillage/subgraph-kit/imports';
import express, { type Request, type Response } from 'express';
import { assertMayEver } from '../../access/access';
import type { Context, Loaders } from '../../context';
import { monthCapHundredths } from '../hours/working-time';
import { fromHundredths } from '../shared/hours';
import { alreadyConfirmed, confirmImport } from './import.confirm';
import { checkImport } from './import.check';
import { COLUMNS, frenchHours } from './import.columns';
import { importKey, linesOf } from './import.lines';
import { writeTemplateXlsx } from './spreadsheet';
import { scopeOf, templateLines, type TemplateLine } from './template';
import { MAX_FILE_BYTES } from './import.limits';

const UPLOAD_LIMIT = { maxBytes: MAX_FILE_BYTES, tooLargeMessage: 'Le fichier dépasse 10 Mo : découpez-le (par exemple par marché ou par employeur)' };

type Handler = (req: Request, res: Response) => Promise<void>;
/** Express 5 passes a rejected promise to the error handler (the kit's typed answer). */
const route = (handler: Handler) => handler;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `;`-separated, UTF-8 with a byte-order mark: what French Excel opens as columns, accents intact. */
function templateCsv(lines: TemplateLine[]): string {
  const quote = (value: string) => (/[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const header = [COLUMNS.placementId, COLUMNS.initials, COLUMNS.job, COLUMNS.month, COLUMNS.hoursWorked, COLUMNS.trainingHours, COLUMNS.remarks];
  return `\ufeff${[header, ...lines.map((line) => [line.placementId, line.initials, line.job, line.month, '', '', ''])].map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

const template = (format: 'xlsx' | 'csv') => route(async (req, res) => {
  const ctx = fileContext<Loaders>(req);
  const scope = scopeOf(req.query as Record<string, unknown>);
  const lines = await templateLines(ctx, scope);
  const name = `releve-heures-${scope.month}.${format}`;
  res.set('content-disposition', `attachment; filename="${name}"`);
  if (format === 'csv') {
    res.type('text/csv; charset=utf-8').send(templateCsv(lines));
    return;
  }
  res.type(XLSX_TYPE);
  await writeTemplateXlsx(res, lines, scope.month, fromHundredths(monthCapHundredths(scope.month)));
  res.end();
});

/** The uploaded file, read and checked; only roles that may declare hours get this far. */
async function readUpload(req: Request) {
  const ctx = fileContext<Loaders>(req);
  assertMayEver(ctx.viewer, 'write', 'HoursStatement');
  const file = await openUpload(await readBody(req, UPLOAD_LIMIT));
  const { lines, skipped } = await linesOf(file.rows);
  return { ctx: ctx as FileRequestContext<Loaders> as Context, file, lines, skipped };
}

const preview = route(async (req, res) => {
  const { ctx, file, lines, skipped } = await readUpload(req);
  const checked = await checkImport(ctx, lines);
  const key = importKey(ctx.viewer, lines);
  const show = (line: (typeof checked.accepted)[number]) => ({
    line: line.line, placementId: line.placementId, month: line.month, hoursWorked: line.hoursWorked, trainingHours: line.trainingHours,
    remarks: line.remarks, ...(line.previous ? { previous: { hoursWorked: line.previous.hoursWorked, trainingHours: line.previous.trainingHours }, reason: line.reason } : {}),
  });
  res.json({
    file: { format: file.format, encoding: file.encoding, delimiter: file.delimiter, lines: lines.length, skipped },
    key,
    alreadyConfirmed: (await alreadyConfirmed(ctx.em, ctx, key)) !== null,
    accepted: checked.accepted.map(show),
    corrections: checked.corrections.map(show),
    unchanged: checked.unchanged.map(show),
    refused: checked.refused.map((refusal) => ({ ...refusal, values: { ...refusal.values, hoursWorked: frenchHours(refusal.values.hoursWorked), trainingHours: frenchHours(refusal.values.trainingHours) } })),
  });
});

const confirm = route(async (req, res) => {
  const { ctx, lines } = await readUpload(req);
  res.json(await confirmImport(ctx, lines));
});

/**
 * The spreadsheet import of monthly hours (issue #17), under `/files/releves/…` — through the gateway at
 * `/files/beneficiaries/releves/…`:
 * - `GET modele.xlsx|modele.csv?contract=…|company=…|structure=…&month=YYYY-MM`: the template;
 * - `POST apercu` (the file as the body): the line-by-line preview, nothing written;
 * - `POST confirmation` (the same file): declares what the preview accepted, once per file.
 */
export function hoursImportRoutes(): express.Router {
  return express.Router()
    .get('/releves/modele.xlsx', template('xlsx'))
    .get('/releves/modele.csv', template('csv'))
    .post('/releves/apercu', preview)
    .post('/releves/confirmation', confirm);
}
