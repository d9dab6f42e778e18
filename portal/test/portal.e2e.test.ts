import { startTestStack, type TestStack } from '@maillage/test-kit';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium, openPage, screenshot, signInAs, type Visit } from './browser';

/**
 * The portal end to end, in a real Chromium, through the real hub: the portal's process, the gateway, the four
 * subgraphs over PostgreSQL and the development OpenID Connect provider. One hub and one browser for the file.
 */
let stack: TestStack;
let browser: Browser;
let portal: string;
const axeFindings: string[] = [];

/** Runs axe-core on the page and fails on any serious or critical violation. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  axeFindings.push(...describeViolations(violations).map((line) => `${screen}: ${line}`));
  expect(describeViolations(violations)).toEqual([]);
}

const open = (path: string, viewport?: { width: number; height: number }) => openPage(browser, portal, path, viewport);
const signIn = (page: Page, account: RegExp) => signInAs(page, portal, account);

async function navLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').allTextContents();
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ portal: true }), launchChromium()]);
  portal = stack.portalUrl!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (axeFindings.length > 0) process.stdout.write(`axe findings:\n${axeFindings.join('\n')}\n`);
}, 60_000);

describe('« Trouver son facilitateur » (public)', () => {
  test('a commune found by name, with suggestions ignoring accents and case, lists its facilitators most specific first', async () => {
    const { context, page, errors } = await open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Trouver son facilitateur des clauses sociales');
    await expectAccessible(page, 'recherche');
    await page.getByLabel('Commune ou code postal').fill('VILLEURBÂ');
    await page.getByRole('option', { name: /Villeurbanne/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/commune\/69266$/);
    await page.getByRole('heading', { level: 2, name: /Villeurbanne/ }).waitFor();
    const badges = await page.locator('.card .badge').allTextContents();
    expect(badges[0]).toMatch(/^Commune/);
    expect(badges.map((badge) => badge.split(' :')[0])).toEqual(
      [...badges.map((badge) => badge.split(' :')[0]!)].sort((a, b) => ['Commune', 'Intercommunalité', 'Département', 'Région'].indexOf(a) - ['Commune', 'Intercommunalité', 'Département', 'Région'].indexOf(b)),
    );
    expect(await page.locator('.card a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.card a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'résultats Villeurbanne');
    await screenshot(page, 'lookup-villeurbanne');
    // The URL is shareable: opened directly, it shows the same commune.
    await page.goto(new URL('/commune/69266', portal).toString());
    await page.getByRole('heading', { level: 2, name: /Villeurbanne/ }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a postal code shows the communes it serves; the page works at 360 px', async () => {
    const { context, page, errors } = await open('/', { width: 360, height: 740 });
    await page.getByLabel('Commune ou code postal').fill('69100');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/code-postal\/69100$/);
    await page.getByRole('heading', { level: 2, name: /Villeurbanne/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'code postal 69100 (360 px)');
    await screenshot(page, 'lookup-69100-mobile');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('bad input gets a French message, never a blank page or a console error', async () => {
    const { context, page, errors } = await open('/');
    const input = page.getByLabel('Commune ou code postal');
    const error = page.locator('.field-error');
    await input.fill('a');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(error.textContent()).resolves.toBe('Saisissez au moins 2 caractères du nom de la commune.');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('6910');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(error.textContent()).resolves.toBe('Un code postal compte 5 chiffres (par exemple 69100).');
    await input.fill('Zzyzxville');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucune commune ne correspond à « Zzyzxville ».').waitFor();
    await expectAccessible(page, 'saisie invalide');
    await screenshot(page, 'lookup-bad-input');
    await page.goto(new URL('/commune/99999', portal).toString());
    await page.getByText('Cette commune est inconnue.', { exact: false }).waitFor();
    await page.goto(new URL('/code-postal/00000', portal).toString());
    await page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: '00000' }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the embeddable variant is bare (no header, navigation or footer) and may be framed', async () => {
    const { context, page, errors } = await open('/integrer/commune/69266', { width: 480, height: 800 });
    await page.getByRole('heading', { level: 2, name: /Villeurbanne/ }).waitFor();
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    const response = await page.request.get(new URL('/integrer/commune/69266', portal).toString());
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    const full = await page.request.get(new URL('/tableau-de-bord', portal).toString());
    expect(full.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expectAccessible(page, 'intégrable');
    await screenshot(page, 'embed-villeurbanne');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('signed in with OpenID Connect', () => {
  let facilitator: Visit;

  beforeAll(async () => {
    facilitator = await open('/tableau-de-bord');
    await facilitator.page.getByText('Connectez-vous pour accéder à cette page.').waitFor();
  });
  afterAll(() => facilitator.context.close());

  test('the facilitator signs in (code + PKCE) and comes back to the dashboard, behind-pace contracts first', async () => {
    const { page, errors } = facilitator;
    await signIn(page, /Facilitatrice/);
    expect(new URL(page.url()).pathname).toBe('/tableau-de-bord');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.locator('.contract-item').first().waitFor();
    expect(await navLinks(page)).toEqual(['Tableau de bord', 'Relevés d’heures', 'Structures', 'Bilans', 'Recensement', 'Trouver son facilitateur']);
    expect(await page.getByRole('progressbar').count()).toBeGreaterThan(0);
    const [hours, , fte] = await page.locator('.totals dd').allTextContents();
    // Full-time equivalents with the graph's divisor (the reports' default, 1,607 h): hours ÷ divisor.
    expect(await page.locator('.legend', { hasText: 'équivalent temps plein' }).textContent()).toBe('Un équivalent temps plein = 1\u202f607 heures.');
    const frenchNumber = (text: string) => Number(text.replace(/[\s\u202f]|h$/g, '').replace(',', '.'));
    expect(frenchNumber(fte!)).toBeCloseTo(frenchNumber(hours!) / 1607, 1);
    await page.locator('canvas').first().waitFor();
    // Tokens are held in memory only.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ/);
    await expectAccessible(page, 'tableau de bord');
    await screenshot(page, 'dashboard-facilitator');
    await page.getByLabel('Référence, objet, entreprise').fill('VIL-014');
    expect(await page.locator('.contract-item').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('the dashboard lists the facilitator’s alerts, counted by kind and explained; a bad tolerance is refused on its field', async () => {
    const { page, errors } = facilitator;
    const section = page.getByRole('region', { name: /^À surveiller au/ });
    await section.getByRole('term').filter({ hasText: 'Marchés en retard' }).waitFor();
    expect(Number(await section.locator('.alert-counts div').filter({ hasText: 'Marchés en retard' }).locator('dd').textContent())).toBeGreaterThan(0);
    const late = section.locator('details').filter({ hasText: 'Marchés en retard' });
    await late.locator('summary').click();
    await late.getByRole('link', { name: /^2026-VEN-011 : 0 h réalisées sur .+ au-delà de votre tolérance de 10 points\.$/ }).waitFor();
    await late.locator('summary').click();
    await section.getByRole('term').filter({ hasText: 'Fins de mise en emploi sans sortie' }).waitFor();
    await section.getByLabel('Tolérance de retard (points)').fill('75');
    await section.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await section.locator('#tolerance-erreur').filter({ hasText: /entre 0 et 50/ }).waitFor();
    expect(await section.getByLabel('Tolérance de retard (points)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'alertes du tableau de bord');
    expect(errors).toEqual([]);
  });

  test('a contract file shows lots, clauses, parties, charts and placements', async () => {
    const { page, errors } = facilitator;
    await page.getByRole('link', { name: /2026-VIL-014/ }).click();
    await page.getByRole('heading', { level: 1, name: /2026-VIL-014/ }).waitFor();
    await page.getByRole('heading', { name: 'Lots et clauses d’insertion' }).waitFor();
    await page.getByRole('figure', { name: 'Heures par mois' }).waitFor();
    await page.getByRole('figure', { name: 'Heures par modalité' }).waitFor();
    await page.getByRole('heading', { name: 'Historique des corrections de relevés' }).waitFor();
    await page.getByRole('heading', { name: 'Diversité des postes' }).waitFor();
    await page.getByRole('row', { name: /F — Construction, bâtiment et travaux publics/ }).waitFor();
    expect(await page.locator('canvas').count()).toBe(2);
    await expectAccessible(page, 'fiche marché');
    await screenshot(page, 'contract-facilitator');
    expect(errors).toEqual([]);
  });

  test('a reload keeps the session (silent renewal from the provider, nothing stored) ', async () => {
    const { page, errors } = facilitator;
    const path = new URL(page.url()).pathname;
    await page.reload();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    await page.getByRole('heading', { level: 1, name: /2026-VIL-014/ }).waitFor();
    expect(errors).toEqual([]);
  });

  test('an unknown contract id is a French « not found » page', async () => {
    const { page, errors } = facilitator;
    await page.evaluate(() => {
      window.history.pushState(null, '', '/marches/00000000-0000-4000-8000-000000000000');
      window.dispatchEvent(new Event('maillage:navigate'));
    });
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.evaluate(() => {
      window.history.pushState(null, '', '/marches/pas-un-identifiant');
      window.dispatchEvent(new Event('maillage:navigate'));
    });
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    expect(await page.content()).not.toMatch(/NOT_FOUND|BAD_USER_INPUT|stack/i);
    expect(errors).toEqual([]);
  });

  test('structures: search, then a structure page', async () => {
    const { page, errors } = facilitator;
    await page.getByRole('link', { name: 'Structures' }).click();
    await page.getByRole('heading', { level: 1, name: /Structures/ }).waitFor();
    await page.locator('.card h3 a').first().waitFor();
    await page.getByLabel('Seulement celles qui peuvent porter des heures de clause').check();
    await page.getByLabel('Département (code)').fill('6');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Un code de département compte 2 ou 3 caractères', { exact: false }).waitFor();
    await page.getByLabel('Département (code)').fill('69');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.locator('.card h3 a').first().waitFor();
    await expectAccessible(page, 'structures');
    await screenshot(page, 'structures');
    await page.locator('.card h3 a').first().click();
    await page.getByRole('heading', { name: 'Identité' }).waitFor();
    await expectAccessible(page, 'structure');
    await screenshot(page, 'structure');
    expect(errors).toEqual([]);
  });

  test('a subgraph down: the page shows what it has and names what is missing, in French', async () => {
    const { page } = facilitator;
    const beneficiaries = stack.services.find((service) => service.name === 'beneficiaries')!;
    beneficiaries.child.kill('SIGTERM');
    await beneficiaries.exited;
    try {
      await page.evaluate(() => {
        window.history.pushState(null, '', '/tableau-de-bord');
        window.dispatchEvent(new Event('maillage:navigate'));
      });
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      await page.getByText('Données incomplètes.').waitFor();
      await page.getByText('les personnes, les mises en emploi et les heures', { exact: false }).first().waitFor();
      expect(await page.locator('.contract-item').count()).toBeGreaterThan(0);
      expect(await page.content()).not.toContain('SUBGRAPH_UNAVAILABLE');
      await expectAccessible(page, 'données partielles');
      await screenshot(page, 'dashboard-partial');
    } finally {
      await stack.restartService('beneficiaries');
    }
  });

  test('a dead session asks to sign in again and returns to the same page', async () => {
    const { page, context, errors } = facilitator;
    // The gateway refuses a token that does not verify (401): here, one whose signature is broken.
    await context.route('**/graphql', (route) => {
      const headers = { ...route.request().headers() };
      if (headers.authorization) headers.authorization = `${headers.authorization}x`;
      return route.continue({ headers });
    });
    await page.evaluate(() => {
      window.history.pushState(null, '', '/structures');
      window.dispatchEvent(new Event('maillage:navigate'));
    });
    await page.getByText('Votre session a expiré', { exact: false }).waitFor();
    await screenshot(page, 'session-expired');
    await context.unroute('**/graphql');
    await page.getByRole('button', { name: 'Se connecter' }).first().click();
    // The provider still knows the person: back on the same page without choosing an account again.
    await page.waitForURL((url) => url.origin === new URL(portal).origin && url.pathname === '/structures');
    await page.locator('.card h3 a').first().waitFor();
    // The browser itself logs the refused request (HTTP 401); the portal logs nothing.
    expect(errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
  });

  test('sign-out ends the session at the provider too', async () => {
    const { page } = facilitator;
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.origin === new URL(portal).origin && url.pathname === '/');
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await page.goto(new URL('/tableau-de-bord', portal).toString());
    await page.getByText('Connectez-vous pour accéder à cette page.').waitFor();
    await page.getByRole('button', { name: 'Se connecter' }).first().click();
    // The provider asks again: its session is gone.
    await page.waitForURL(/\/interaction\//);
  });
});

