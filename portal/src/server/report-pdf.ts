import { chromium, type Browser } from 'playwright-core';

const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** One browser per process, started on the first PDF and kept (a launch costs about a second). */
let browser: Promise<Browser> | undefined;

/**
 * Renders the portal's print page of a report as a PDF in headless Chromium: the page the facilitator sees,
 * with its print stylesheet, so the buyer gets a document and not a screenshot. The page reads the graph
 * with the caller's token, added by the browser context to `/graphql` only (the token never reaches the
 * page's script or storage). Nothing is fetched from outside the portal's origin.
 */
export async function renderPdf(executablePath: string, pageUrl: string, authorization: string): Promise<Buffer> {
  browser ??= chromium.launch({ executablePath, args: FLAGS, headless: true });
  const context = await (await browser).newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  try {
    const origin = new URL(pageUrl).origin;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      if (url.pathname !== '/graphql') return route.continue();
      return route.continue({ headers: { ...route.request().headers(), authorization } });
    });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle', timeout: 30_000 });
    await page.waitForSelector('[data-report-ready]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } });
  } finally {
    await context.close();
  }
}

/** Closes the browser, if one was started (graceful shutdown). */
export async function closePdfBrowser(): Promise<void> {
  const started = browser;
  browser = undefined;
  if (started) await (await started).close();
}
