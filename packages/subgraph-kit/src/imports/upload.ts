import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Request } from 'express';
import iconv from 'iconv-lite';
import { FileTooLargeError, UnsupportedFileError } from './errors';
import type { FileRow } from './file-row';
import { readXlsxRows } from './xlsx-rows';
import { assertSafeWorkbook } from './zip-guard';

export interface ReadFile {
  format: 'XLSX' | 'CSV';
  /** CSV only: the detected encoding and separator. */
  encoding: 'UTF-8' | 'Windows-1252' | null;
  delimiter: ';' | ',' | '\t' | null;
  rows: AsyncIterable<FileRow>;
}

/** What an upload may weigh, and what to tell whoever sends more (French, how to split the file). */
export interface UploadLimit {
  maxBytes: number;
  tooLargeMessage: string;
}

/**
 * The request's body, up to `limit.maxBytes`: a larger one is refused as soon as its declared length or its
 * bytes pass the limit (413), without reading the rest. The whole file is needed anyway — an XLSX's
 * directory is at its end — and the limit bounds it.
 */
export async function readBody(req: Request, limit: UploadLimit): Promise<Buffer> {
  const tooLarge = () => new FileTooLargeError(limit.tooLargeMessage);
  if (Number(req.headers['content-length'] ?? 0) > limit.maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit.maxBytes) {
      req.unpipe();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  if (size === 0) throw new UnsupportedFileError('Le fichier est vide : envoyez le modèle rempli (XLSX ou CSV)');
  return Buffer.concat(chunks, size);
}

/** The file in chunks, so that the parsers work as on a stream and hold little of it at once. */
function chunksOf(buffer: Buffer): Readable {
  return Readable.from((function* () {
    for (let at = 0; at < buffer.length; at += 64 * 1024) yield buffer.subarray(at, at + 64 * 1024);
  })());
}

/** The separator of the header line: the one it holds most of (`;` when none, as French Excel writes). */
function delimiterOf(text: string): ';' | ',' | '\t' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const counts = ([';', ',', '\t'] as const).map((sign) => [sign, header.split(sign).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0]![0] : ';';
}

async function* csvRows(buffer: Buffer, windows1252: boolean, delimiter: string): AsyncIterable<FileRow> {
  const text = windows1252 ? chunksOf(buffer).pipe(iconv.decodeStream('win1252')) : chunksOf(buffer);
  const parser = text.pipe(parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { line: info.lines, cells: record };
  }
}

/**
 * What the file is, from its bytes rather than its name: a zip is an XLSX (checked before anything is
 * unpacked: zip.guard.ts), an Excel 97 file or binary data is refused, anything else is read as CSV —
 * UTF-8 when its bytes are valid UTF-8, Windows-1252 (what French Excel saves as « CSV ») otherwise.
 */
export async function openUpload(buffer: Buffer): Promise<ReadFile> {
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    await assertSafeWorkbook(buffer);
    return { format: 'XLSX', encoding: null, delimiter: null, rows: readXlsxRows(chunksOf(buffer)) };
  }
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnsupportedFileError('Format Excel 97-2003 (.xls) non lu : enregistrez le fichier au format .xlsx ou .csv');
  }
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new UnsupportedFileError('Ce fichier n’est pas un tableur : envoyez un fichier .xlsx ou .csv (le modèle rempli)');
  }
  const windows1252 = !isUtf8(buffer);
  const start = windows1252 ? iconv.decode(buffer.subarray(0, 4096), 'win1252') : buffer.subarray(0, 4096).toString('utf8');
  const delimiter = delimiterOf(start);
  return { format: 'CSV', encoding: windows1252 ? 'Windows-1252' : 'UTF-8', delimiter, rows: csvRows(buffer, windows1252, delimiter) };
}
