import { Client } from 'pg';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * The buyer's annual report (« bilan annuel ») through the gateway, over the demo data `npm start` seeds,
 * checked against figures computed here in SQL straight from the two databases (the statements
 * themselves, not the roll-up the subgraph reads), and the exports of the lists through `/files/…`.
 */
const VILLEURBANNE = '0b6f7c1e-0000-4000-8000-000000000001';
const YEAR = new Date().getUTCFullYear() - 1;
let stack: TestStack;

async function sqlOn<T>(name: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: stack.databaseUrls[name] });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

const REPORT = `query Report($scope: ReportScopeInput!, $period: ReportPeriodInput, $divisor: Decimal) {
  insertionReport(scope: $scope, period: $period, fteDivisor: $divisor) {
    label periodStart periodEnd fteDivisor contracts companies buyers hoursTarget buyer { name }
    insertion {
      suppressed hoursRealised hoursWorked trainingHours hoursTarget fte people peoplePlaced placements
      byModality { category hours people suppressed }
      hoursByKind { category hours }
      profile { sex { category people suppressed } ageBands { category people } criteriaFamilies { category people } rqth }
      contractTypes { category placements people suppressed }
      outcomesAtExit { category people }
    }
    previousYear { periodStart periodEnd insertion { hoursRealised } }
  }
}`;

const filesUrl = (path: string) => stack.gatewayUrl.replace(/\/graphql$/, '') + `/files/${path}`;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

interface Expected {
  contractIds: string[];
  hours: string;
  worked: string;
  training: string;
  people: number;
  placements: number;
  peoplePlaced: number;
  women: number;
}

async function expectedFor(buyerId: string, year: number): Promise<Expected & { contracts: number; target: string }> {
  const contracts = await sqlOn<{ id: string; executing: boolean; target: string }>(
    'contracts',
    `SELECT c.id::text, (c.execution_start <= $2::date AND (c.execution_end IS NULL OR c.execution_end >= $3::date)) AS executing,
            (SELECT sum(ic.hours_target) FROM lot l JOIN insertion_clause ic ON ic.lot_id = l.id WHERE l.contract_id = c.id)::text AS target
       FROM contract c WHERE c.buyer_id = $1 AND c.status NOT IN ('DRAFT', 'CANCELLED')`,
    [buyerId, `${year}-12-31`, `${year}-01-01`],
  );
  const clauses = contracts.filter((row) => row.target !== null);
  const ids = clauses.map((row) => row.id);
  const [hours] = await sqlOn<{ hours: string; worked: string; training: string; people: number }>(
    'beneficiaries',
    `SELECT coalesce(sum(s.hours_worked + s.training_hours), 0)::numeric(14,2)::text AS hours, coalesce(sum(s.hours_worked), 0)::numeric(14,2)::text AS worked,
            coalesce(sum(s.training_hours), 0)::numeric(14,2)::text AS training, count(DISTINCT p.beneficiary_id)::int AS people
       FROM hours_statement s JOIN placement p ON p.id = s.placement_id
      WHERE s.is_current AND p.contract_id = ANY($1::uuid[]) AND left(s.month, 4) = $2`,
    [ids, String(year)],
  );
  const [placed] = await sqlOn<{ placements: number; people: number; women: number }>(
    'beneficiaries',
    `SELECT count(*)::int AS placements, count(DISTINCT p.beneficiary_id)::int AS people,
            count(DISTINCT p.beneficiary_id) FILTER (WHERE b.sex = 'FEMALE')::int AS women
       FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
      WHERE p.contract_id = ANY($1::uuid[]) AND p.start_date <= $2::date AND (p.end_date IS NULL OR p.end_date >= $3::date)`,
    [ids, `${year}-12-31`, `${year}-01-01`],
  );
  const executing = clauses.filter((row) => row.executing);
  const target = executing.reduce((sum, row) => sum + Math.round(Number(row.target) * 100), 0);
  return {
    contractIds: ids, contracts: executing.length, target: (target / 100).toFixed(2),
    hours: hours!.hours, worked: hours!.worked, training: hours!.training, people: hours!.people,
    placements: placed!.placements, peoplePlaced: placed!.people, women: placed!.women,
  };
}