describe('each demo role lands on its page and sees only its navigation', () => {
  test.each([
    ['buyer', /Acheteur public/, '/tableau-de-bord', ['Tableau de bord', 'Structures', 'Bilans', 'Trouver son facilitateur']],
    ['company', /Entreprise titulaire/, '/accueil', ['Accueil', 'Mes marchés', 'Relevés d’heures', 'Structures', 'Trouver son facilitateur']],
    ['structure', /Structure d’insertion/, '/accueil', ['Accueil', 'Ma structure', 'Relevés d’heures', 'Structures', 'Trouver son facilitateur']],
    ['partner', /Partenaire/, '/structures', ['Structures', 'Trouver son facilitateur']],
    ['admin', /Administratrice/, '/tableau-de-bord', ['Tableau de bord', 'Relevés d’heures', 'Structures', 'Bilans', 'Recensement', 'Trouver son facilitateur']],
  ])('%s', async (role, account, landing, nav) => {
    const { context, page, errors } = await open('/');
    await signIn(page, account);
    expect(new URL(page.url()).pathname).toBe(landing);
    expect(await navLinks(page)).toEqual(nav);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    if (role === 'company') {
      // A company sees the contracts it holds, and nothing else.
      await page.getByRole('navigation').getByRole('link', { name: 'Mes marchés' }).click();
      await page.locator('.contract-item').first().waitFor();
      const buyersOrHolders = await page.locator('.contract-item .muted').first().textContent();
      expect(buyersOrHolders).toContain('Bâtir Rhône');
    }
    await expectAccessible(page, `accueil ${role}`);
    await screenshot(page, `landing-${role}`);
    if (role === 'partner' || role === 'structure') {
      // Absent from the navigation, and refused if typed in.
      await page.evaluate(() => {
        window.history.pushState(null, '', '/tableau-de-bord');
        window.dispatchEvent(new Event('maillage:navigate'));
      });
      await page.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
      await expectAccessible(page, `accès refusé ${role}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
