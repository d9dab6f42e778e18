import { Workbook } from 'exceljs';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, declare, openPlacement, OTHER_COMPANY } from './factories';
import { callFile, csv, declareSize, withParts, xlsx } from './hours-import.helpers';

/**
 * Monthly hours from spreadsheets (issue #17), through the subgraph's real file routes: the template, the
 * line-by-line preview, the confirmation (once per file), and the files refused before they are unpacked.
 */
let subgraph: TestSubgraph;
let db: Client;
const company = viewers.company(COMPANY);
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
let placement: { a: string; a2: string; b: string; other: string; ended: string; fresh: string };

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
  db = new Client({ connectionString: subgraph.databaseUrl });
  await db.connect();
  const [first, second, third, fourth] = [await createPerson(subgraph), await createPerson(subgraph), await createPerson(subgraph, { pathStartedOn: '2024-01-01' }), await createPerson(subgraph)];
  placement = {
    a: await openPlacement(subgraph, first.id, { startDate: '2025-01-01', endDate: '2025-06-30' }),
    a2: await openPlacement(subgraph, first.id, { startDate: '2025-01-01', endDate: '2025-12-31', modality: 'TRAINING', employmentContractType: 'PROFESSIONALISATION' }),
    b: await openPlacement(subgraph, second.id, { startDate: '2025-01-01', endDate: '2025-12-31' }),
    other: await openPlacement(subgraph, third.id, { startDate: '2025-01-01', employerSiret: OTHER_COMPANY }),
    ended: await openPlacement(subgraph, third.id, { startDate: '2024-06-01', endDate: '2024-12-31' }),
    fresh: await openPlacement(subgraph, fourth.id, { startDate: '2025-01-01', endDate: '2025-12-31' }),
  };
  dataOf(await declare(subgraph, placement.a2, '2025-03', '200'));
  dataOf(await declare(subgraph, placement.b, '2025-02', '100'));
});

afterAll(async () => {
  await db?.end();
  await subgraph?.stop();
});

const statements = async () => Number((await db.query('SELECT count(*)::int AS n FROM hours_statement')).rows[0].n);
const errorOf = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!;

