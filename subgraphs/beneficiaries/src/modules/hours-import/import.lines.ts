import { createHash } from 'node:crypto';
import type { Viewer } from '@maillage/subgraph-kit';
import { cellText, FileTooLargeError, type FileRow } from '@maillage/subgraph-kit/imports';
import { columnsOf, hoursOf, monthOf, type ColumnKey } from './import.columns';
import { MAX_LINES } from './import.limits';

/** A line of the file as read: hours in the `151.67` form when they parse, as written otherwise. */
export interface UploadedLine {
  line: number;
  placementId: string;
  month: string;
  hoursWorked: string;
  trainingHours: string;
  remarks: string;
  reason: string;
  /** False when a figure does not parse (the check says which). */
  hoursWorkedValid: boolean;
  trainingHoursValid: boolean;
}

export interface FileLines {
  lines: UploadedLine[];
  /** Rows with a reference but no figure at all: a template line left empty declares nothing. */
  skipped: number;
}

const blank = (cells: unknown[]) => cells.every((cell) => cellText(cell) === '');
/** A figure that does not parse, kept as written but with one decimal sign, so that its CSV and XLSX copies hash alike. */
const asWritten = (cell: unknown) => cellText(cell).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');

/**
 * The file's lines: the first non-empty row is the header (columns found by name), then one line per row
 * with something in it. More than {@link MAX_LINES} lines is a 413, stopped at the first line too many.
 */
export async function linesOf(rows: AsyncIterable<FileRow>): Promise<FileLines> {
  let columns: Partial<Record<ColumnKey, number>> | undefined;
  const lines: UploadedLine[] = [];
  let skipped = 0;
  for await (const { line, cells } of rows) {
    if (blank(cells)) continue;
    if (!columns) {
      columns = columnsOf(cells.map(cellText));
      continue;
    }
    const at = (key: ColumnKey) => (columns![key] === undefined ? undefined : cells[columns![key]!]);
    const worked = hoursOf(at('hoursWorked'));
    const training = hoursOf(at('trainingHours'));
    if (worked === '' && training === '') {
      skipped += 1;
      continue;
    }
    if (lines.length >= MAX_LINES) throw new FileTooLargeError('Le fichier dépasse 20 000 lignes : découpez-le (par exemple par marché ou par employeur)');
    lines.push({
      line,
      placementId: cellText(at('placementId')).toLowerCase(),
      month: monthOf(at('month')),
      hoursWorked: worked === '' ? '0.00' : worked ?? asWritten(at('hoursWorked')),
      trainingHours: training === '' ? '0.00' : training ?? asWritten(at('trainingHours')),
      remarks: cellText(at('remarks')),
      reason: cellText(at('reason')),
      hoursWorkedValid: worked !== null,
      trainingHoursValid: training !== null,
    });
  }
  return { lines, skipped };
}

/** Who uploads, as hours_batch records a batch's author. */
export function uploaderOf(viewer: Viewer): string {
  return [viewer.role, viewer.organisation ?? '', viewer.subject ?? ''].join(':');
}

/**
 * The file's idempotency key: sha256 of its normalised content (the lines as read, whatever the format,
 * encoding, separator or decimal sign) and of its uploader. The same statements sent again — the same
 * file, or its CSV copy — get the same key, so a second confirmation declares nothing.
 */
export function importKey(viewer: Viewer, lines: UploadedLine[]): string {
  const hash = createHash('sha256').update(uploaderOf(viewer));
  for (const line of lines) hash.update(`\n${JSON.stringify([line.placementId, line.month, line.hoursWorked, line.trainingHours, line.remarks, line.reason])}`);
  return `import:${hash.digest('hex')}`;
}
