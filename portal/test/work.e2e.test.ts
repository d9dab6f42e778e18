import { DEMO_VIEWERS } from '@maillage/dev-stack';
import { startTestStack, type TestStack } from '@maillage/test-kit';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchChromium, openPage, screenshot, signInAs, type Visit } from './browser';

/**
 * Daily work in the portal, in a real Chromium through the real hub (portal, gateway, the four subgraphs over
 * PostgreSQL, the development OpenID Connect provider). One hub and one browser for the file.
 */
let stack: TestStack;
let browser: Browser;
let portal: string;

/** The demo contract « 2026-VIL-014 » and a month after the demo statements (they stop in 2026-10). */
const CONTRACT = '5c0e1d2a-0000-4000-8000-000000000001';
const MONTH = '2026-11';
const FACILITATOR = DEMO_VIEWERS.find((viewer) => viewer.role === 'facilitator')!;
const COMPANY = DEMO_VIEWERS.find((viewer) => viewer.role === 'company')!;
const STRUCTURE = DEMO_VIEWERS.find((viewer) => viewer.role === 'structure')!;

async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

const open = (path: string) => openPage(browser, portal, path, undefined, 20_000);
const signIn = (page: Page, account: RegExp) => signInAs(page, portal, account);

/** Every version of every statement of the month on the contract, read through the gateway (not the page). */
async function statementsOfMonth(): Promise<{ placementId: string; versions: number[] }[]> {
  const response = await stack.query<{ placements: { nodes: { id: string; statements: { month: string; history: { version: number }[] }[] }[] } }>(
    `query ($contractId: ID!) { placements(filter: { contractId: $contractId }, first: 100) { nodes { id statements { month history { version } } } } }`,
    { contractId: CONTRACT },
    { viewer: FACILITATOR },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.placements.nodes.flatMap((placement) =>
    placement.statements.filter((statement) => statement.month === MONTH).map((statement) => ({ placementId: placement.id, versions: statement.history.map((v) => v.version) })),
  );
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ portal: true }), launchChromium()]);
  portal = stack.portalUrl!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 60_000);

