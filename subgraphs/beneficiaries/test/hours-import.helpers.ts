import { Workbook } from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { signIdentity, type TestSubgraph } from '@maillage/test-kit';
import type { Viewer } from '@maillage/subgraph-kit';

/** Calls a file route of the subgraph as `viewer` (an identity signed as the gateway would), or as nobody. */
export async function callFile(subgraph: TestSubgraph, path: string, viewer: Viewer | null, body?: Buffer | string) {
  const headers: Record<string, string> = viewer ? { authorization: `Bearer ${await signIdentity(viewer, 'beneficiaries')}` } : {};
  return fetch(`${subgraph.baseUrl}/files/${path}`, body === undefined ? { headers } : { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body });
}

export const HEADER = ['Référence de la mise en emploi', 'Initiales', 'Emploi', 'Mois', 'Heures travaillées', 'Heures de formation', 'Remarques'];

/** A CSV as French Excel writes one: `;`, Windows-1252 unless told otherwise, CRLF. */
export function csv(rows: string[][], options: { delimiter?: string; encoding?: 'win1252' | 'utf8' } = {}): Buffer {
  const delimiter = options.delimiter ?? ';';
  const quote = (cell: string) => (cell.includes(delimiter) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = [HEADER, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n');
  return options.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'win1252');
}

/** An XLSX with the template's header and these rows (values as given: strings or numbers). */
export async function xlsx(rows: (string | number | { formula: string })[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Relevé');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Adds (or replaces) parts of a zip. */
export async function withParts(file: Buffer, parts: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Rewrites the uncompressed size the central directory declares for `entry` (a zip bomb's lie, or its truth). */
export function declareSize(zip: Buffer, entry: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = at === 0 ? -1 : copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).toString('utf8') === entry) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}