describe('the buyer’s annual report (bilan annuel des clauses sociales)', () => {
  test('the demo buyer’s report for the last complete year matches the figures computed from the seed', async () => {
    const expected = await expectedFor(VILLEURBANNE, YEAR);
    expect(expected.people).toBeGreaterThan(4); // the demo data must make this test meaningful
    const answer = await stack.query(REPORT, { scope: { kind: 'BUYER', id: VILLEURBANNE } }, { viewer: viewers.facilitator(['69']) });
    expect(answer.body.errors).toBeUndefined();
    const report = answer.body.data!.insertionReport;
    expect(report).toMatchObject({
      label: 'Ville de Villeurbanne', periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31`, fteDivisor: '1607',
      contracts: expected.contracts, hoursTarget: expected.target, buyer: { name: 'Ville de Villeurbanne' },
    });
    const insertion = report.insertion;
    expect(insertion).toMatchObject({
      suppressed: false, hoursRealised: expected.hours, hoursWorked: expected.worked, trainingHours: expected.training,
      people: expected.people, placements: expected.placements, peoplePlaced: expected.peoplePlaced,
    });
    expect(insertion.fte).toBe((Math.round((Number(expected.hours) / 1607) * 100) / 100).toFixed(2));
    const women = insertion.profile.sex.find((cell: { category: string }) => cell.category === 'FEMALE');
    expect(women?.people ?? 0).toBe(expected.women);
    const byModality = insertion.byModality.reduce((sum: number, cell: { hours: string }) => sum + Math.round(Number(cell.hours) * 100), 0);
    expect((byModality / 100).toFixed(2)).toBe(expected.hours);
    const byKind = insertion.hoursByKind.reduce((sum: number, cell: { hours: string }) => sum + Math.round(Number(cell.hours) * 100), 0);
    expect((byKind / 100).toFixed(2)).toBe(expected.hours);
    expect(insertion.profile.rqth).not.toBeNull();
    const previous = await expectedFor(VILLEURBANNE, YEAR - 1);
    expect(report.previousYear).toMatchObject({ periodStart: `${YEAR - 1}-01-01`, insertion: { hoursRealised: previous.hours } });
  });

  test('the buyer reads its own report, without health data; another buyer’s report is FORBIDDEN', async () => {
    const buyer = viewers.buyer(VILLEURBANNE);
    const own = await stack.query(REPORT, { scope: { kind: 'BUYER', id: VILLEURBANNE } }, { viewer: buyer });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.insertionReport.insertion.profile.rqth).toBeNull();
    expect(own.body.data!.insertionReport.insertion.profile.criteriaFamilies.map((cell: { category: string }) => cell.category)).not.toContain('HEALTH');
    const other = await stack.query(REPORT, { scope: { kind: 'BUYER', id: '0b6f7c1e-0000-4000-8000-000000000002' } }, { viewer: buyer });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['a period that ends before it starts', { from: '2025-12-31', to: '2025-01-01' }, 'period.to'],
    ['a period longer than ten years', { from: '2010-01-01', to: '2025-12-31' }, 'period.to'],
  ])('%s is a BAD_USER_INPUT on its field', async (_name, period, field) => {
    const answer = await stack.query(REPORT, { scope: { kind: 'BUYER', id: VILLEURBANNE }, period }, { viewer: viewers.facilitator(['69']) });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('the nation is for admins, with the 2021 consolidation’s divisor (1,600 h) and a breakdown by kind of buyer and by region', async () => {
    const query = `query { insertionReport(scope: { kind: NATION }, fteDivisor: "1600") {
      fteDivisor contracts buyers insertion { hoursRealised fte } byBuyerKind { buyerKind contracts insertion { hoursRealised } }
      facilitation { facilitators services } byRegion { scopeCode contracts facilitation { facilitators services } }
    } }`;
    const refused = await stack.query(query, {}, { viewer: viewers.facilitator(['69']) });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answer = await stack.query(query, {}, { viewer: viewers.admin });
    expect(answer.body.errors).toBeUndefined();
    const nation = answer.body.data!.insertionReport;
    expect(nation.fteDivisor).toBe('1600');
    expect(nation.insertion.fte).toBe((Math.round((Number(nation.insertion.hoursRealised) / 1600) * 100) / 100).toFixed(2));
    const kinds = nation.byBuyerKind.reduce((sum: number, part: { contracts: number }) => sum + part.contracts, 0);
    expect(kinds).toBe(nation.contracts);
    const regions = nation.byRegion.reduce((sum: number, part: { contracts: number }) => sum + part.contracts, 0);
    expect(regions).toBe(nation.contracts);
    expect(nation.byRegion.find((part: { scopeCode: string }) => part.scopeCode === '84').contracts).toBeGreaterThan(0);

    // Facilitators and their services come from the directory (joined by the gateway), counted here from
    // its database: the active facilitators with a coverage, and per region those whose coverage lies in it.
    const [all] = await sqlOn<{ facilitators: number; services: number }>('directory',
      `SELECT count(DISTINCT f.id)::int AS facilitators, count(DISTINCT f.organisation_id)::int AS services
         FROM facilitator f JOIN facilitator_coverage c ON c.facilitator_id = f.id WHERE f.active`);
    expect(all!.facilitators).toBeGreaterThan(0);
    expect(nation.facilitation).toEqual(all);
    const perRegion = await sqlOn<{ region: string; facilitators: number; services: number }>('directory',
      `SELECT r.code AS region, count(DISTINCT f.id)::int AS facilitators, count(DISTINCT f.organisation_id)::int AS services
         FROM region r
         JOIN commune m ON m.region_code = r.code
         JOIN facilitator_coverage c ON c.commune_code = m.code OR c.epci_code = m.epci_code OR c.department_code = m.department_code OR c.region_code = r.code
         JOIN facilitator f ON f.id = c.facilitator_id AND f.active
        GROUP BY r.code`);
    const expected = Object.fromEntries(perRegion.map((row) => [row.region, { facilitators: row.facilitators, services: row.services }]));
    for (const part of nation.byRegion as { scopeCode: string; facilitation: unknown }[]) {
      expect([part.scopeCode, part.facilitation]).toEqual([part.scopeCode, expected[part.scopeCode] ?? { facilitators: 0, services: 0 }]);
    }
    expect(expected['84']?.facilitators).toBeGreaterThan(0);
  });

  test('a buyer’s or a contract’s report has no facilitation figures; a department’s has the directory’s', async () => {
    const query = `query ($scope: ReportScopeInput!) { insertionReport(scope: $scope) { facilitation { facilitators services } } }`;
    const buyer = await stack.query(query, { scope: { kind: 'BUYER', id: VILLEURBANNE } }, { viewer: viewers.facilitator(['69']) });
    expect(buyer.body.errors).toBeUndefined();
    expect(buyer.body.data!.insertionReport.facilitation).toBeNull();
    const rhone = await stack.query(query, { scope: { kind: 'DEPARTMENT', code: '69' } }, { viewer: viewers.facilitator(['69']) });
    expect(rhone.body.errors).toBeUndefined();
    expect(rhone.body.data!.insertionReport.facilitation.facilitators).toBeGreaterThan(0);
  });
});

/** A minimal CSV reader for `;`-separated, quoted fields (RFC 4180), as a spreadsheet reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') { row.push(field); field = ''; } else if (char === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += char;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('the contract register’s export through /files/contracts/…', () => {
  test('the CSV and the XLSX hold the rows of contracts(filter:), in its order, with the clause targets', async () => {
    const token = await stack.issuer.mint(viewers.facilitator(['69']));
    const read = await stack.query(
      `query { contracts(first: 100, filter: { status: [IN_EXECUTION, AWARDED] }) { totalCount nodes { id reference title hoursTarget buyer { name } holder { siret } } } }`,
      {}, { token },
    );
    const contracts = read.body.data!.contracts;
    expect(contracts.totalCount).toBeGreaterThan(0);
    expect(contracts.totalCount).toBeLessThanOrEqual(100);
    const csv = await fetch(filesUrl('contracts/exports/contracts.csv?status=IN_EXECUTION,AWARDED'), { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="marches/);
    const [header, ...rows] = parseCsv((await csv.text()).replace(/^\uFEFF/, '')).filter((row) => row.length > 1);
    expect(header![0]).toBe('Référence');
    expect(rows.map((row) => row[11])).toEqual(contracts.nodes.map((node: { id: string }) => node.id));
    const first = contracts.nodes[0];
    expect(rows[0]!.slice(0, 3)).toEqual([first.reference, first.title, first.buyer.name]);
    const csvNumber = (value: string) => (value === '' ? null : Number(value.replace(',', '.')));
    expect(rows.map((row) => csvNumber(row[8]!))).toEqual(contracts.nodes.map((node: { hoursTarget: string | null }) => (node.hoursTarget === null ? null : Number(node.hoursTarget))));
    expect(rows.map((row) => row[9])).toEqual(contracts.nodes.map((node: { holder: { siret: string } | null }) => node.holder?.siret ?? ''));
    const xlsx = await fetch(filesUrl('contracts/exports/contracts.xlsx?status=IN_EXECUTION,AWARDED'), { headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
  });

  test('a bad filter is a 400 before any byte; no token is a 401', async () => {
    const token = await stack.issuer.mint(viewers.facilitator(['69']));
    const bad = await fetch(filesUrl('contracts/exports/contracts.csv?status=OPEN'), { headers: { authorization: `Bearer ${token}` } });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/status/);
    const anonymous = await fetch(filesUrl('contracts/exports/contracts.csv'));
    expect(anonymous.status).toBe(401);
  });
});

describe('exports of the lists through /files/beneficiaries/…', () => {
  const bearer = async (viewer: Parameters<TestStack['issuer']['mint']>[0]) => ({ authorization: `Bearer ${await stack.issuer.mint(viewer)}` });

  test('the CSV of statements reads back with its accents and decimal commas, the same rows as the database', async () => {
    const response = await fetch(filesUrl('beneficiaries/exports/statements.csv?from=2025-01&to=2025-12'), { headers: await bearer(viewers.facilitator(['69'])) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Mois', 'Marché', 'Mise en emploi', 'Prénom', 'Nom', 'Heures travaillées', 'Heures de formation', 'Version', 'Source']);
    const [expected] = await sqlOn<{ rows: number; hours: string }>(
      'beneficiaries',
      `SELECT count(*)::int AS rows, sum(s.hours_worked)::text AS hours FROM hours_statement s JOIN placement p ON p.id = s.placement_id
         JOIN beneficiary b ON b.id = p.beneficiary_id
        WHERE s.is_current AND s.month BETWEEN '2025-01' AND '2025-12' AND (b.department_code = '69' OR b.residence_commune_code = '69')`,
    );
    const data = rows.slice(1);
    expect(data).toHaveLength(expected!.rows);
    expect(data.every((row) => /^\d+(,\d{2})?$/.test(row[5]!))).toBe(true);
    const total = data.reduce((sum, row) => sum + Math.round(Number(row[5]!.replace(',', '.')) * 100), 0);
    expect((total / 100).toFixed(2)).toBe(Number(expected!.hours).toFixed(2));
    expect(data.every((row) => row[3] && row[4])).toBe(true);
    const [audited] = await sqlOn<{ n: number }>('beneficiaries', "SELECT count(*)::int AS n FROM audit_event WHERE operation = 'EXPORT' AND role = 'facilitator'");
    expect(audited!.n).toBeGreaterThan(0);
  });

  test('a buyer’s account cannot export anyone’s name: FORBIDDEN, with no row', async () => {
    for (const list of ['statements', 'placements']) {
      for (const format of ['csv', 'xlsx']) {
        const response = await fetch(filesUrl(`beneficiaries/exports/${list}.${format}`), { headers: await bearer(viewers.buyer(VILLEURBANNE)) });
        expect(response.status).toBe(403);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
      }
    }
  });

  test('an empty list gives a well-formed file with its header only; a bad filter is a 400 before any byte', async () => {
    const empty = await fetch(filesUrl('beneficiaries/exports/placements.csv?contractId=00000000-0000-4000-8000-000000000000'), { headers: await bearer(viewers.facilitator(['69'])) });
    expect(empty.status).toBe(200);
    expect(parseCsv((await empty.text()).slice(1))).toHaveLength(1);
    const xlsx = await fetch(filesUrl('beneficiaries/exports/placements.xlsx?contractId=00000000-0000-4000-8000-000000000000'), { headers: await bearer(viewers.facilitator(['69'])) });
    expect(xlsx.status).toBe(200);
    const zip = Buffer.from(await xlsx.arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    const bad = await fetch(filesUrl('beneficiaries/exports/placements.csv?contractId=nope'), { headers: await bearer(viewers.facilitator(['69'])) });
    expect(bad.status).toBe(400);
  });
});
