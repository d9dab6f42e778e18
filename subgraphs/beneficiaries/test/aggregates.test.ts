import { randomUUID } from 'node:crypto';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { createPerson, dataOf, declare, firstError, openPlacement } from './factories';

let subgraph: TestSubgraph;
let db: Client;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph, { seedDemo: true });
  db = new Client({ connectionString: subgraph.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.stop();
});

const DEMO_CONTRACTS = [1, 2, 3].map((n) => `5c0e1d2a-0000-4000-8000-00000000000${n}`);
const PROGRESS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Contract { id insertionProgress {
  hoursTarget hoursRealised trainingHours ratio people lastMonthDeclared suppressed suppressionReason
  byModality { modality hours people suppressed } byMonth { month hours people suppressed }
} } } }`;

async function progressOf(contractId: string, viewer = viewers.admin, hoursTarget?: string) {
  const representation = hoursTarget ? { __typename: 'Contract', id: contractId, hoursTarget } : { __typename: 'Contract', id: contractId };
  return dataOf(await subgraph.query(PROGRESS, { r: [representation] }, { viewer }))._entities[0].insertionProgress;
}

/** The latest version of each (placement, month), found by version number — not by the is_current flag. */
async function latestVersionsSum(contractId: string): Promise<{ hours: string; people: number }> {
  const { rows } = await db.query(
    `SELECT coalesce(sum(hours_worked + training_hours), 0)::text AS hours, count(DISTINCT beneficiary_id)::int AS people FROM (
       SELECT DISTINCT ON (s.placement_id, s.month) s.hours_worked, s.training_hours, p.beneficiary_id
         FROM hours_statement s JOIN placement p ON p.id = s.placement_id WHERE p.contract_id = $1
        ORDER BY s.placement_id, s.month, s.version DESC) latest`,
    [contractId],
  );
  return rows[0];
}

const sum = (values: string[]) => (values.reduce((total, value) => total + Math.round(Number(value) * 100), 0) / 100).toFixed(2);

describe('a contract’s insertion progress', () => {
  test.each(DEMO_CONTRACTS)('equals the sum of the latest statement versions, in total, by modality and by month (%s)', async (contractId) => {
    const progress = await progressOf(contractId);
    const expected = await latestVersionsSum(contractId);
    expect({ hours: progress.hoursRealised, people: progress.people }).toEqual(expected);
    expect(sum(progress.byModality.map((cell: { hours: string }) => cell.hours))).toBe(progress.hoursRealised);
    expect(sum(progress.byMonth.map((cell: { hours: string }) => cell.hours))).toBe(progress.hoursRealised);
    expect(progress.byMonth).toHaveLength(18);
    expect(progress.lastMonthDeclared).toBe('2026-10');
  });

  test('asked without its months (a dashboard), the progress has the same totals and modalities, and no month', async () => {
    const withoutMonths = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Contract { id insertionProgress {
      hoursRealised trainingHours ratio people lastMonthDeclared byModality { modality hours people } byMonth: byModality { modality } } } } }`;
    const representations = DEMO_CONTRACTS.map((id) => ({ __typename: 'Contract', id, hoursTarget: '1500.00' }));
    const light = dataOf(await subgraph.query(withoutMonths, { r: representations }, { viewer: viewers.admin }))._entities;
    const full = dataOf(await subgraph.query(PROGRESS, { r: representations }, { viewer: viewers.admin }))._entities;
    for (const [index, contract] of light.entries()) {
      const { byMonth, ...figures } = full[index].insertionProgress;
      expect(byMonth.length).toBeGreaterThan(0);
      expect(contract.insertionProgress).toEqual({
        hoursRealised: figures.hoursRealised, trainingHours: figures.trainingHours, ratio: figures.ratio, people: figures.people,
        lastMonthDeclared: figures.lastMonthDeclared, byModality: figures.byModality.map(({ modality, hours, people }: Record<string, unknown>) => ({ modality, hours, people })),
        byMonth: figures.byModality.map(({ modality }: Record<string, unknown>) => ({ modality })),
      });
    }
  });

  test('a correction changes the progress by its difference, never by both versions', async () => {
    const contractId = randomUUID();
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id, { contractId });
    const statement = dataOf(await declare(subgraph, placementId, '2025-03', '100')).declareHours;
    dataOf(await subgraph.query('mutation ($id: ID!) { correctHoursStatement(statementId: $id, input: { hoursWorked: "80.25", trainingHours: "4", reason: "rectification" }) { id } }', { id: statement.id }, { viewer: viewers.admin }));
    const progress = await progressOf(contractId);
    expect(progress).toMatchObject({ hoursRealised: '84.25', trainingHours: '4.00', people: 1 });
    expect(progress.hoursRealised).toBe((await latestVersionsSum(contractId)).hours);
  });

  test('the ratio is the hours realised over the target contracts gives (@requires), to 4 decimals', async () => {
    const progress = await progressOf(DEMO_CONTRACTS[0]!, viewers.admin, '120000.00');
    const expected = (Math.round((Number(progress.hoursRealised) / 120000) * 10000) / 10000).toFixed(4);
    expect(progress).toMatchObject({ hoursTarget: '120000.00', ratio: expected });
    expect((await progressOf(DEMO_CONTRACTS[0]!)).ratio).toBeNull();
  });

  test('a contract nobody works on has zero hours, not an error', async () => {
    expect(await progressOf(randomUUID(), viewers.buyer('b'))).toMatchObject({ hoursRealised: '0.00', people: 0, suppressed: false, byMonth: [] });
  });

  test('the public caller gets no aggregate', async () => {
    const response = await subgraph.query(PROGRESS, { r: [{ __typename: 'Contract', id: DEMO_CONTRACTS[0] }] });
    expect(response.body.data!._entities[0].insertionProgress).toBeNull();
    expect(firstError(response).code).toBe('UNAUTHENTICATED');
  });
});