describe('« Heures du mois » (facilitator)', () => {
  let visit: Visit;
  const rows = () => visit.page.locator('table.hours-grid tbody tr');
  const hoursOf = (row: number) => rows().nth(row).getByLabel(/^Heures travaillées de/);

  beforeAll(async () => {
    visit = await open(`/marches/${CONTRACT}/heures?mois=${MONTH}`);
    await signIn(visit.page, /Facilitatrice/);
  }, 60_000);
  afterAll(() => visit?.context.close());

  test('the grid lists the placements active in the month, one row each, accessible', async () => {
    const { page } = visit;
    await page.getByRole('heading', { level: 1, name: /Heures de nov\. 2026/ }).waitFor();
    await page.getByText('2026-VIL-014', { exact: false }).first().waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBeGreaterThanOrEqual(2);
    expect(await rows().getByText('À déclarer').count()).toBe(await rows().count());
    await expectAccessible(page);
    await screenshot(page, 'hours-grid');
  });

  test('a value the server refuses is explained in French on the field itself, and focused', async () => {
    const { page } = visit;
    await hoursOf(0).fill('400');
    await page.getByRole('button', { name: 'Enregistrer les heures' }).click();
    const error = rows().nth(0).locator('.field-error');
    await expect(error.textContent()).resolves.toMatch(/^Dépasse le maximum légal de [\d,]+ h pour 2026-11/);
    expect(await hoursOf(0).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await hoursOf(0).getAttribute('id'));
    await page.getByRole('alert').filter({ hasText: '1 ligne refusée' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'hours-field-error');
    expect(await statementsOfMonth()).toEqual([]);
  });

  test('leaving with unsaved changes asks first; staying keeps what was typed', async () => {
    const { page } = visit;
    const question = page.waitForEvent('dialog').then(async (dialog) => {
      const message = dialog.message();
      await dialog.dismiss();
      return message;
    });
    await page.getByRole('link', { name: '← Retour au marché' }).click();
    await expect(question).resolves.toBe('Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?');
    expect(new URL(page.url()).pathname).toBe(`/marches/${CONTRACT}/heures`);
    expect(await hoursOf(0).inputValue()).toBe('400');
  });

  test('a save sent while the gateway is stopped is retried after its restart, keyboard only, and declared once', async () => {
    const { page } = visit;
    await hoursOf(0).fill('120,5');
    await hoursOf(1).fill('80');
    await rows().nth(1).getByLabel(/^Heures de formation de/).fill('7');
    const gateway = stack.services.find((service) => service.name === 'gateway')!;
    gateway.child.kill('SIGTERM');
    await gateway.exited;
    // Enter in a field submits the form.
    await hoursOf(1).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Le service ne répond pas' }).waitFor();
    expect(await hoursOf(0).inputValue()).toBe('120,5');
    await screenshot(page, 'hours-retry');
    await stack.restartService('gateway');
    await page.getByRole('button', { name: 'Réessayer l’enregistrement' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '2 relevés enregistrés.' }).waitFor();
    await rows().nth(1).getByText('Déclaré, version 1').waitFor();
    const declared = await statementsOfMonth();
    expect(declared.map((statement) => statement.versions)).toEqual([[1], [1]]);
  });

  test('a save whose answer was lost is sent again with the same key: the server replays it, nothing twice', async () => {
    const { page, context } = visit;
    const remaining = await rows().filter({ hasText: 'À déclarer' }).count();
    expect(remaining).toBeGreaterThan(0);
    const row = rows().filter({ hasText: 'À déclarer' }).first();
    await row.getByLabel(/^Heures travaillées de/).fill('35');
    let lost = 0;
    await context.route('**/graphql', async (route) => {
      if (lost === 0 && route.request().postData()?.includes('declareHoursBatch')) {
        lost += 1;
        await route.fetch(); // the server receives and records it…
        await route.abort('connectionreset'); // …but the answer never reaches the page
        return;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await page.getByRole('alert').filter({ hasText: 'Le service ne répond pas' }).waitFor();
    await context.unroute('**/graphql');
    await page.getByRole('button', { name: 'Réessayer l’enregistrement' }).click();
    await page.getByRole('status').filter({ hasText: 'rien n’a été déclaré deux fois' }).waitFor();
    expect(lost).toBe(1);
    expect((await statementsOfMonth()).map((statement) => statement.versions)).toEqual([[1], [1], [1]]);
  });

  test('a declared month is corrected with a reason; the history shows both versions', async () => {
    const { page, errors } = visit;
    const row = rows().nth(0);
    await row.getByRole('button', { name: /^Corriger/ }).click();
    await row.getByLabel(/^Heures travaillées de/).fill('118');
    await page.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await expect(row.locator('.field-error').textContent()).resolves.toBe('Le motif compte de 3 à 500 caractères.');
    expect(await row.getByLabel(/^Motif de la correction/).getAttribute('aria-invalid')).toBe('true');
    await row.getByLabel(/^Motif de la correction/).fill('Une journée comptée deux fois');
    await page.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await page.getByRole('status').filter({ hasText: '1 relevé enregistré.' }).waitFor();
    await row.getByText('Déclaré, version 2').waitFor();
    await row.getByText('Historique (2 versions)').click();
    await row.getByText('motif : Une journée comptée deux fois', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'hours-corrected');
    const corrected = (await statementsOfMonth()).find((statement) => statement.versions.length === 2);
    expect(corrected?.versions).toEqual([1, 2]);
    // The browser logs the failed requests of the stopped gateway and of the lost answer; the portal nothing else.
    expect(errors.filter((error) => !/Failed to load resource|ERR_CONNECTION|status of 50\d/.test(error))).toEqual([]);
  });

  test('with the people subgraph down, the grid is disabled and says why; the contract still shows', async () => {
    const { page } = visit;
    const beneficiaries = stack.services.find((service) => service.name === 'beneficiaries')!;
    beneficiaries.child.kill('SIGTERM');
    await beneficiaries.exited;
    try {
      await page.reload();
      await page.getByText('Saisie des heures indisponible.').waitFor();
      await page.getByText('2026-VIL-014', { exact: false }).first().waitFor();
      expect(await page.locator('table.hours-grid').count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'hours-unavailable');
    } finally {
      await stack.restartService('beneficiaries');
    }
  });
});

describe('« Nouveau marché » and « Gérer le marché » (facilitator)', () => {
  let visit: Visit;
  const FORMULA = { amount: '1000000', labourShare: '0.4', insertionRate: '0.05', hourlyCost: '24' };

  beforeAll(async () => {
    visit = await open('/marches/nouveau');
    await signIn(visit.page, /Facilitatrice/);
  }, 60_000);
  afterAll(() => visit?.context.close());

  test('the calculator answers as the inputs change, with the server’s hours; an override needs its reason', async () => {
    const { page } = visit;
    await page.getByRole('heading', { level: 1, name: 'Nouveau marché' }).waitFor();
    await page.getByLabel('Référence').fill('2026-E2E-001');
    await page.getByLabel('Objet du marché').fill('Extension de la médiathèque');
    await page.getByLabel('Début d’exécution').fill('2026-09-01');
    await page.getByLabel('Fin d’exécution').fill('2027-12-31');
    await page.getByLabel('Intitulé du lot').fill('Gros œuvre');
    await page.getByLabel('Montant HT (€)').fill('1 000 000');
    await page.getByLabel('Part de main-d’œuvre (%)').fill('40');
    await page.getByLabel('Taux d’insertion (%)').fill('5');
    const calculator = page.locator('output.calculator');
    await expect(calculator.textContent()).resolves.toMatch(/^Objectif calculé : renseignez/);
    await page.getByLabel('Coût horaire (€)').fill('24');
    const server = await stack.query<{ insertionHoursEstimate: { hours: string } }>(
      'query ($input: HoursFormulaInput!) { insertionHoursEstimate(input: $input) { hours } }',
      { input: FORMULA },
      { viewer: FACILITATOR },
    );
    const hours = Number(server.body.data!.insertionHoursEstimate.hours);
    expect(hours).toBe(833);
    await calculator.getByText(`${new Intl.NumberFormat('fr-FR').format(hours)} h`, { exact: true }).waitFor();
    // A new input, a new answer.
    await page.getByLabel('Taux d’insertion (%)').fill('10');
    await calculator.getByText('1 667 h', { exact: true }).waitFor();
    await page.getByLabel('Taux d’insertion (%)').fill('5');
    await calculator.getByText('833 h', { exact: true }).waitFor();
    await page.getByLabel('Forcer l’objectif d’heures (avec sa justification)').check();
    await page.getByLabel('Objectif forcé (heures)').fill('900');
    await page.getByRole('button', { name: 'Créer le marché' }).click();
    const justification = page.getByLabel('Justification du forçage');
    await page.locator('#lot-0-manualJustification-erreur').getByText('Un objectif forcé demande sa justification.').waitFor();
    expect(await justification.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'contract-new');
  });

  test('the contract is created with the calculator’s hours', async () => {
    const { page } = visit;
    await page.getByLabel('Forcer l’objectif d’heures (avec sa justification)').uncheck();
    await page.getByRole('button', { name: 'Créer le marché' }).click();
    await page.getByRole('heading', { level: 1, name: /Gérer le marché 2026-E2E-001/ }).waitFor();
    await page.getByText('Marché créé au statut « Brouillon ».').waitFor();
    await page.getByText('Lot 1 — Gros œuvre : 833 h (formule)').waitFor();
    await page.getByText('Objectif du marché : 833 h').waitFor();
  });

  test('only the transitions the server allows are offered', async () => {
    const { page } = visit;
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const allowed = await stack.query<{ contract: { allowedTransitions: string[] } }>('query ($id: ID!) { contract(id: $id) { allowedTransitions } }', { id }, { viewer: FACILITATOR });
    const buttons = await page.getByRole('region', { name: /^Statut/ }).getByRole('button').allTextContents();
    expect(buttons).toHaveLength(allowed.body.data!.contract.allowedTransitions.length);
    expect(buttons).toContain('Publier la consultation');
    expect(buttons).not.toContain('Démarrer l’exécution');
    await page.getByRole('button', { name: 'Publier la consultation' }).click();
    await page.getByRole('heading', { name: 'Statut : Publié' }).waitFor();
    await page.getByRole('button', { name: 'Déclarer le marché attribué' }).click();
    await page.getByRole('heading', { name: 'Statut : Attribué' }).waitFor();
  });

  test('a party added by SIRET: a key error shows on the field as typed; an unknown company is created on the way', async () => {
    const { page, errors } = visit;
    const siret = page.getByLabel('SIRET', { exact: true });
    await siret.fill('39812340600018');
    await page.locator('#siret-erreur').getByText('Ce SIRET n’existe pas : sa clé de contrôle ne correspond pas. Vérifiez les 14 chiffres.').waitFor();
    expect(await siret.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'contract-party-siret-error');
    await siret.fill('51234567800019');
    await page.getByText('Entreprise inconnue : indiquez sa raison sociale, elle sera créée.').waitFor();
    await page.getByLabel('Raison sociale').fill('Menuiseries du Rhône');
    await page.getByRole('button', { name: 'Créer l’entreprise et l’ajouter' }).click();
    await page.getByText('Entreprise ajoutée au marché.').waitFor();
    await page.locator('.party-list').getByText('Menuiseries du Rhône — Titulaire, marché entier').waitFor();
    // A known company is found by its SIRET, with its insertion structure when it has one.
    await siret.fill('39812340600017');
    await page.getByText(/^Entreprise connue : /).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contract-manage');
    expect(errors).toEqual([]);
  });

  test('« Dispositifs sociaux » of a lot: the kind first, then only its fields; a refusal on its field in French; a device removed', async () => {
    const { page, errors } = visit;
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const section = page.getByRole('region', { name: 'Dispositifs sociaux' });
    // The clause the contract was created with is the lot's execution condition.
    await section.getByText('Condition d’exécution (art. L2112-2 CCP) : 833 h').waitFor();
    const kind = section.getByLabel('Nature du dispositif');
    expect(await kind.locator('option').allTextContents()).not.toContain('Condition d’exécution (art. L2112-2 CCP)');
    await kind.selectOption('AWARD_CRITERION');
    expect(await section.getByLabel('Objectif d’heures d’insertion').count()).toBe(0);
    const weight = section.getByLabel('Pondération (% de la note)');
    await weight.fill('100');
    await section.getByRole('button', { name: 'Ajouter le dispositif' }).click();
    await page.locator('#lot-1-device-weightPercent-erreur').getByText(/^La pondération doit être supérieure à 0 et inférieure à 100 %/).waitFor();
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await weight.fill('15');
    await section.getByLabel('Sous-critères').fill('Heures d’insertion proposées');
    await section.getByRole('button', { name: 'Ajouter le dispositif' }).click();
    await section.getByText('Critère d’attribution (art. L2152-7 CCP) : 15 % de la note — Heures d’insertion proposées').waitFor();
    // A reservation has no field of its own: a reserved lot owes no hours.
    await kind.selectOption('RESERVED_SIAE');
    expect(await section.getByLabel('Pondération (% de la note)').count()).toBe(0);
    await section.getByText(/^Un lot réservé n’a pas d’objectif d’heures/).waitFor();
    await section.getByRole('button', { name: 'Ajouter le dispositif' }).click();
    await section.getByText('Lot réservé aux SIAE (art. L2113-13 CCP) : sans objectif d’heures').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contract-social-devices');

    const confirm = page.waitForEvent('dialog').then((dialog) => dialog.accept());
    await section.getByRole('button', { name: 'Retirer Critère d’attribution (art. L2152-7 CCP) du lot 1' }).click();
    await confirm;
    await section.getByText('Dispositif retiré du lot 1 : Critère d’attribution (art. L2152-7 CCP).').waitFor();
    // What the server holds, through the gateway.
    const devices = await stack.query<{ contract: { hoursTarget: string; lots: { socialDevices: { kind: string; hoursTarget: string | null }[] }[] } }>(
      'query ($id: ID!) { contract(id: $id) { hoursTarget lots { socialDevices { kind hoursTarget } } } }', { id }, { viewer: FACILITATOR });
    expect(devices.body.data!.contract).toEqual({
      hoursTarget: '833.00',
      lots: [{ socialDevices: [{ kind: 'EXECUTION_CONDITION', hoursTarget: '833.00' }, { kind: 'RESERVED_SIAE', hoursTarget: null }] }],
    });
    expect(errors).toEqual([]);
  });
});

describe('a person’s trainings, from the training organisation’s subgraph (a partner’s)', () => {
  test('the facilitator of the territory sees the demo person’s training and the hours the organisation attested', async () => {
    const visit = await open('/personnes/b1e2f3a4-0000-4000-8000-000000000001');
    try {
      await signIn(visit.page, /Facilitatrice/);
      const section = visit.page.getByRole('region', { name: 'Formations' });
      await section.getByText('Maçon — titre professionnel (démo)').waitFor();
      expect(await section.textContent()).toMatch(/217 h attestées/);
      await expectAccessible(visit.page);
      await screenshot(visit.page, 'person-trainings');
    } finally {
      await visit.context.close();
    }
  }, 60_000);
});

describe('« Nouvelle personne » and her file (facilitator)', () => {
  let visit: Visit;

  beforeAll(async () => {
    visit = await open('/personnes/nouvelle');
    await signIn(visit.page, /Facilitatrice/);
  }, 60_000);
  afterAll(() => visit?.context.close());

  test('a person is created; a server refusal lands on its field', async () => {
    const { page } = visit;
    await page.getByRole('heading', { level: 1, name: 'Nouvelle personne' }).waitFor();
    await page.getByLabel('Prénom').fill('Amina');
    await page.getByLabel('Nom', { exact: true }).fill('Essai');
    await page.getByLabel('Date de naissance').fill('1990-05-12');
    await page.getByLabel('Commune de résidence (code INSEE)').fill('6926');
    await page.getByLabel('Date du consentement').fill('2026-11-02');
    await page.getByLabel('Début du parcours').fill('2026-11-02');
    await page.getByRole('button', { name: 'Enregistrer la personne' }).click();
    await page.locator('#residenceCommuneCode-erreur').waitFor();
    expect(await page.getByLabel('Commune de résidence (code INSEE)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'person-new');
    await page.getByLabel('Commune de résidence (code INSEE)').fill('69266');
    await page.getByRole('button', { name: 'Enregistrer la personne' }).click();
    await page.getByRole('heading', { level: 1, name: /Amina Essai/ }).waitFor();
  });

  test('a criterion with its proof, validated for a date, makes her eligible on that date', async () => {
    const { page } = visit;
    await page.getByLabel('À la date du').fill('2026-12-01');
    await page.getByText('Non éligible le 1 décembre 2026', { exact: false }).waitFor();
    await page.getByLabel('Critère', { exact: true }).selectOption({ value: 'RSA' });
    await page.getByLabel('Date du justificatif').fill('2026-11-20');
    await page.getByRole('button', { name: 'Ajouter le critère' }).click();
    await page.getByText('Critère enregistré : validez-le pour une date.').waitFor();
    await page.getByLabel(/^Valider « .+ » pour le$/).fill('2026-12-01');
    await page.getByRole('button', { name: /^Valider/ }).click();
    // The notice (« Critère validé pour le … ») comes with the mutation's answer, the badge with the refetched file:
    // each is waited for on its own, so that the test neither passes on the notice alone nor races between them.
    await page.getByRole('status').getByText('Critère validé pour le 1 décembre 2026.', { exact: true }).waitFor();
    await page.locator('.badge').getByText('Validé pour le 1 décembre 2026', { exact: true }).waitFor();
    await page.getByText(/^Éligible le 1 décembre 2026/).waitFor();
    await expectAccessible(page);
  });

  test('she is placed on the new contract, in a ROME job, from a date she is eligible on; before it, or with an unknown job code, the server refuses on the field', async () => {
    const { page } = visit;
    await page.getByLabel('Marché (attribué ou en exécution)').selectOption({ label: '2026-E2E-001 — Extension de la médiathèque' });
    await page.getByLabel('SIRET de l’employeur').fill('51234567800019');
    await page.getByLabel('Début', { exact: true }).fill('2026-11-10');
    await page.getByRole('button', { name: 'Ouvrir la mise en emploi' }).click();
    await page.locator('#startDate-erreur').getByText(/^La personne n’est pas éligible le 2026-11-10/).waitFor();
    expect(await page.getByLabel('Début', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'person-placement-refused');
    await page.getByLabel('Début', { exact: true }).fill('2026-12-01');
    await page.getByLabel('Métier (code ROME, facultatif)').fill('Z9999');
    await page.getByRole('button', { name: 'Ouvrir la mise en emploi' }).click();
    await page.locator('#romeCode-erreur').getByText(/n’est pas un code ROME/).waitFor();
    expect(await page.getByLabel('Métier (code ROME, facultatif)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Métier (code ROME, facultatif)').fill('F1703');
    await page.getByRole('button', { name: 'Ouvrir la mise en emploi' }).click();
    await page.getByText('Mise en emploi ouverte.').waitFor();
    await page.getByText(/Embauche directe, depuis le 1 décembre 2026$/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'person-file');
  });

  test('her data is exported, then erased after a confirmation that says what is kept', async () => {
    const { page, errors } = visit;
    await page.getByRole('button', { name: 'Exporter ses données (JSON)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger l’export' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('Essai');
    await page.getByRole('button', { name: 'Effacer ses données…' }).click();
    const dialog = page.getByRole('dialog', { name: /Effacer les données de Amina Essai/ });
    await dialog.getByText('les heures déclarées et les mises en emploi, sans identité', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'person-erase-confirm');
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
    await page.getByRole('heading', { level: 1, name: /Personne effacée/ }).waitFor();
    expect(await page.content()).not.toContain('Essai');
    expect(errors).toEqual([]);
  });
});

describe('« Recensement » and « Structures à solliciter » (facilitator)', () => {
  let visit: Visit;

  beforeAll(async () => {
    visit = await open('/recensement');
    await signIn(visit.page, /Facilitatrice/);
  }, 60_000);
  afterAll(() => visit?.context.close());

  test('the census lists the seeded purchases; a bad CPV code is refused on its field, the assessment follows the inputs, the purchase is recorded', async () => {
    const { page } = visit;
    await page.getByRole('heading', { level: 1, name: 'Recensement des achats' }).waitFor();
    await page.getByRole('row', { name: /Rénovation de la toiture du collège de Tarare/ }).getByText('900 h').waitFor();
    await page.getByLabel('Acheteur', { exact: true }).selectOption({ label: 'Département du Rhône' });
    await page.getByLabel('Objet').fill('Réfection du préau du collège de Givors');
    await page.getByLabel('Code CPV').fill('45261000-5');
    await page.getByLabel('Montant estimé HT (€)').fill('600 000');
    await page.getByLabel('Lancement prévu de la consultation').fill('2026-12-01');
    await page.getByTestId('evaluation').getByText(/Évaluation impossible : .*chiffre de contrôle/).waitFor();
    await page.getByRole('button', { name: 'Recenser l’achat' }).click();
    await page.locator('#cpvCode-erreur').getByText(/attendu : 45261000-4/).waitFor();
    expect(await page.getByLabel('Code CPV').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Code CPV').fill('45261000-4');
    // 600 000 € × 50 % × 5 % ÷ 30 €/h = 500 h, works below the European threshold.
    await page.getByTestId('evaluation').getByText(/500 h.*Travaux.*En dessous du seuil européen/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'census');
    await page.getByRole('button', { name: 'Recenser l’achat' }).click();
    await page.getByText('Achat recensé : Réfection du préau du collège de Givors.').waitFor();
    await page.getByRole('row', { name: /Réfection du préau du collège de Givors/ }).waitFor();
  });

  test('« Transformer en marché » makes the purchase a contract and opens its file', async () => {
    const { page } = visit;
    const row = page.getByRole('row', { name: /Rénovation de la toiture du collège de Tarare/ });
    await row.getByRole('button', { name: 'Transformer en marché' }).click();
    await row.getByLabel('Référence du marché').fill('2026-DEP-E2E');
    await row.getByRole('button', { name: 'Créer le marché' }).click();
    await page.getByRole('heading', { level: 1, name: /Marché 2026-DEP-E2E — Rénovation de la toiture du collège de Tarare/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Structures à solliciter' }).waitFor();
  });

  test('a building contract in Rhône lists ranked structures with their reasons; « Mise en relation » is recorded', async () => {
    const { page, errors } = visit;
    await page.goto(new URL(`/marches/${CONTRACT}`, portal).toString());
    const list = page.getByTestId('structures-a-solliciter');
    await list.getByText(/^Rang 1 · score \d+/).waitFor();
    const first = list.getByRole('listitem').first();
    await first.getByText(/^Secteur Bâtiment.*division CPV 45/).waitFor();
    await first.getByText(/déjà travaillé avec le titulaire/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contract-structures-to-contact');
    await first.getByRole('button', { name: /^Mise en relation avec / }).click();
    await first.getByText(/^Mise en relation enregistrée le /).waitFor();
    expect(errors).toEqual([]);
  });
});

const BATIR = '39812340600017';
/** The demo contract « 2026-VEN-011 », where the tests below make Bâtir Rhône a subcontractor: its second contract. */
const SECOND_CONTRACT = '5c0e1d2a-0000-4000-8000-000000000009';
const longDate = (iso: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
/** A day relative to today (the server refuses outcomes in the future, so these dates follow the clock). */
function daysAgo(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
/** What a person types in a French date field: dd, mm, yyyy. */
const typed = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/** Runs an operation as a demo account (the facilitator unless told) and returns its data (failing on any error). */
async function asFacilitator<T>(query: string, variables: Record<string, unknown> = {}, viewer = FACILITATOR): Promise<T> {
  const response = await stack.query<T>(query, variables, { viewer });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

async function createPerson(firstName: string, lastName: string, pathStartedOn: string): Promise<{ id: string; pathId: string }> {
  const data = await asFacilitator<{ createBeneficiary: { id: string; paths: { id: string }[] } }>(
    'mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id paths { id } } }',
    { input: { firstName, lastName, birthDate: '1988-04-03', residenceCommuneCode: '69266', consentDate: pathStartedOn, pathStartedOn } },
  );
  return { id: data.createBeneficiary.id, pathId: data.createBeneficiary.paths[0]!.id };
}

describe('« Parcours et sorties » on a person’s file (facilitator)', () => {
  let visit: Visit;
  let person: { id: string; pathId: string };
  const started = daysAgo(300);
  const ended = daysAgo(250);
  const section = () => visit.page.getByRole('region', { name: 'Parcours et sorties' });

  beforeAll(async () => {
    person = await createPerson('Lina', 'Parcours', started);
    visit = await open(`/personnes/${person.id}`);
    await signIn(visit.page, /Facilitatrice/);
  }, 60_000);
  afterAll(() => visit?.context.close());

  test('a path is closed on its last day; a day before its start is refused on the field, in French', async () => {
    const { page } = visit;
    await section().getByRole('heading', { name: `Parcours en cours, du ${longDate(started)}` }).waitFor();
    const last = section().getByLabel('Dernier jour du parcours');
    await last.fill(daysAgo(301));
    await section().getByRole('button', { name: 'Terminer le parcours' }).click();
    await page.locator(`#endedOn-${person.pathId}-erreur`).getByText('La fin du parcours ne peut pas précéder son début.').waitFor();
    expect(await last.getAttribute('aria-invalid')).toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`endedOn-${person.pathId}`);
    await last.fill(ended);
    await section().getByRole('button', { name: 'Terminer le parcours' }).click();
    await section().getByRole('heading', { name: `Parcours terminé, du ${longDate(started)} au ${longDate(ended)}` }).waitFor();
    await expectAccessible(page);
  });

  test('the outcome at exit is recorded in the categories and details the server defines', async () => {
    const { page } = visit;
    const { outcomeCategories } = await asFacilitator<{ outcomeCategories: { category: string; label: string; details: { label: string }[] }[] }>(
      '{ outcomeCategories { category label details { label } } }',
    );
    const atExit = page.getByRole('group', { name: 'Sortie à la fin du parcours' });
    const category = atExit.getByLabel('Catégorie');
    expect(await category.locator('option').allTextContents()).toEqual(['Choisir une catégorie', ...outcomeCategories.map((entry) => entry.label)]);
    await category.selectOption({ label: 'Emploi durable' });
    const durable = outcomeCategories.find((entry) => entry.category === 'DURABLE_EMPLOYMENT')!;
    expect(await atExit.getByLabel('Détail').locator('option').allTextContents()).toEqual(['Non précisé', ...durable.details.map((detail) => detail.label)]);
    await atExit.getByLabel('Détail').selectOption({ label: 'CDI' });
    await atExit.getByLabel('Observée le').fill(ended);
    await atExit.getByRole('button', { name: 'Enregistrer la sortie' }).click();
    await section().getByText(`Sortie à la fin du parcours : Emploi durable — CDI, observée le ${longDate(ended)}.`).waitFor();
    expect(await page.getByRole('group', { name: 'Sortie à la fin du parcours' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'person-outcome');
  });

  test('keyboard only: the six-month outcome, typed as dd/mm/yyyy and sent with Enter; too early is refused on its date', async () => {
    const { page } = visit;
    const later = page.getByRole('group', { name: 'Sortie six mois après la fin' });
    const observed = later.getByLabel('Observée le');
    await later.getByLabel('Catégorie').focus();
    await page.keyboard.type('Rech'); // a closed select follows what is typed
    expect(await later.getByLabel('Catégorie').inputValue()).toBe('JOB_SEEKING');
    expect(await later.getByLabel('Détail').count()).toBe(0); // this category takes no detail
    await page.keyboard.press('Tab');
    await expect(observed.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(typed(daysAgo(230)));
    // The field reads day, month, year: what was typed is the date meant.
    expect(await observed.inputValue()).toBe(daysAgo(230));
    await page.keyboard.press('Enter');
    await page.locator(`#observedOn-${person.pathId}-SIX_MONTHS-erreur`).getByText('La sortie à six mois s’observe six mois au moins après la fin du parcours.').waitFor();
    await expect(observed.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Back to the day (← moves between day, month and year), then the date again.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(typed(daysAgo(1)));
    expect(await observed.inputValue()).toBe(daysAgo(1));
    await page.keyboard.press('Enter');
    await section().getByText(`Sortie six mois après la fin : Recherche d’emploi, observée le ${longDate(daysAgo(1))}.`).waitFor();
    await screenshot(page, 'person-outcomes');
  });

  test('a new path: leaving with its date typed asks first; then it opens, and the graph holds both paths and their outcomes', async () => {
    const { page } = visit;
    const start = section().getByLabel('Début du nouveau parcours');
    await start.fill(daysAgo(0));
    const question = page.waitForEvent('dialog').then(async (dialog) => {
      const message = dialog.message();
      await dialog.dismiss();
      return message;
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
    await expect(question).resolves.toBe('Des modifications ne sont pas enregistrées. Quitter la page sans les enregistrer ?');
    expect(new URL(page.url()).pathname).toBe(`/personnes/${person.id}`);
    expect(await start.inputValue()).toBe(daysAgo(0));
    await section().getByRole('button', { name: 'Ouvrir le parcours' }).click();
    await section().getByRole('heading', { name: `Parcours en cours, du ${longDate(daysAgo(0))}` }).waitFor();
    await expectAccessible(page);
    const { beneficiary } = await asFacilitator<{ beneficiary: { paths: { status: string; outcomes: { kind: string; category: string; detail: string | null }[] }[] } }>(
      'query ($id: ID!) { beneficiary(id: $id) { paths { status outcomes { kind category detail } } } }',
      { id: person.id },
    );
    expect(beneficiary.paths).toEqual([
      { status: 'CLOSED', outcomes: [{ kind: 'AT_EXIT', category: 'DURABLE_EMPLOYMENT', detail: 'CDI' }, { kind: 'SIX_MONTHS', category: 'JOB_SEEKING', detail: null }] },
      { status: 'OPEN', outcomes: [] },
    ]);
    // Nothing typed any more: leaving asks nothing.
    await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
    await page.waitForURL(/\/tableau-de-bord$/);
    expect(visit.errors).toEqual([]);
  });
});

describe('a company’s home and its hours across its contracts (demo company Bâtir Rhône)', () => {
  let visit: Visit;
  let hired: { id: string; pathId: string };
  let placementId: string;
  let secondReference: string;
  const hiredOn = daysAgo(100);
  const rows = () => visit.page.locator('table.hours-grid tbody tr');
  const row = () => rows().filter({ hasText: 'Nora Vidal' });

  /** The versions of the month's statement of the placement made below, read through the gateway. */
  async function versionsOfMonth(): Promise<number[][]> {
    const { placement } = await asFacilitator<{ placement: { statements: { month: string; history: { version: number }[] }[] } }>(
      'query ($id: ID!) { placement(id: $id) { statements { month history { version } } } }',
      { id: placementId },
    );
    return placement.statements.filter((statement) => statement.month === MONTH).map((statement) => statement.history.map((version) => version.version));
  }

  beforeAll(async () => {
    // A person hired by Bâtir Rhône on its second contract, eligible at hiring on a proof that has expired since (RSA: 90 days).
    hired = await createPerson('Nora', 'Vidal', hiredOn);
    const added = await asFacilitator<{ addCriterion: { id: string } }>('mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id } }', {
      input: { beneficiaryId: hired.id, criterionCode: 'RSA', proofDate: hiredOn },
    });
    await asFacilitator('mutation ($id: ID!, $on: LocalDate!) { validateCriterion(id: $id, validFor: $on) { id } }', { id: added.addCriterion.id, on: hiredOn });
    const { contract } = await asFacilitator<{ contract: { reference: string } }>('query ($id: ID!) { contract(id: $id) { reference } }', { id: SECOND_CONTRACT });
    secondReference = contract.reference;
    await asFacilitator('mutation ($input: AddContractPartyInput!) { addContractParty(input: $input) { id } }', {
      input: { contractId: SECOND_CONTRACT, siret: BATIR, role: 'SUBCONTRACTOR' },
    });
    const opened = await asFacilitator<{ openPlacement: { id: string } }>('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', {
      input: { beneficiaryId: hired.id, contractId: SECOND_CONTRACT, employerSiret: BATIR, modality: 'DIRECT_HIRE', employmentContractType: 'CDD', startDate: hiredOn },
    });
    placementId = opened.openPlacement.id;
    visit = await open('/');
    await signIn(visit.page, /Entreprise titulaire/);
  }, 90_000);
  afterAll(() => visit?.context.close());

  test('after sign-in the company lands on its home: its placements on all its contracts, and the month to declare', async () => {
    const { page } = visit;
    expect(new URL(page.url()).pathname).toBe('/accueil');
    await page.getByRole('heading', { level: 1, name: /Accueil/ }).waitFor();
    const placements = page.getByRole('region', { name: /Mes mises en emploi en cours/ });
    await placements.getByText('Nora Vidal').waitFor();
    const { active } = await asFacilitator<{ active: { totalCount: number } }>(
      'query ($siret: String!, $on: LocalDate!) { active: placements(filter: { employerSiret: $siret, activeOn: $on }, first: 1) { totalCount } }',
      { siret: BATIR, on: daysAgo(0) },
      COMPANY,
    );
    expect(await placements.getByRole('heading').textContent()).toBe(`Mes mises en emploi en cours (${active.totalCount})`);
    expect(await placements.getByRole('listitem').count()).toBe(active.totalCount);
    expect(await placements.getByRole('listitem').filter({ hasText: 'Nora Vidal' }).textContent()).toContain(secondReference);
    await expectAccessible(page);
    await screenshot(page, 'home-company');
  });

  test('its grid lists its placements of the month on all its contracts, each row naming its contract', async () => {
    const { page } = visit;
    await page.getByRole('link', { name: /^Déclarer les heures de / }).click();
    await page.waitForURL(new RegExp(`/entreprises/${BATIR}/heures\\?mois=`));
    await page.getByLabel('Mois', { exact: true }).fill(MONTH);
    await page.getByRole('heading', { level: 1, name: /Heures de nov\. 2026/ }).waitFor();
    await row().waitFor();
    const { placements } = await asFacilitator<{ placements: { nodes: { startDate: string; endDate: string | null; contract: { id: string } }[] } }>(
      'query ($siret: String!) { placements(filter: { employerSiret: $siret }, first: 100) { nodes { startDate endDate contract { id } } } }',
      { siret: BATIR },
      COMPANY,
    );
    const active = placements.nodes.filter((p) => p.startDate.slice(0, 7) <= MONTH && (!p.endDate || p.endDate.slice(0, 7) >= MONTH));
    expect(await rows().count()).toBe(active.length);
    expect(await row().textContent()).toContain(`Marché ${secondReference}`);
    expect(await rows().filter({ hasText: 'Marché 2026-VIL-014' }).count()).toBe(active.filter((p) => p.contract.id === CONTRACT).length);
    expect(await rows().filter({ hasText: `Marché ${secondReference}` }).count()).toBe(active.filter((p) => p.contract.id === SECOND_CONTRACT).length);
    expect(await row().getByText('À déclarer').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'company-hours');
  });

  test('a save in flight when the gateway stops — recorded, its answer lost — is retried after the restart and declared once', async () => {
    const { page, context } = visit;
    await row().getByLabel(/^Heures travaillées de/).fill('98,5');
    let lost = 0;
    await context.route('**/graphql', async (route) => {
      if (lost === 0 && route.request().postData()?.includes('declareHoursBatch')) {
        lost += 1;
        await route.fetch(); // the gateway receives and records it…
        const gateway = stack.services.find((service) => service.name === 'gateway')!;
        gateway.child.kill('SIGTERM'); // …then stops before the page hears back
        await gateway.exited;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await row().getByLabel(/^Heures travaillées de/).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Le service ne répond pas' }).waitFor();
    await context.unroute('**/graphql');
    expect(lost).toBe(1);
    expect(await row().getByLabel(/^Heures travaillées de/).inputValue()).toBe('98,5');
    await stack.restartService('gateway');
    await page.getByRole('button', { name: 'Réessayer l’enregistrement' }).click();
    await page.getByRole('status').filter({ hasText: 'rien n’a été déclaré deux fois' }).waitFor();
    await row().getByText('Déclaré, version 1').waitFor();
    expect(await versionsOfMonth()).toEqual([[1]]);
  });

  test('the same grid corrects the month with a reason and shows both versions', async () => {
    const { page } = visit;
    await row().getByRole('button', { name: /^Corriger/ }).click();
    await row().getByLabel(/^Heures travaillées de/).fill('91');
    await row().getByLabel(/^Motif de la correction/).fill('Une absence oubliée');
    await page.getByRole('button', { name: 'Enregistrer les heures' }).click();
    await page.getByRole('status').filter({ hasText: '1 relevé enregistré.' }).waitFor();
    await row().getByText('Déclaré, version 2').waitFor();
    await row().getByText('Historique (2 versions)').click();
    await row().getByText('motif : Une absence oubliée', { exact: false }).waitFor();
    await expectAccessible(page);
    expect(await versionsOfMonth()).toEqual([[1, 2]]);
  });

  test('eligibility assessed at hiring holds « au titre de l’embauche », not up to the expired proof', async () => {
    const person = await open(`/personnes/${hired.id}`);
    try {
      await signIn(person.page, /Facilitatrice/);
      const line = person.page.getByRole('region', { name: 'Éligibilité', exact: true }).getByRole('status');
      await line.getByText(/^Éligible le/).waitFor();
      const text = await line.textContent();
      expect(text).toBe(`Éligible le ${longDate(daysAgo(0))} (critère : ${text!.match(/critère : ([^,]+),/)![1]}, au titre de l’embauche du ${longDate(hiredOn)}).`);
      expect(text).not.toContain('jusqu’au');
    } finally {
      await person.context.close();
    }
  }, 60_000);
});

describe('the homes of the structure and the buyer', () => {
  test('the structure lands on its people and their placements', async () => {
    const { context, page, errors } = await open('/');
    try {
      await signIn(page, /Structure d’insertion/);
      expect(new URL(page.url()).pathname).toBe('/accueil');
      const people = page.getByRole('region', { name: /Les personnes que nous accompagnons/ });
      await people.getByRole('link', { name: 'Karim Benali' }).waitFor();
      const { beneficiaries } = await asFacilitator<{ beneficiaries: { totalCount: number } }>(
        'query ($id: ID!) { beneficiaries(filter: { referentStructureId: $id }, first: 1) { totalCount } }',
        { id: STRUCTURE.organisation },
        STRUCTURE,
      );
      expect(await people.getByRole('heading').textContent()).toBe(`Les personnes que nous accompagnons (${beneficiaries.totalCount})`);
      expect(await people.getByText(/depuis le .* \((en cours|terminée)\)/).count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await screenshot(page, 'home-structure');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  test('the buyer lands on its contracts’ progress: aggregates, no person', async () => {
    const { context, page, errors } = await open('/');
    try {
      await signIn(page, /Acheteur public/);
      expect(new URL(page.url()).pathname).toBe('/tableau-de-bord');
      await page.getByRole('progressbar').first().waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const name of ['Karim Benali', 'Camille Martin', 'Nora Vidal', 'Lina Parcours']) expect(text).not.toContain(name);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('with the contracts subgraph down, the work screens keep working and say what is missing', () => {
  test('the company’s grid still declares, each row says its contract is unavailable; the person’s placement form is disabled and says why', async () => {
    const contracts = stack.services.find((service) => service.name === 'contracts')!;
    const company = await open(`/entreprises/${BATIR}/heures?mois=${MONTH}`);
    const person = await open('/personnes/b1e2f3a4-0000-4000-8000-000000000002');
    try {
      await signIn(company.page, /Entreprise titulaire/);
      await signIn(person.page, /Facilitatrice/);
      contracts.child.kill('SIGTERM');
      await contracts.exited;
      await company.page.reload();
      await company.page.getByText('Données incomplètes.', { exact: false }).waitFor();
      await company.page.locator('table.hours-grid tbody tr').first().waitFor();
      expect(await company.page.locator('table.hours-grid tbody tr').filter({ hasText: 'Marché (référence indisponible)' }).count()).toBe(
        await company.page.locator('table.hours-grid tbody tr').count(),
      );
      expect(await company.page.getByRole('button', { name: 'Enregistrer les heures' }).isEnabled()).toBe(true);
      await expectAccessible(company.page);
      await screenshot(company.page, 'company-hours-contracts-down');
      await person.page.reload();
      const form = person.page.getByRole('group', { name: 'Mettre en emploi sur un marché' });
      await form.getByText('Mise en emploi indisponible.').waitFor();
      expect(await form.getByRole('button', { name: 'Ouvrir la mise en emploi' }).isDisabled()).toBe(true);
      // The rest of the file works: the paths section is there, with its forms.
      await person.page.getByRole('region', { name: 'Parcours et sorties' }).waitFor();
      await expectAccessible(person.page);
      await screenshot(person.page, 'person-contracts-down');
    } finally {
      await company.context.close();
      await person.context.close();
      await stack.restartService('contracts');
    }
  }, 90_000);
});
