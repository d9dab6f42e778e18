import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UnsupportedFileError } from './errors';

/**
 * What an XLSX may hold, checked on the zip's central directory before anything is unpacked: a template
 * filled with 20,000 lines is a few megabytes of XML, so these leave a wide margin and stop a zip bomb
 * (a small file that unpacks to gigabytes) by its declared sizes.
 */
const MAX_ENTRIES = 500;
const MAX_TOTAL_UNPACKED = 100 * 1024 * 1024;
const MAX_RATIO = 200;
const RATIO_FROM = 5 * 1024 * 1024;
const MAX_CONTENT_TYPES = 1024 * 1024;

const BOMB = 'Archive suspecte (taille décompressée démesurée) : le fichier est refusé sans être ouvert';
const MACROS = 'Classeur avec macros (.xlsm) refusé : enregistrez-le au format .xlsx sans macros';
const EXTERNAL = 'Classeur lié à d’autres fichiers (liaisons externes) refusé : copiez les valeurs, sans formules vers d’autres classeurs';
const NOT_XLSX = 'Ce fichier n’est pas un classeur XLSX lisible : envoyez le modèle rempli (.xlsx ou .csv)';

const open = (buffer: Buffer) => new Promise<ZipFile>((resolve, reject) =>
  yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (error, zip) => (error || !zip ? reject(new UnsupportedFileError(NOT_XLSX)) : resolve(zip))));

const readEntry = (zip: ZipFile, entry: Entry) => new Promise<string>((resolve, reject) =>
  zip.openReadStream(entry, (error, stream) => {
    if (error || !stream) return reject(new UnsupportedFileError(NOT_XLSX));
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', () => reject(new UnsupportedFileError(NOT_XLSX)));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  }));

/** The entry's problem, from its name and declared sizes only. */
function problemOf(entry: Entry): string | null {
  const name = entry.fileName.toLowerCase();
  if (name.endsWith('vbaproject.bin') || name.endsWith('.bin') && name.includes('vba')) return MACROS;
  if (name.startsWith('xl/externallinks/')) return EXTERNAL;
  if (entry.uncompressedSize > MAX_TOTAL_UNPACKED) return BOMB;
  if (entry.uncompressedSize > RATIO_FROM && entry.uncompressedSize > MAX_RATIO * Math.max(entry.compressedSize, 1)) return BOMB;
  return null;
}

/**
 * Refuses, with a typed 415, an XLSX with macros (a `vbaProject.bin` part or a macro-enabled content
 * type), links to other workbooks (`externalLinks` parts), or a zip bomb (too many entries, declared
 * sizes or compression ratios beyond the limits) — reading only the central directory and the small
 * `[Content_Types].xml`. The streaming reader then unpacks a workbook known to be of sane size.
 */
export async function assertSafeWorkbook(buffer: Buffer): Promise<void> {
  const zip = await open(buffer);
  try {
    if (zip.entryCount > MAX_ENTRIES) throw new UnsupportedFileError(BOMB);
    let total = 0;
    let contentTypes = '';
    let workbook = false;
    for (const entry of await entriesOf(zip)) {
      const problem = problemOf(entry);
      if (problem) throw new UnsupportedFileError(problem);
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_UNPACKED) throw new UnsupportedFileError(BOMB);
      if (entry.fileName === 'xl/workbook.xml') workbook = true;
      if (entry.fileName === '[Content_Types].xml') {
        if (entry.uncompressedSize > MAX_CONTENT_TYPES) throw new UnsupportedFileError(BOMB);
        contentTypes = await readEntry(zip, entry);
      }
    }
    if (/macroEnabled|vbaProject/i.test(contentTypes)) throw new UnsupportedFileError(MACROS);
    if (/externalLink/i.test(contentTypes)) throw new UnsupportedFileError(EXTERNAL);
    if (!workbook || !contentTypes.includes('spreadsheetml')) throw new UnsupportedFileError(NOT_XLSX);
  } finally {
    zip.close();
  }
}

/** Every entry of the central directory (their number was checked first); nothing is unpacked. */
function entriesOf(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new UnsupportedFileError(NOT_XLSX)));
    zip.readEntry();
  });
}
