import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { currentMonth, addMonths } from '../src/modules/shared/month';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, declare, DECLARE, firstError, openPlacement, OTHER_COMPANY } from './factories';

let subgraph: TestSubgraph;
let db: Client;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
  db = new Client({ connectionString: subgraph.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.stop();
});

async function statementCount(placementId: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM hours_statement WHERE placement_id = $1', [placementId]);
  return rows[0].n;
}

async function newPlacement(input: Record<string, unknown> = {}) {
  const person = await createPerson(subgraph);
  return openPlacement(subgraph, person.id, { startDate: '2025-01-01', endDate: '2025-12-31', ...input });
}

const CORRECT = `mutation ($id: ID!, $input: CorrectHoursInput!) {
  correctHoursStatement(statementId: $id, input: $input) { id version hoursWorked correctionReason declaredBy isCurrent history { version hoursWorked isCurrent } }
}`;

describe('declaring the hours of a month', () => {
  test('a valid declaration is version 1, current, with two decimals', async () => {
    const placementId = await newPlacement();
    const response = await declare(subgraph, placementId, '2025-03', '151.5');
    expect(dataOf(response).declareHours).toMatchObject({ version: 1, month: '2025-03', hoursWorked: '151.50', trainingHours: '0.00', isCurrent: true });
  });

  test.each([
    ['no hours at all', { hoursWorked: '0' }, 'hoursWorked'],
    ['negative hours', { hoursWorked: '-4' }, 'hoursWorked'],
    ['three decimals', { hoursWorked: '10.125' }, 'hoursWorked'],
    ['more than 48 h in each week and 10 h a day allow in March 2025 (222 h)', { hoursWorked: '222.01' }, 'hoursWorked'],
    ['more than that once training hours are added', { hoursWorked: '200', trainingHours: '22.01' }, 'hoursWorked'],
    ['more than 48 h in each week and 10 h a day allow in February 2025 (212 h)', { month: '2025-02', hoursWorked: '212.01' }, 'hoursWorked'],
    ['a month before the placement starts', { month: '2024-12' }, 'month'],
    ['a month after the placement ends', { month: '2026-01' }, 'month'],
    ['a month that is not YYYY-MM', { month: '2025-3' }, 'month'],
    ['a month 13', { month: '2025-13' }, 'month'],
  ])('%s is refused with BAD_USER_INPUT naming the field, and nothing is written', async (_case, change, field) => {
    const placementId = await newPlacement();
    const response = await subgraph.query(DECLARE, { input: { placementId, month: '2025-03', hoursWorked: '100', ...change } }, { viewer: viewers.admin });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await statementCount(placementId)).toBe(0);
  });

  test('exactly the legal maximum of January 2025 (five weeks of 48 h) is accepted', async () => {
    const placementId = await newPlacement();
    expect(dataOf(await declare(subgraph, placementId, '2025-01', '240')).declareHours.hoursWorked).toBe('240.00');
  });

  test('a month in the future is refused even within the placement’s dates', async () => {
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id, { startDate: '2025-01-01' });
    const response = await declare(subgraph, placementId, addMonths(currentMonth(), 1), '10');
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  test('a second statement for the same month is a CONFLICT that points to the correction mutation', async () => {
    const placementId = await newPlacement();
    dataOf(await declare(subgraph, placementId, '2025-04', '100'));
    const again = await declare(subgraph, placementId, '2025-04', '90');
    expect(firstError(again)).toEqual({ code: 'CONFLICT', field: 'month' });
    expect(again.body.errors![0]!.message).toContain('correctHoursStatement');
    expect(await statementCount(placementId)).toBe(1);
  });

  test('concurrent declarations of the same month end with exactly one current version', async () => {
    const placementId = await newPlacement();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => declare(subgraph, placementId, '2025-05', String(50 + i))));
    expect(answers.filter((answer) => !answer.body.errors)).toHaveLength(1);
    expect(answers.filter((answer) => firstError(answer).code === 'CONFLICT')).toHaveLength(19);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM hours_statement WHERE placement_id = $1 AND is_current', [placementId]);
    expect(rows[0].n).toBe(1);
  });

  test('an employer declares for its own placement, not for another employer’s', async () => {
    const own = await newPlacement({ employerSiret: COMPANY });
    expect(dataOf(await declare(subgraph, own, '2025-03', '35', viewers.company(COMPANY))).declareHours.version).toBe(1);
    const response = await declare(subgraph, own, '2025-04', '35', viewers.company(OTHER_COMPANY));
    expect(firstError(response).code).toBe('FORBIDDEN');
  });
});

