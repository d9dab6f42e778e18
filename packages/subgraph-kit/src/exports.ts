import type { Writable } from 'node:stream';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '@maillage/service-runtime';

/**
 * CSV and XLSX exports, written once for every subgraph (and the portal's report tables): imported as
 * `@maillage/subgraph-kit/exports`, so that only the processes that export load exceljs.
 */

/** The two spreadsheet formats every export offers. */
export type ExportFormat = 'csv' | 'xlsx';

/**
 * How a column's values are written: `decimal` is a decimal string ("1234.50", as the graph gives it),
 * written with a decimal comma in CSV and as a number in XLSX; `integer` a whole number; `text` as is.
 */
export type ColumnKind = 'text' | 'decimal' | 'integer';

/** One column of an export: its French header and its kind. */
export interface ExportColumn {
  header: string;
  kind: ColumnKind;
}

/** A cell: text, a decimal string, a whole number, or empty. */
export type ExportCell = string | number | null | undefined;

/** Writes rows to an open file; `end()` finishes the file (a file is only complete once `end()` resolved). */
export interface TableWriter {
  /** Writes one row; resolves when the destination can take more (back-pressure). */
  writeRow(cells: readonly ExportCell[]): Promise<void>;
  end(): Promise<void>;
}

/** Reads `?format=csv|xlsx` (or a file name's extension); anything else is a BAD_USER_INPUT. */
export function exportFormatOf(value: unknown): ExportFormat {
  if (value === 'csv' || value === 'xlsx') return value;
  throw new BadUserInputError('Format d’export inconnu : « csv » ou « xlsx ».', 'format');
}

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Opens an export on an HTTP answer: sets its headers (attachment, `no-store`) and returns the writer of
 * `format`. Call it only once every check has passed: after this, an error cuts the connection (see
 * `fileErrorHandler`), so a client never keeps a partial file.
 */
export function openExport(res: Response, format: ExportFormat, baseName: string, columns: readonly ExportColumn[], sheetName = 'Export'): TableWriter {
  const fileName = `${baseName}.${format}`;
  res.status(200);
  res.set({
    'content-type': CONTENT_TYPE[format],
    'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  });
  return format === 'csv' ? csvWriter(res, columns) : xlsxWriter(res, columns, sheetName);
}

/** One CSV field: decimals with a comma, fields quoted when they hold `;`, a quote or a line break. */
export function csvField(cell: ExportCell, kind: ColumnKind): string {
  if (cell === null || cell === undefined || cell === '') return '';
  const text = kind === 'decimal' ? String(cell).replace('.', ',') : String(cell);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte-order mark (so accents are read right), `;` as the
 * separator and a decimal comma (the comma is the decimal separator of the French locale), CRLF lines
 * (RFC 4180).
 */
export function csvWriter(out: Writable, columns: readonly ExportColumn[]): TableWriter {
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.write(text)) resolve();
      else {
        out.once('drain', resolve);
        out.once('error', reject);
      }
    });
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await write('\uFEFF' + columns.map((column) => csvField(column.header, 'text')).join(';') + '\r\n');
  };
  return {
    async writeRow(cells) {
      await start();
      await write(cells.map((cell, index) => csvField(cell, columns[index]?.kind ?? 'text')).join(';') + '\r\n');
    },
    async end() {
      await start();
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}

/**
 * XLSX streamed with exceljs' `WorkbookWriter`: each row is committed (serialised and dropped) as it is
 * written, so memory stays bounded whatever the number of rows; decimals are numbers with two decimals.
 */
export function xlsxWriter(out: Writable, columns: readonly ExportColumn[], sheetName: string): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
    style: column.kind === 'decimal' ? { numFmt: '0.00' } : column.kind === 'integer' ? { numFmt: '0' } : {},
  }));
  const value = (cell: ExportCell, kind: ColumnKind) => {
    if (cell === null || cell === undefined || cell === '') return null;
    return kind === 'text' ? String(cell) : Number(cell);
  };
  return {
    async writeRow(cells) {
      sheet.addRow(cells.map((cell, index) => value(cell, columns[index]?.kind ?? 'text'))).commit();
      // Let the stream drain between rows when it is full: the rows written so far leave the process.
      if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
