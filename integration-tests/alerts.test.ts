import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { readDigestConfig, sendDigests } from '@maillage/digest';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * A facilitator's jobs and alerts through the gateway, over the demo data `npm start` seeds: the ROME codes
 * of the placements and the diversity of a contract's jobs (contract's file and report), the alerts of the
 * demo facilitator with their explanations, the settings behind them, and the weekly digest received by an
 * SMTP server started here.
 */
const JULES_FERRY = '5c0e1d2a-0000-4000-8000-000000000001';
const VILLEURBANNE = '0b6f7c1e-0000-4000-8000-000000000001';
const facilitator = viewers.facilitator(['69']);
let stack: TestStack;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: stack.databaseUrls.beneficiaries });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, viewer = facilitator): Promise<T> {
  const result = await stack.query<T>(query, variables, { viewer });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
}

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const DIVERSITY = 'jobDiversity { suppressed placements placementsCoded familyCount mainTrade outsideMainTrade outsideMainTradeShare womenShare families { category label placements people suppressed } }';

describe('jobs', () => {
  test('the seed’s placements are coded with ROME jobs, and the contract’s file shows how diverse they are', async () => {
    const data = await ok(`{ contract(id: "${JULES_FERRY}") { sector ${DIVERSITY} } placements(filter: { contractId: "${JULES_FERRY}" }, first: 100) { nodes { job { code label family familyLabel } } } }`);
    const jobs = data.placements.nodes.map((node: { job: unknown }) => node.job);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job: unknown) => job !== null)).toBe(true);
    expect(jobs).toContainEqual({ code: 'F1703', label: 'Maçonnerie', family: 'F', familyLabel: 'Construction, bâtiment et travaux publics' });
    const [expected] = await sql<{ placements: number; outside: number; women: number }>(
      `SELECT count(*)::int AS placements, (count(*) FILTER (WHERE left(p.rome_code, 1) <> 'F'))::int AS outside,
              (count(*) FILTER (WHERE b.sex = 'FEMALE'))::int AS women
         FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id WHERE p.contract_id = $1`, [JULES_FERRY]);
    const diversity = data.contract.jobDiversity;
    expect(data.contract.sector).toBe('BUILDING');
    expect(diversity).toMatchObject({ suppressed: false, placements: expected!.placements, placementsCoded: expected!.placements, mainTrade: 'F', outsideMainTrade: expected!.outside });
    expect(Number(diversity.outsideMainTradeShare)).toBeCloseTo(expected!.outside / expected!.placements, 4);
    expect(Number(diversity.womenShare)).toBeCloseTo(expected!.women / expected!.placements, 4);
    expect(diversity.families.map((cell: { category: string }) => cell.category)).toEqual(expect.arrayContaining(['F', 'N', 'K', 'M']));
    expect(diversity.familyCount).toBe(diversity.families.length);
  });

  test('a report shows the diversity of its placements, each compared with its own contract’s trade', async () => {
    const data = await ok(`{ insertionReport(scope: { kind: BUYER, id: "${VILLEURBANNE}" }, period: { from: "2025-01-01", to: "2026-12-31" }) { jobDiversity { placements placementsCoded mainTrade outsideMainTrade families { category placements } } } }`);
    const [expected] = await sql<{ placements: number; outside: number }>(
      `SELECT count(*)::int AS placements, (count(*) FILTER (WHERE left(p.rome_code, 1) <> 'F'))::int AS outside FROM placement p
        WHERE p.contract_id = $1 AND p.start_date <= '2026-12-31' AND (p.end_date IS NULL OR p.end_date >= '2025-01-01')`, [JULES_FERRY]);
    expect(data.insertionReport.jobDiversity).toMatchObject({ placements: expected!.placements, placementsCoded: expected!.placements, mainTrade: null, outsideMainTrade: expected!.outside });
  });

  test.each([
    ['Z9999', /n’est pas un code ROME/],
    ['F9999', /n’est pas dans le répertoire des métiers du hub/],
  ])('an unknown ROME code (%s) is refused on the field, in French', async (code, message) => {
    const [placement] = await sql<{ id: string }>('SELECT id::text FROM placement WHERE contract_id = $1 ORDER BY id LIMIT 1', [JULES_FERRY]);
    const result = await stack.query('mutation ($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }', { id: placement!.id, input: { romeCode: code } }, { viewer: viewers.admin });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'romeCode' });
    expect(result.body.errors?.[0]?.message).toMatch(message);
    const recoded = await ok('mutation ($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { job { code label } } }', { id: placement!.id, input: { romeCode: 'n1103' } }, viewers.admin);
    expect(recoded.updatePlacement.job).toEqual({ code: 'N1103', label: 'Magasinage et préparation de commandes' });
  });
});

const BOARD = `query ($on: LocalDate) { alertBoard(on: $on) { on paceTolerance contracts { reference }
  contractAlerts { kind explanation contract { reference } } insertionAlerts { kind contractReference placementId explanation } } }`;

interface Alert { kind: string; contractReference?: string; placementId?: string | null; explanation: string; contract?: { reference: string } }

