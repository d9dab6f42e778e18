import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium, screenshot, watchConsole } from './browser';

/**
 * « Relevés d’heures » in a real Chromium through the real hub (one hub and one browser for the file): the
 * demo company downloads its template for last month, fills it, sends it, fixes the refused line in place,
 * confirms; the same file sent again declares nothing.
 */
let stack: TestStack;
let browser: Browser;
let portal: string;
const CONTRACT = '5c0e1d2a-0000-4000-8000-000000000001';

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ portal: true }), launchChromium()]);
  portal = stack.portalUrl!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 60_000);

function lastMonth(): string {
  const [year, month] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 7).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

/** The template as downloaded, filled by the test: 35 h on every line, `firstHours` on the first. */
async function filled(template: Buffer, firstHours: number): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(template as never);
  const sheet = workbook.getWorksheet('Relevé')!;
  sheet.eachRow((row, number) => {
    if (number > 1) row.getCell(5).value = number === 2 ? firstHours : 35;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function lastDeclared(): Promise<string | null> {
  const answer = await stack.query<{ contract: { insertionProgress: { lastMonthDeclared: string | null } } }>(
    'query ($id: ID!) { contract(id: $id) { insertionProgress { lastMonthDeclared } } }', { id: CONTRACT }, { viewer: viewers.admin });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data!.contract.insertionProgress.lastMonthDeclared;
}

test('the demo company sends last month’s statements from its template, fixes a refused line, confirms once', async () => {
  const month = lastMonth();
  expect(await lastDeclared()).not.toBe(month);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = watchConsole(page);
  await page.goto(new URL('/', portal).toString());
  await page.getByRole('button', { name: 'Se connecter' }).first().click();
  await page.waitForURL(/\/interaction\//);
  await page.getByRole('button', { name: /Entreprise titulaire/ }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Relevés d’heures' }).click();
  await page.getByRole('heading', { level: 1, name: 'Relevés d’heures' }).waitFor();
  expect(await page.getByLabel('Mois', { exact: true }).inputValue()).toBe(month);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le modèle (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toBe(`releve-heures-${month}.xlsx`);
  const template = await readFile((await download.path())!);

  await page.getByLabel(/Déposez ou choisissez le fichier/).setInputFiles({ name: 'releve.xlsx', mimeType: 'application/octet-stream', buffer: await filled(template, 300) });
  const refused = page.getByRole('table', { name: /Lignes refusées/ });
  await refused.waitFor();
  expect(await refused.getByRole('row').count()).toBe(2);
  expect(await refused.textContent()).toContain('dépassent le maximum légal');
  await expectAccessible(page);
  await screenshot(page, 'hours-import-preview');

  await page.getByLabel('Heures travaillées, ligne 2').fill('30');
  await page.getByRole('button', { name: 'Vérifier les corrections' }).click();
  await page.getByText(/0 ligne\(s\) refusée\(s\)/).waitFor();
  await page.getByRole('button', { name: 'Confirmer la déclaration' }).click();
  await page.getByText(/relevé\(s\) déclaré\(s\), 0 corrigé\(s\)/).waitFor();
  await page.getByRole('table', { name: /Relevés déclarés pour/ }).waitFor();
  expect(await lastDeclared()).toBe(month);

  // The same statements sent again (the file, fixed as on screen): nothing is declared twice.
  await page.getByLabel(/Déposez ou choisissez le fichier/).setInputFiles({ name: 'releve.xlsx', mimeType: 'application/octet-stream', buffer: await filled(template, 30) });
  await page.getByText('Ce fichier a déjà été confirmé : le confirmer de nouveau ne déclarera rien.').waitFor();
  await page.getByRole('button', { name: 'Confirmer la déclaration' }).click();
  await page.getByText(/rien n’a été déclaré une seconde fois/).waitFor();
  await expectAccessible(page);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);