describe('the template lists what the uploader may declare, as far as they may see it', () => {
  test('a company’s XLSX template has one line per active placement of its own, initials, validated hour cells and the rules in French', async () => {
    const response = await callFile(subgraph, `releves/modele.xlsx?company=${COMPANY}&month=2025-03`, company);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('releve-heures-2025-03.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Relevé')!;
    const rows = sheet.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1, 5));
    expect(rows.map((row) => row[0]).sort()).toEqual([placement.a, placement.a2, placement.b, placement.fresh].sort());
    expect(rows.every((row) => /^P\. N\.$/.test(String(row[1])) && row[3] === '2025-03')).toBe(true);
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 222] });
    expect(sheet.getCell('F2').dataValidation).toMatchObject({ type: 'decimal' });
    const rules = workbook.getWorksheet('Règles')!.getColumn(1).values.join('\n');
    expect(rules).toContain('222,00 h en 2025-03');
    expect(rules).toContain('L3121-22');
    // Reading the names for the initials is a read of audited fields.
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation = 'READ' AND role = 'company' AND 'firstName' = ANY(fields)`);
    expect(audit.rows[0].n).toBeGreaterThan(0);
  });

  test('a facilitator gets the CSV of a contract; the placements of another company are there for them, not for the company', async () => {
    const bytes = Buffer.from(await (await callFile(subgraph, 'releves/modele.csv?contract=5c0e1d2a-0000-4000-8000-000000000001&month=2025-03', viewers.facilitator(['69']))).arrayBuffer());
    const forFacilitator = bytes.toString('utf8');
    expect(forFacilitator.startsWith('\ufeffRéférence de la mise en emploi;Initiales;Emploi;Mois;Heures travaillées')).toBe(true);
    expect(forFacilitator).toContain(placement.other);
    expect(forFacilitator).not.toContain(placement.ended);
    const forCompany = await (await callFile(subgraph, 'releves/modele.csv?contract=5c0e1d2a-0000-4000-8000-000000000001&month=2025-03', company)).text();
    expect(forCompany).not.toContain(placement.other);
    expect(forCompany).toContain(placement.a);
  });

  test('a facilitator of another territory gets a template without the people of this one', async () => {
    const text = await (await callFile(subgraph, 'releves/modele.csv?contract=5c0e1d2a-0000-4000-8000-000000000001&month=2025-03', viewers.facilitator(['38']))).text();
    expect(text.trim().split('\r\n')).toHaveLength(1);
  });

  test.each([
    ['a buyer', viewers.buyer('acheteur'), 403, 'FORBIDDEN'],
    ['a partner', viewers.partner('partenaire'), 403, 'FORBIDDEN'],
    ['the public caller', viewers.public, 401, 'UNAUTHENTICATED'],
  ])('%s cannot get a template nor send a file', async (_who, viewer, status, code) => {
    const template = await callFile(subgraph, `releves/modele.xlsx?company=${COMPANY}&month=2025-03`, viewer);
    expect(template.status).toBe(status);
    expect((await errorOf(template)).extensions.code).toBe(code);
    const upload = await callFile(subgraph, 'releves/apercu', viewer, csv([[placement.a, '', '', '2025-01', '10', '', '']]));
    expect(upload.status).toBe(status);
  });

  test.each([
    ['month=2025-13&company=' + COMPANY, 'month'],
    ['month=2099-01&company=' + COMPANY, 'month'],
    ['month=2025-03', 'contract'],
    ['month=2025-03&company=123', 'company'],
  ])('a template asked with %s is a BAD_USER_INPUT on %s', async (query, field) => {
    const response = await callFile(subgraph, `releves/modele.csv?${query}`, company);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

interface Preview {
  file: { format: string; encoding: string | null; delimiter: string | null; lines: number; skipped: number };
  key: string;
  alreadyConfirmed: boolean;
  accepted: { line: number; placementId: string; month: string; hoursWorked: string; trainingHours: string; remarks: string }[];
  corrections: { line: number; previous: { hoursWorked: string }; reason: string; hoursWorked: string }[];
  unchanged: { line: number }[];
  refused: { line: number; column: string; message: string; values: Record<string, string> }[];
}

const preview = async (file: Buffer, viewer = company) => {
  const response = await callFile(subgraph, 'releves/apercu', viewer, file);
  expect(response.status).toBe(200);
  return (await response.json()) as Preview;
};

const monthly = () => [
  [placement.a, 'P. N.', 'CDD', '2025-01', '151,67', '7,5', ''],
  [placement.a, 'P. N.', 'CDD', '2025-01', '10', '', ''],
  [placement.a, 'P. N.', 'CDD', '2025-09', '10', '', ''],
  [placement.a, 'P. N.', 'CDD', '2025-03', '30', '', ''],
  [UNKNOWN, '', '', '2025-01', '10', '', ''],
  [placement.other, '', '', '2025-01', '10', '', ''],
  [placement.b, 'P. N.', 'CDD', '2025-02', '90', '', ''],
  [placement.b, 'P. N.', 'CDD', '2025-04', '12,345', '', ''],
  [placement.b, 'P. N.', 'CDD', '2025-05', '80', '', 'Arrêt maladie trois jours'],
  [placement.b, 'P. N.', 'CDD', '2025-06', '', '', ''],
];

describe('an uploaded file is previewed line by line, and nothing is written', () => {
  test('a Windows-1252 CSV with `;` and French decimals: accepted lines, and each refused line with its number, column and French reason', async () => {
    const before = await statements();
    const result = await preview(csv(monthly()));
    expect(result.file).toEqual({ format: 'CSV', encoding: 'Windows-1252', delimiter: ';', lines: 9, skipped: 1 });
    expect(result.accepted.map((line) => [line.line, line.month, line.hoursWorked, line.trainingHours])).toEqual([[2, '2025-01', '151.67', '7.50'], [10, '2025-05', '80.00', '0.00']]);
    expect(result.accepted[1]!.remarks).toBe('Arrêt maladie trois jours');
    expect(result.refused.map((line) => [line.line, line.column])).toEqual([
      [3, 'Mois'], [4, 'Mois'], [5, 'Heures travaillées'], [6, 'Référence de la mise en emploi'], [7, 'Référence de la mise en emploi'], [8, 'Remarques'], [9, 'Heures travaillées'],
    ]);
    const messages = Object.fromEntries(result.refused.map((line) => [line.line, line.message]));
    expect(messages[3]).toBe('Ligne en double : la ligne 2 déclare déjà cette mise en emploi pour 2025-01');
    expect(messages[4]).toContain('hors des dates de la mise en emploi');
    expect(messages[5]).toContain('230.00 h sur 2025-03 dépassent le maximum légal de 222.00 h');
    expect(messages[6]).toBe(messages[7]); // another company’s placement is told apart from no placement at all
    expect(messages[8]).toContain('déjà déclaré (100,00 h travaillées');
    expect(messages[9]).toContain('deux décimales au plus');
    expect(result.refused[0]!.values).toMatchObject({ placementId: placement.a, month: '2025-01', hoursWorked: '10,00' });
    expect(result.alreadyConfirmed).toBe(false);
    expect(await statements()).toBe(before);
  });

  test('a UTF-8 CSV with `,` and quoted French decimals reads the same', async () => {
    const result = await preview(csv([[placement.fresh, '', '', '2025-01', '151,67', '0,5', 'Congés payés déduits']], { delimiter: ',', encoding: 'utf8' }));
    expect(result.file).toMatchObject({ encoding: 'UTF-8', delimiter: ',' });
    expect(result.accepted).toEqual([expect.objectContaining({ hoursWorked: '151.67', trainingHours: '0.50', remarks: 'Congés payés déduits' })]);
  });

  test('a file without the reference column is refused on that column', async () => {
    const response = await callFile(subgraph, 'releves/apercu', company, Buffer.from('Mois;Heures travaillées\n2025-01;10\n'));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Référence de la mise en emploi' });
  });
});

describe('confirming declares the accepted lines once per file', () => {
  const fixed = () => monthly().map((row) => (row[0] === placement.b && row[3] === '2025-02' ? [...row.slice(0, 6), 'Erreur de saisie du mois'] : row));

  test('the corrected file declares and corrects, audited; the same file, or its XLSX copy, declares nothing twice', async () => {
    const first = (await (await callFile(subgraph, 'releves/confirmation', company, csv(fixed()))).json()) as { refused: { line: number }[] };
    expect(first).toMatchObject({ replayed: false, declared: 2, corrected: 1 });
    expect(first.refused.map((line) => line.line)).toEqual([3, 4, 5, 6, 7, 9]);
    const current = await db.query(`SELECT version, hours_worked::text, correction_reason, source FROM hours_statement WHERE placement_id = $1 AND month = '2025-02' AND is_current`, [placement.b]);
    expect(current.rows).toEqual([{ version: 2, hours_worked: '90.00', correction_reason: 'Erreur de saisie du mois', source: 'COMPANY' }]);
    const audit = await db.query(`SELECT operation, count(*)::int AS n FROM audit_event WHERE role = 'company' AND operation <> 'READ' GROUP BY operation ORDER BY operation`);
    expect(audit.rows).toEqual([{ operation: 'CORRECT_HOURS', n: 1 }, { operation: 'DECLARE_HOURS', n: 2 }]);

    const count = await statements();
    const again = (await (await callFile(subgraph, 'releves/confirmation', company, csv(fixed()))).json()) as { message: string };
    expect(again).toMatchObject({ replayed: true, declared: 0, corrected: 0 });
    expect(again.message).toContain('rien n’a été déclaré une seconde fois');
    const asXlsx = await xlsx(fixed().map((row) => row.map((cell, index) => (index >= 4 && index <= 5 && cell !== '' ? Number(cell.replace(',', '.')) : cell))));
    expect((await preview(asXlsx)).alreadyConfirmed).toBe(true);
    expect(await (await callFile(subgraph, 'releves/confirmation', company, asXlsx)).json()).toMatchObject({ replayed: true });
    expect(await statements()).toBe(count);
  });

  test('a file sent again with other lines previews its months as already declared: unchanged, or corrections', async () => {
    const result = await preview(csv([[placement.a, '', '', '2025-01', '151,67', '7,5', ''], [placement.b, '', '', '2025-05', '81', '', 'Une heure oubliée']]));
    expect(result.unchanged.map((line) => line.line)).toEqual([2]);
    expect(result.corrections).toEqual([expect.objectContaining({ line: 3, hoursWorked: '81.00', previous: expect.objectContaining({ hoursWorked: '80.00' }), reason: 'Une heure oubliée' })]);
  });
});

describe('files that are not a plain spreadsheet are refused without being unpacked', () => {
  const refusal = async (file: Buffer, status: number, code: string, text: string) => {
    const response = await callFile(subgraph, 'releves/apercu', company, file);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.extensions.code).toBe(code);
    expect(error.message).toContain(text);
  };
  const line = () => [placement.fresh, '', '', '2025-02', 10, '', ''];

  test('an XLSX is read like the CSV (numbers as numbers)', async () => {
    const result = await preview(await xlsx([line()]));
    expect(result.file.format).toBe('XLSX');
    expect(result.accepted).toEqual([expect.objectContaining({ line: 2, hoursWorked: '10.00' })]);
  });

  test('an XLSX with macros (a vbaProject.bin part, or a macro-enabled content type)', async () => {
    await refusal(await withParts(await xlsx([line()]), { 'xl/vbaProject.bin': Buffer.alloc(512, 1) }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'macros');
    const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>';
    await refusal(await withParts(await xlsx([line()]), { '[Content_Types].xml': types }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'macros');
  });

  test('an XLSX linked to other files (an externalLinks part, or a formula naming another workbook)', async () => {
    await refusal(await withParts(await xlsx([line()]), { 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'liaisons externes');
    await refusal(await xlsx([[placement.fresh, '', '', '2025-02', { formula: '[1]Feuil1!E2' }, '', '']]), 415, 'UNSUPPORTED_MEDIA_TYPE', 'autre fichier');
  });

  test('zip bombs: a part that unpacks 1,000 times its size, a size the directory declares, too many parts', async () => {
    await refusal(await withParts(await xlsx([line()]), { 'xl/media/image1.bin': Buffer.alloc(12 * 1024 * 1024) }), 415, 'UNSUPPORTED_MEDIA_TYPE', 'Archive suspecte');
    await refusal(declareSize(await xlsx([line()]), 'xl/worksheets/sheet1.xml', 0xffff_fff0), 415, 'UNSUPPORTED_MEDIA_TYPE', 'Archive suspecte');
    const parts = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`xl/media/p${index}.txt`, 'x']));
    await refusal(await withParts(await xlsx([line()]), parts), 415, 'UNSUPPORTED_MEDIA_TYPE', 'Archive suspecte');
  });

  test('files that are no spreadsheet: binary data, an Excel 97 file, a zip that is not a workbook', async () => {
    await refusal(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.alloc(100, 7)]), 415, 'UNSUPPORTED_MEDIA_TYPE', 'pas un tableur');
    await refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 415, 'UNSUPPORTED_MEDIA_TYPE', '.xls');
    const JSZip = (await import('jszip')).default;
    const docx = await new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w/>').generateAsync({ type: 'nodebuffer' });
    await refusal(docx, 415, 'UNSUPPORTED_MEDIA_TYPE', 'pas un classeur XLSX');
  });

  test('more than 10 MB, or more than 20,000 lines: 413', async () => {
    await refusal(Buffer.concat([csv([]), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]), 413, 'PAYLOAD_TOO_LARGE', '10 Mo');
    const many = Array.from({ length: 20_001 }, () => [placement.fresh, '', '', '2025-03', '1', '', '']);
    await refusal(csv(many), 413, 'PAYLOAD_TOO_LARGE', '20 000 lignes');
  });
});