describe('alerts', () => {
  test('the demo facilitator’s alerts list the seed’s late contracts, the placement ending without outcome, and explain each with its figures', async () => {
    const { alertBoard } = await ok(BOARD);
    const alerts: Alert[] = alertBoard.insertionAlerts;
    const of = (kind: string) => alerts.filter((alert) => alert.kind === kind);
    expect(alertBoard.paceTolerance).toBe('10.00');
    // 2026-VEN-011 is in execution since April 2026 with no hours at all: late on purpose.
    const late = of('BEHIND_PACE').find((alert) => alert.contractReference === '2026-VEN-011');
    expect(late?.explanation).toMatch(/^2026-VEN-011 : 0 h réalisées sur .+ h d’objectif \(0 %\), alors que \d+ % de la période d’exécution .+ au-delà de votre tolérance de 10 points\.$/);
    expect(of('ENDED_BELOW_TARGET').map((alert) => alert.contractReference)).toContain('2025-VIL-045');
    expect(of('NOTHING_DECLARED_LAST_MONTH').map((alert) => alert.contractReference)).toContain('2026-VIL-014');
    const ending = await sql<{ id: string }>("SELECT id::text FROM placement WHERE end_date BETWEEN current_date AND current_date + 30 ORDER BY id");
    expect(ending.length).toBeGreaterThan(0);
    expect(of('PLACEMENT_ENDING_WITHOUT_OUTCOME').map((alert) => alert.placementId)).toEqual(expect.arrayContaining(ending.map((row) => row.id)));
    expect(of('PLACEMENT_ENDING_WITHOUT_OUTCOME')[0]!.explanation).toMatch(/se termine le \d\d\/\d\d\/\d{4} .+aucune sortie n’est enregistrée/);
  });

  test('the 2026 obligation missed is an alert of the contract register', async () => {
    const reference = `OBL-${Date.now()}`;
    await ok('mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }', {
      input: { buyerId: VILLEURBANNE, reference, title: 'Voirie sans clause', sector: 'BUILDING', procurementKind: 'WORKS', consultationLaunchDate: '2026-09-15', lots: [{ number: 1, title: 'Voirie', amount: '9000000' }], estimatedAmount: '9000000' },
    });
    const { alertBoard } = await ok(BOARD);
    const missed = alertBoard.contractAlerts.find((alert: Alert) => alert.contract?.reference === reference);
    expect(missed).toMatchObject({ kind: 'SOCIAL_OBLIGATION_MISSED' });
    expect(missed.explanation).toMatch(/consultation lancée le 15\/09\/2026, montant estimé de 9\s000\s000 € HT, au-dessus du seuil européen/);
  });

  test('the tolerance is the facilitator’s own setting, checked on write; other roles have no board', async () => {
    const bad = await stack.query('mutation { setAlertSettings(input: { paceTolerance: "75" }) { paceTolerance } }', {}, { viewer: facilitator });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paceTolerance' });
    expect(bad.body.errors?.[0]?.message).toMatch(/entre 0 et 50/);
    const badEmail = await stack.query('mutation { setAlertSettings(input: { paceTolerance: "10", digestEmail: "pas une adresse" }) { paceTolerance } }', {}, { viewer: facilitator });
    expect(badEmail.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'digestEmail' });
    const strict = await ok(BOARD, { on: '2026-12-01' });
    await ok('mutation { setAlertSettings(input: { paceTolerance: "50" }) { paceTolerance } }');
    const lenient = await ok(BOARD, { on: '2026-12-01' });
    expect(lenient.alertBoard.paceTolerance).toBe('50.00');
    const count = (board: { insertionAlerts: Alert[] }) => board.insertionAlerts.filter((alert) => alert.kind === 'BEHIND_PACE').length;
    expect(count(lenient.alertBoard)).toBeLessThan(count(strict.alertBoard));
    expect((await ok('{ alertSettings { paceTolerance } }', {}, viewers.facilitator(['38']))).alertSettings.paceTolerance).toBe('10.00');
    const buyer = await stack.query('{ alertBoard { on } }', {}, { viewer: viewers.buyer('21692660000018') });
    expect(buyer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('weekly digest', () => {
  test('is off unless configured, and says what is missing', () => {
    expect(readDigestConfig({})).toBeNull();
    expect(() => readDigestConfig({ DIGEST_SMTP_HOST: 'smtp.example.org' })).toThrow(/DIGEST_FROM.+DIGEST_GATEWAY_URL.+DIGEST_GATEWAY_TOKEN_FILE/s);
  });

  test('sends one French e-mail per subscribed facilitator to the SMTP server', async () => {
    const received: { to: string[]; body: string }[] = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const folder = await mkdtemp(join(tmpdir(), 'digest-'));
    try {
      await ok('mutation { setAlertSettings(input: { paceTolerance: "10", digestEmail: "facilitatrice@plie.example.org" }) { digestEmail } }');
      const tokenFile = join(folder, 'token');
      await writeFile(tokenFile, await stack.issuer.mint(viewers.admin));
      const config = readDigestConfig({
        DIGEST_SMTP_HOST: '127.0.0.1', DIGEST_SMTP_PORT: String((server.server.address() as AddressInfo).port), DIGEST_FROM: 'alertes@maillage.example.org',
        DIGEST_GATEWAY_URL: stack.gatewayUrl, DIGEST_GATEWAY_TOKEN_FILE: tokenFile,
      })!;
      expect(await sendDigests(config)).toEqual({ sent: 1, failed: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(['facilitatrice@plie.example.org']);
      const body = decodeQuotedPrintable(received[0]!.body);
      expect(body).toMatch(/Subject: Maillage : \d+ alertes cette semaine/);
      expect(body).toMatch(/Marchés en retard : \d+/);
      expect(body).toContain('2026-VEN-011 : 0 h réalisées');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(folder, { recursive: true, force: true });
    }
  });
});

/** The e-mail as a reader sees it: quoted-printable soft breaks and bytes decoded, encoded headers left alone unless plain. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const text = Buffer.from(bytes, 'latin1').toString('utf8');
  return text.replace(/=\?UTF-8\?Q\?(.+?)\?=/gi, (_, word: string) => Buffer.from(word.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'));
}
