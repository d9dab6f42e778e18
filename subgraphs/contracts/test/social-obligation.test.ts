import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { createBuyer, createContract, ok, refused, RHONE_FACILITATOR } from './factories';

/**
 * The 2026 obligation (loi 2021-1104 « Climat et résilience », art. 35; CCP L2112-2-1): contracts whose
 * consultation is launched from 22 August 2026 and whose estimated amount is equal to or above the European
 * threshold in effect that day (CCP L2124-1, annexe 2; règlement délégué (UE) 2025/2152 for 2026-2027)
 * carry a social execution condition.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const POSITION = 'query ($id: ID!) { contract(id: $id) { procurementKind consultationLaunchDate euThreshold { above socialConditionRequired threshold { amount source validFrom } } } }';
const MISSING = 'query ($department: String) { contractsMissingSocialCondition(department: $department, first: 100) { nodes { id } } }';
const CLAUSE = { legalBasis: 'EXECUTION_CONDITION', manualHours: '500', manualJustification: 'Objectif fixé par l’acheteur' };

async function position(buyerKind: string, procurementKind: string, estimatedAmount: string, consultationLaunchDate: string) {
  const buyer = await createBuyer(subgraph, { kind: buyerKind });
  const contract = await createContract(subgraph, buyer.id, { procurementKind, estimatedAmount, consultationLaunchDate });
  return (await ok(subgraph, POSITION, { id: contract.id })).contract.euThreshold;
}

describe('the European thresholds are recorded by date with their source', () => {
  test('the thresholds in effect on 1 September 2026 are those of 2026-2027, with their regulation', async () => {
    const thresholds = (await ok(subgraph, '{ euThresholds(on: "2026-09-01") { works buyerScope amount source } }')).euThresholds;
    expect(thresholds).toEqual(expect.arrayContaining([
      { works: true, buyerScope: 'OTHER', amount: '5404000.00', source: expect.stringContaining('2025/2152') },
      { works: false, buyerScope: 'OTHER', amount: '216000.00', source: expect.stringContaining('2025/2152') },
      { works: false, buyerScope: 'CENTRAL', amount: '140000.00', source: expect.stringContaining('2025/2152') },
    ]));
    expect(thresholds).toHaveLength(4);
  });
});

describe('each contract is marked above or below the threshold in effect on its consultation’s launch date', () => {
  test.each([
    ['a commune’s services at the threshold', 'COMMUNE', 'SERVICES', '216000.00', '2026-09-01', true],
    ['a commune’s services one cent below', 'COMMUNE', 'SERVICES', '215999.99', '2026-09-01', false],
    ['the State’s supplies at its own threshold', 'STATE', 'SUPPLIES', '140000.00', '2026-09-01', true],
    ['the State’s supplies one cent below', 'STATE', 'SUPPLIES', '139999.99', '2026-09-01', false],
    ['a department’s works at the threshold', 'DEPARTMENT', 'WORKS', '5404000.00', '2026-09-01', true],
    ['services launched in 2025, under the 2024-2025 threshold (221,000)', 'COMMUNE', 'SERVICES', '216000.00', '2025-06-01', false],
  ])('%s', async (_case, buyerKind, kind, amount, launch, above) => {
    expect((await position(buyerKind, kind, amount, launch)).above).toBe(above);
  });

  test('a private buyer’s contract is not marked: public thresholds do not apply', async () => {
    expect(await position('PRIVATE_COMPANY', 'SERVICES', '900000.00', '2026-09-01')).toEqual({ above: null, socialConditionRequired: false, threshold: null });
  });

  test.each([
    ['launched on 22 August 2026 requires a social condition', '2026-08-22', true],
    ['launched on 21 August 2026 does not yet', '2026-08-21', false],
  ])('a contract above the threshold %s', async (_case, launch, required) => {
    expect((await position('COMMUNE', 'SERVICES', '300000.00', launch)).socialConditionRequired).toBe(required);
  });
});

describe('a facilitator lists the contracts of their territory above the thresholds with no social device', () => {
  test('only contracts concerned by the obligation, without a clause, in the facilitator’s territory', async () => {
    const rhone = await createBuyer(subgraph, { kind: 'COMMUNE', communeCode: '69266' });
    const isere = await createBuyer(subgraph, { kind: 'COMMUNE', communeCode: '38185' });
    const concerned = { procurementKind: 'SERVICES', estimatedAmount: '500000.00', consultationLaunchDate: '2026-09-15' };
    const missing = await createContract(subgraph, rhone.id, concerned);
    const withClause = await createContract(subgraph, rhone.id, { ...concerned, lots: [{ number: 1, title: 'Lot unique', amount: '500000', clause: CLAUSE }] });
    const below = await createContract(subgraph, rhone.id, { ...concerned, estimatedAmount: '100000.00' });
    const before = await createContract(subgraph, rhone.id, { ...concerned, consultationLaunchDate: '2026-08-21' });
    const elsewhere = await createContract(subgraph, isere.id, concerned);

    const listed = (await ok(subgraph, MISSING, {}, RHONE_FACILITATOR)).contractsMissingSocialCondition.nodes.map((node: { id: string }) => node.id);
    expect(listed).toContain(missing.id);
    for (const other of [withClause, below, before, elsewhere]) expect(listed).not.toContain(other.id);

    const forAdmin = (await ok(subgraph, MISSING, { department: '38' }, viewers.admin)).contractsMissingSocialCondition.nodes.map((node: { id: string }) => node.id);
    expect(forAdmin).toEqual([elsewhere.id]);
  });

  test('a department that is not a code is refused', async () => {
    const { extensions } = await refused(subgraph, MISSING, { department: 'Rhône' }, RHONE_FACILITATOR);
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'department' });
  });
});

describe('the obligation reads the lots’ social devices (issue 14, item 8)', () => {
  const ADD_DEVICE = 'mutation ($lotId: ID!, $input: SocialDeviceInput!) { addSocialDevice(lotId: $lotId, input: $input) { id kind } }';

  test('a contract whose only devices are an award criterion and a reservation is still missing the execution condition; adding one meets it', async () => {
    const buyer = await createBuyer(subgraph, { kind: 'COMMUNE', communeCode: '69266' });
    const contract = await createContract(subgraph, buyer.id, {
      procurementKind: 'SERVICES', estimatedAmount: '500000.00', consultationLaunchDate: '2026-09-15',
      lots: [{ number: 1, title: 'Lot unique', amount: '500000' }],
    });
    const lotId = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots[0].id;
    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '20', subCriteria: 'Nombre d’heures d’insertion proposées' } });
    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } });
    const listed = async () => (await ok(subgraph, MISSING, {}, RHONE_FACILITATOR)).contractsMissingSocialCondition.nodes.map((node: { id: string }) => node.id);
    expect(await listed()).toContain(contract.id);

    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'EXECUTION_CONDITION', manualHours: '300', manualJustification: 'Objectif fixé par l’acheteur' } });
    expect(await listed()).not.toContain(contract.id);
  });
});
