import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import { Workbook } from 'exceljs';
import type { Browser } from 'playwright-core';
import { axeViolations, chromiumPath, describeViolations, launchChromium, openPage, screenshot, signInAs } from './browser';

/**
 * « Bilans » end to end, in a real Chromium through the real hub (one hub and one browser for the file):
 * the page with its charts and its axe check, and the PDF the portal's server renders in headless Chromium,
 * turned back into text.
 */
const VILLEURBANNE = '0b6f7c1e-0000-4000-8000-000000000001';
const YEAR = new Date().getUTCFullYear() - 1;
let stack: TestStack;
let browser: Browser;
let portal: string;

/** The text of a PDF, by `unpdf` (an ES module: run in a plain Node process, outside jest's CommonJS runtime). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'bilan-'));
  try {
    const file = join(dir, 'bilan.pdf');
    writeFileSync(file, pdf);
    const script = `import('unpdf').then(async ({ extractText, getDocumentProxy }) => {
      const doc = await getDocumentProxy(new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(file)})));
      const { text } = await extractText(doc, { mergePages: true });
      process.stdout.write(text);
    })`;
    return execFileSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8', timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  const chromium = chromiumPath();
  [stack, browser] = await Promise.all([startTestStack({ portal: true, env: { PORTAL_PDF_CHROMIUM: chromium } }), launchChromium()]);
  portal = stack.portalUrl!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 60_000);

describe('« Bilans »', () => {
  test('a facilitator chooses a buyer and a year and sees the report with its charts, accessible', async () => {
    const { context, page, errors } = await openPage(browser, portal, '/', undefined, 20_000);
    await signInAs(page, portal, /Facilitatrice/);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Bilans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bilans des clauses sociales' }).waitFor();
    await page.getByLabel('Acheteur').selectOption({ label: 'Ville de Villeurbanne' });
    await page.getByLabel('Année').selectOption(String(YEAR));
    await page.getByRole('button', { name: 'Afficher le bilan' }).click();
    await page.getByRole('heading', { level: 2, name: `Ville de Villeurbanne — bilan ${YEAR}` }).waitFor();
    await page.locator('[data-report-ready] canvas').first().waitFor();
    await page.getByRole('table', { name: 'Tranches d’âge' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Diversité des postes' }).waitFor();
    await page.getByRole('table', { name: 'Mises en emploi par famille de métiers (ROME)' }).waitFor();
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, 'reports-facilitator');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the lists download from the pages that show them: the dashboard’s contracts, a contract’s placements', async () => {
    const { context, page, errors } = await openPage(browser, portal, '/', undefined, 20_000);
    await signInAs(page, portal, /Facilitatrice/);
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.locator('.contract-item').first().waitFor();
    const shown = await page.locator('.contract-item').count();
    const saved = async (button: ReturnType<typeof page.getByRole>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const contracts = await saved(page.getByRole('button', { name: 'CSV' }).first());
    expect(contracts.name).toMatch(/^marches.*\.csv$/);
    const lines = contracts.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^Référence;Objet;Acheteur;/);
    expect(lines.length - 1).toBe(shown);
    await page.getByRole('status').filter({ hasText: 'téléchargé' }).first().waitFor();

    await page.getByRole('link', { name: /2026-VIL-014/ }).click();
    await page.getByRole('heading', { level: 1, name: /2026-VIL-014/ }).waitFor();
    const placements = await saved(page.getByRole('button', { name: 'CSV' }).first());
    expect(placements.name).toMatch(/^mises-en-emploi.*\.csv$/);
    const placementLines = placements.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(placementLines.length).toBeGreaterThan(1);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an administrator sees the national consolidation: by kind of buyer, by region with its facilitators and services', async () => {
    const { context, page, errors } = await openPage(browser, portal, '/', undefined, 20_000);
    await signInAs(page, portal, /Administratrice/);
    await page.goto(new URL(`/bilans?perimetre=NATION&annee=${YEAR}&diviseur=1600`, portal).toString());
    await page.getByRole('heading', { level: 2, name: `France entière — bilan ${YEAR}` }).waitFor();
    const regions = page.getByRole('table', { name: 'Par région' });
    await regions.waitFor();
    const answer = await stack.query(
      `query ($year: Int!) { insertionReport(scope: { kind: NATION }, period: { year: $year }, fteDivisor: "1600") {
        facilitation { facilitators services } byRegion { scopeCode contracts facilitation { facilitators } } } }`,
      { year: YEAR },
      { viewer: viewers.admin },
    );
    const nation = answer.body.data!.insertionReport;
    const aura = nation.byRegion.find((part: { scopeCode: string }) => part.scopeCode === '84');
    const row = regions.getByRole('row', { name: /Auvergne-Rhône-Alpes/ });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe(String(aura.contracts));
    expect(cells[6]).toBe(String(aura.facilitation.facilitators));
    expect(await page.getByRole('table', { name: 'Par nature d’acheteur' }).getByRole('row').count()).toBeGreaterThan(1);
    const summary = page.getByRole('row', { name: /Facilitateurs en poste/ });
    expect((await summary.getByRole('cell').first().textContent())!.replace(/\s/g, '')).toBe(String(nation.facilitation.facilitators));
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, 'reports-national');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the server renders the report as a PDF whose text holds the buyer’s name and its figures', async () => {
    const token = await stack.issuer.mint(viewers.facilitator(['69']));
    const query = new URLSearchParams({ perimetre: 'BUYER', id: VILLEURBANNE, annee: String(YEAR), diviseur: '1607' });
    const answer = await stack.query(
      'query ($id: ID!, $year: Int!) { insertionReport(scope: { kind: BUYER, id: $id }, period: { year: $year }) { contracts insertion { people placements } } }',
      { id: VILLEURBANNE, year: YEAR },
      { token },
    );
    const figures = answer.body.data!.insertionReport;
    const response = await fetch(new URL(`/bilans/fichier.pdf?${query.toString()}`, portal), { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain('Ville de Villeurbanne');
    expect(text).toContain(`Marchés clausés en exécution ${figures.contracts}`);
    expect(text).toContain(`Personnes ayant travaillé ${figures.insertion.people}`);
    const refused = await fetch(new URL(`/bilans/fichier.pdf?${query.toString()}`, portal), { headers: { authorization: `Bearer ${await stack.issuer.mint(viewers.buyer('0b6f7c1e-0000-4000-8000-000000000002'))}` } });
    expect(refused.status).toBe(403);
  });

  test('the indicator tables download as CSV (BOM, « ; », decimal commas) and XLSX, with the GraphQL answer’s figures and nothing for a scope refused', async () => {
    const token = await stack.issuer.mint(viewers.facilitator(['69']));
    const answer = await stack.query(
      `query ($id: ID!, $year: Int!) { insertionReport(scope: { kind: BUYER, id: $id }, period: { year: $year }) {
        fteDivisor contracts insertion { hoursRealised people byModality { label hours } } } }`,
      { id: VILLEURBANNE, year: YEAR },
      { token },
    );
    const report = answer.body.data!.insertionReport;
    expect(Number(report.insertion.hoursRealised)).toBeGreaterThan(0);
    // No divisor in the URL: the graph's default applies, as on the page.
    const query = new URLSearchParams({ perimetre: 'BUYER', id: VILLEURBANNE, annee: String(YEAR) });
    const csv = await fetch(new URL(`/bilans/fichier.csv?${query.toString()}`, portal), { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean).map((line) => line.split(';'));
    expect(rows[0]).toEqual(['Tableau', 'Catégorie', 'Personnes', 'Mises en emploi', 'Heures', 'Masqué']);
    const realised = rows.find((row) => row[1] === 'Heures réalisées')!;
    expect(realised[4]).toBe(report.insertion.hoursRealised.replace('.', ','));
    expect(rows.find((row) => row[1] === `Équivalents temps plein (÷ ${report.fteDivisor} h)`)).toBeDefined();
    expect(rows.find((row) => row[1] === 'Personnes ayant travaillé')![2]).toBe(String(report.insertion.people));
    const modalities = rows.filter((row) => row[0] === 'Heures par modalité').map((row) => [row[1], row[4]]);
    expect(modalities).toEqual(report.insertion.byModality.map((cell: { label: string; hours: string | null }) => [cell.label, cell.hours?.replace('.', ',') ?? '']));

    const xlsx = await fetch(new URL(`/bilans/fichier.xlsx?${query.toString()}`, portal), { headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const sheetRows: unknown[][] = [];
    sheet.eachRow((row) => sheetRows.push((row.values as unknown[]).slice(1)));
    expect(sheetRows.length).toBe(rows.length);
    const hoursCell = sheetRows.find((row) => row[1] === 'Heures réalisées')![4];
    expect(Number(hoursCell)).toBeCloseTo(Number(report.insertion.hoursRealised), 2);

    const otherBuyer = await stack.issuer.mint(viewers.buyer('0b6f7c1e-0000-4000-8000-000000000002'));
    const refused = await fetch(new URL(`/bilans/fichier.csv?${query.toString()}`, portal), { headers: { authorization: `Bearer ${otherBuyer}` } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