describe('aggregates covering fewer than 5 people', () => {
  async function contractWith(people: number, modality = 'DIRECT_HIRE'): Promise<string> {
    const contractId = randomUUID();
    for (let i = 0; i < people; i += 1) {
      const person = await createPerson(subgraph);
      const placementId = await openPlacement(subgraph, person.id, { contractId, modality, employerSiret: '41234560500015' });
      dataOf(await declare(subgraph, placementId, '2025-02', '35'));
    }
    return contractId;
  }

  test.each([
    ['buyer', true, viewers.buyer('21692590900014')],
    ['partner', true, viewers.partner('ave')],
    ['company', true, viewers.company('41234560500015')],
    ['structure', true, viewers.structure('7a3b9c4d-0000-4000-8000-000000000003')],
    ['facilitator', false, viewers.facilitator(['38'])],
    ['admin', false, viewers.admin],
  ])('for a %s, an aggregate of 3 people is suppressed: %s', async (_role, suppressed, viewer) => {
    const contractId = await contractWith(3);
    const progress = await progressOf(contractId, viewer);
    expect(progress.suppressed).toBe(suppressed);
    expect(progress.hoursRealised).toBe(suppressed ? null : '105.00');
    expect(progress.people).toBe(suppressed ? null : 3);
    expect(progress.byMonth).toHaveLength(suppressed ? 0 : 1);
  });

  test('five people are shown, and a breakdown cell of fewer is hidden with the next smallest one', async () => {
    const contractId = await contractWith(5);
    for (const modality of ['ETTI', 'TRAINING']) {
      const person = await createPerson(subgraph);
      const placementId = await openPlacement(subgraph, person.id, { contractId, modality, employerSiret: '41234560500015' });
      dataOf(await declare(subgraph, placementId, '2025-02', '35'));
    }
    const progress = await progressOf(contractId, viewers.buyer('21692590900014'));
    expect(progress).toMatchObject({ suppressed: false, hoursRealised: '245.00', people: 7 });
    const cells = Object.fromEntries(progress.byModality.map((cell: { modality: string }) => [cell.modality, cell]));
    expect(cells.DIRECT_HIRE).toEqual({ modality: 'DIRECT_HIRE', hours: '175.00', people: 5, suppressed: false });
    expect(cells.ETTI).toMatchObject({ hours: null, suppressed: true });
    expect(cells.TRAINING).toMatchObject({ hours: null, suppressed: true });
  });
});

describe('cost of the aggregates', () => {
  test('progress for 100 contracts costs the same number of SQL statements as for 10', async () => {
    const representations = (count: number) => Array.from({ length: count }, (_, i) => ({ __typename: 'Contract', id: i < 3 ? DEMO_CONTRACTS[i] : randomUUID() }));
    const ten = await subgraph.statementsFor(PROGRESS, { r: representations(10) }, viewers.buyer('b'));
    const hundred = await subgraph.statementsFor(PROGRESS, { r: representations(100) }, viewers.buyer('b'));
    expect(ten).toBe(1);
    expect(hundred).toBe(ten);
  });

  test('a structure’s and a company’s figures match their placements', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Structure { placementStats { placements hoursRealised people } }
      ... on Company { insertionHours { hoursRealised people } } } }`;
    const r = [{ __typename: 'Structure', id: '7a3b9c4d-0000-4000-8000-000000000003' }, { __typename: 'Company', siret: '39812340600017' }];
    const [structure, company] = dataOf(await subgraph.query(query, { r }, { viewer: viewers.admin }))._entities;
    const expected = async (where: string, value: string) => (await db.query(
      `SELECT count(DISTINCT p.id)::int AS placements, coalesce(sum(s.hours_worked + s.training_hours), 0)::text AS hours
         FROM placement p LEFT JOIN hours_statement s ON s.placement_id = p.id AND s.is_current WHERE ${where} = $1`, [value])).rows[0];
    expect(structure.placementStats).toMatchObject(await expected('p.employer_structure_id::text', r[0]!.id!).then((row) => ({ placements: row.placements, hoursRealised: row.hours })));
    expect(company.insertionHours.hoursRealised).toBe((await expected('p.employer_siret', '39812340600017')).hours);
  });
});
