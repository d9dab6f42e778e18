import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvField, csvWriter, xlsxWriter, type ExportColumn } from './exports';

const COLUMNS: ExportColumn[] = [{ header: 'Libellé', kind: 'text' }, { header: 'Heures', kind: 'decimal' }, { header: 'Version', kind: 'integer' }];

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
}

describe('the kit’s export writers', () => {
  test.each([
    ['1234.50', 'decimal', '1234,50'],
    ['Élodie; « chef »', 'text', '"Élodie; « chef »"'],
    ['dit "oui"', 'text', '"dit ""oui"""'],
    [null, 'decimal', ''],
  ] as const)('a CSV field %p (%s) is written %p', (cell, kind, expected) => {
    expect(csvField(cell, kind)).toBe(expected);
  });

  test('a CSV starts with a byte-order mark, separates with « ; » and ends lines with CRLF; an empty one is its header', async () => {
    const bytes = await collect(async (out) => {
      const writer = csvWriter(out, COLUMNS);
      await writer.writeRow(['Réhabilitation', '12.75', 2]);
      await writer.end();
    });
    expect(bytes.toString('utf8')).toBe('\uFEFFLibellé;Heures;Version\r\nRéhabilitation;12,75;2\r\n');
    const empty = await collect(async (out) => csvWriter(out, COLUMNS).end());
    expect(empty.toString('utf8')).toBe('\uFEFFLibellé;Heures;Version\r\n');
  });

  test('an XLSX written as a stream reads back with its accents and numbers', async () => {
    const bytes = await collect(async (out) => {
      const writer = xlsxWriter(out, COLUMNS, 'Relevés');
      for (let i = 0; i < 1000; i += 1) await writer.writeRow([`Ligne é${i}`, `${i}.25`, i]);
      await writer.end();
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Relevés')!;
    expect(sheet.rowCount).toBe(1001);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Libellé', 'Heures', 'Version']);
    expect(sheet.getRow(1001).values).toEqual([undefined, 'Ligne é999', 999.25, 999]);
  });
});
