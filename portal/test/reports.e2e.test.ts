import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import type { Browser } from 'playwright-core';
import { axeViolations, chromiumPath, describeViolations, launchChromium, screenshot, watchConsole } from './browser';

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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors = watchConsole(page);
    await page.goto(new URL('/', portal).toString());
    await page.getByRole('button', { name: 'Se connecter' }).first().click();
    await page.waitForURL(/\/interaction\//);
    await page.getByRole('button', { name: /[Ff]acilitat/ }).first().click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
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
});