describe('correcting a statement', () => {
  test('a correction is a new current version with its author and reason; the history keeps both', async () => {
    const placementId = await newPlacement();
    const first = dataOf(await declare(subgraph, placementId, '2025-06', '120')).declareHours;
    const response = await subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: '110.25', reason: 'absence non déclarée' } }, { viewer: viewers.facilitator(['69']) });
    expect(dataOf(response).correctHoursStatement).toMatchObject({
      version: 2, hoursWorked: '110.25', correctionReason: 'absence non déclarée', declaredBy: 'test-facilitator-69', isCurrent: true,
      history: [{ version: 1, hoursWorked: '120.00', isCurrent: false }, { version: 2, hoursWorked: '110.25', isCurrent: true }],
    });
  });

  test('correcting a version that is no longer current is a CONFLICT', async () => {
    const placementId = await newPlacement();
    const first = dataOf(await declare(subgraph, placementId, '2025-07', '120')).declareHours;
    dataOf(await subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: '100', reason: 'erreur' } }, { viewer: viewers.admin }));
    const stale = await subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: '90', reason: 'autre erreur' } }, { viewer: viewers.admin });
    expect(firstError(stale)).toEqual({ code: 'CONFLICT', field: 'statementId' });
  });

  test('concurrent corrections of the same version: one wins, the others conflict', async () => {
    const placementId = await newPlacement();
    const first = dataOf(await declare(subgraph, placementId, '2025-08', '120')).declareHours;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: String(100 + i), reason: 'correction' } }, { viewer: viewers.admin })));
    expect(answers.filter((answer) => !answer.body.errors)).toHaveLength(1);
    const { rows } = await db.query('SELECT version, is_current FROM hours_statement WHERE placement_id = $1 ORDER BY version', [placementId]);
    expect(rows).toEqual([{ version: 1, is_current: false }, { version: 2, is_current: true }]);
  });

  test('a correction follows the same rules as a declaration', async () => {
    const placementId = await newPlacement();
    const first = dataOf(await declare(subgraph, placementId, '2025-09', '120')).declareHours;
    const tooMany = await subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: '300', reason: 'erreur' } }, { viewer: viewers.admin });
    expect(firstError(tooMany)).toEqual({ code: 'BAD_USER_INPUT', field: 'hoursWorked' });
    const noReason = await subgraph.query(CORRECT, { id: first.id, input: { hoursWorked: '100', reason: ' ' } }, { viewer: viewers.admin });
    expect(firstError(noReason)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await statementCount(placementId)).toBe(1);
  });
});

describe('placements', () => {
  const OPEN = 'mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }';

  test.each([
    ['ending before it starts', { startDate: '2025-05-01', endDate: '2025-04-30' }, 'endDate'],
    ['with two employers', { employerStructureId: '7a3b9c4d-0000-4000-8000-000000000002' }, 'employerSiret'],
    ['with a SIRET that fails its check digit', { employerSiret: '39812340600018' }, 'employerSiret'],
    ['starting before the person’s path', { startDate: '2024-12-31' }, 'startDate'],
    ['on a contract id that is not a UUID', { contractId: 'contract-1' }, 'contractId'],
  ])('a placement %s is refused with BAD_USER_INPUT', async (_case, change, field) => {
    const person = await createPerson(subgraph);
    const input = { beneficiaryId: person.id, contractId: '5c0e1d2a-0000-4000-8000-000000000001', employerSiret: COMPANY, modality: 'DIRECT_HIRE', employmentContractType: 'CDD', startDate: '2025-01-01', ...change };
    expect(firstError(await subgraph.query(OPEN, { input }, { viewer: viewers.admin }))).toEqual({ code: 'BAD_USER_INPUT', field });
    const { rows } = await db.query('SELECT count(*)::int AS n FROM placement WHERE beneficiary_id = $1', [person.id]);
    expect(rows[0].n).toBe(0);
  });

  test('closing a placement before a month already declared is refused', async () => {
    const placementId = await newPlacement();
    dataOf(await declare(subgraph, placementId, '2025-10', '50'));
    const response = await subgraph.query('mutation ($id: ID!) { closePlacement(id: $id, endDate: "2025-09-30") { id } }', { id: placementId }, { viewer: viewers.admin });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'endDate' });
  });
});
