import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '../test-results/screenshots');

const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/**
 * The Chromium carried inside the `@sparticuz/chromium` npm package (unpacked on first use, nothing to install
 * by hand), or Debian's when present. The package is an ES module: it is asked for its path in a plain Node
 * process, outside jest's CommonJS runtime.
 */
export function chromiumPath(): string {
  if (process.env.PORTAL_TEST_CHROMIUM) return process.env.PORTAL_TEST_CHROMIUM;
  try {
    const script = "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
    const path = execFileSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8', timeout: 120_000 }).trim();
    if (path && existsSync(path)) return path;
  } catch {
    // fall back below
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('no Chromium: @sparticuz/chromium did not unpack and /usr/bin/chromium is absent');
}

/**
 * A French Chromium. A date field's display (dd/mm/yyyy or mm/dd/yyyy) follows the browser's own locale, not
 * the page's `lang="fr"` nor the context's `locale`: headless Chromium takes it from the process's `LANG`
 * (`--lang` alone does not change it), as a person's browser set to French does.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...FLAGS, '--lang=fr-FR'], headless: true, env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core on the page as it is (WCAG 2.1 A/AA rules): the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  });
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Every violation, summarised (for the report), and the serious ones as a readable failure. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Console errors and uncaught exceptions of a page, for « no console error » assertions. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser context (French, no stored state) on `path` of the portal, its console watched. */
export async function openPage(browser: Browser, portal: string, path: string, viewport = { width: 1280, height: 900 }, timeout = 15_000): Promise<Visit> {
  // bypassCSP: axe-core is injected as an inline script, which the portal's policy (rightly) refuses.
  const context = await browser.newContext({ viewport, locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors = watchConsole(page);
  await page.goto(new URL(path, portal).toString());
  return { context, page, errors };
}

/** Signs in through the development provider's page (the demo account whose button matches `account`). */
export async function signInAs(page: Page, portal: string, account: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Se connecter' }).first().click();
  await page.waitForURL(/\/interaction\//);
  await page.getByRole('button', { name: account }).click();
  await page.waitForURL((url) => url.origin === new URL(portal).origin && !url.pathname.startsWith('/connexion'));
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}
