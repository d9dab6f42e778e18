import type { Readable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { UnsupportedFileError } from './errors';
import type { FileRow } from './file-row';

const EXTERNAL_FORMULA = /\[[^\]]*\]|:\/\/|\.xls[xmb]?\b/i;

/**
 * The first sheet's rows, read as a stream (exceljs' WorkbookReader): a formula pointing to another file
 * is refused; the other sheets (the rules) are skipped.
 */
export async function* readXlsxRows(input: Readable): AsyncIterable<FileRow> {
  const reader = new excelStream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let first = true;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (!first) continue;
      const cells = (row.values as unknown[]).slice(1);
      for (const cell of cells) {
        const formula = cell && typeof cell === 'object' ? (cell as { formula?: string; sharedFormula?: string }).formula ?? (cell as { sharedFormula?: string }).sharedFormula : undefined;
        if (formula && EXTERNAL_FORMULA.test(formula)) {
          throw new UnsupportedFileError('Formule qui fait référence à un autre fichier : copiez les valeurs, sans liaison externe');
        }
      }
      yield { line: row.number, cells };
    }
    first = false;
  }
}
