import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * Monthly hours from spreadsheets through the gateway (`/files/beneficiaries/releves/…`), as the portal
 * calls them: the demo company downloads its template for last month, sends it filled, confirms it once.
 */
let stack: TestStack;
const DEMO_COMPANY = '39812340600017';

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => stack.gatewayUrl.replace(/\/graphql$/, '') + `/files/beneficiaries/releves/${path}`;
const bearer = async (viewer = viewers.company(DEMO_COMPANY)) => ({ authorization: `Bearer ${await stack.issuer.mint(viewer)}` });

function lastMonth(): string {
  const [year, month] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 7).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

test('the demo company downloads its template, previews it filled, confirms it; the same file again declares nothing', async () => {
  const month = lastMonth();
  const template = await fetch(url(`modele.csv?company=${DEMO_COMPANY}&month=${month}`), { headers: await bearer() });
  expect(template.status).toBe(200);
  const [header, ...rows] = (await template.text()).replace(/^\ufeff/, '').trim().split('\r\n');
  expect(header).toBe('Référence de la mise en emploi;Initiales;Emploi;Mois;Heures travaillées;Heures de formation;Remarques');
  expect(rows.length).toBeGreaterThan(0);
  const filled = Buffer.from([header, ...rows.map((row) => row.replace(/;;;$/, ';35,5;;'))].join('\r\n'), 'utf8');

  const preview = await fetch(url('apercu'), { method: 'POST', headers: { ...(await bearer()), 'content-type': 'text/csv' }, body: filled });
  expect(preview.status).toBe(200);
  const checked = (await preview.json()) as { accepted: unknown[]; refused: unknown[] };
  expect(checked.accepted.length).toBeGreaterThan(0);

  const confirm = async () => (await fetch(url('confirmation'), { method: 'POST', headers: { ...(await bearer()), 'content-type': 'text/csv' }, body: filled })).json();
  expect(await confirm()).toMatchObject({ replayed: false, declared: checked.accepted.length });
  expect(await confirm()).toMatchObject({ replayed: true, declared: 0 });
});

test('a buyer gets no template through the gateway, and the public caller must sign in', async () => {
  const buyer = await fetch(url(`modele.xlsx?company=${DEMO_COMPANY}&month=${lastMonth()}`), { headers: await bearer(viewers.buyer('acheteur')) });
  expect(buyer.status).toBe(403);
  const anonymous = await fetch(url(`modele.xlsx?company=${DEMO_COMPANY}&month=${lastMonth()}`));
  expect(anonymous.status).toBe(401);
});
