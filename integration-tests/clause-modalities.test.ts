import { randomBytes } from 'node:crypto';
import { isValidSiret } from '@maillage/subgraph-kit';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * Issue 14, item 2, through the real hub: one vocabulary of modalities in the graph, and only what the
 * clause allows counts. `Contract.insertionProgress` (beneficiaries) takes the clause's allowed modalities
 * from contracts with `@requires`; hours of a modality the clause does not allow are reported apart.
 * Item 4: training hours count only up to the share of the target the clause sets (`trainingShareCap`).
 * Item 3: amounts subcontracted to an SIAE/EA/ESAT, per party and month, converted by the clause's rate.
 */
let stack: TestStack;

const COMPANY = '39812340600017';
const EMPLOYER_STRUCTURE = '7a3b9c4d-0000-4000-8000-000000000002';

function uniqueSiret(): string {
  const body = `8${String(parseInt(randomBytes(5).toString('hex'), 16)).padStart(12, '0').slice(0, 12)}`;
  for (let key = 0; key < 10; key += 1) if (isValidSiret(`${body}${key}`)) return `${body}${key}`;
  throw new Error('unreachable');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function admin(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await stack.query(query, variables, { viewer: viewers.admin });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

let contractId: string;
let trainingContractId: string;
let personId: string;
const PLACEMENT = { employmentContractType: 'CDD', startDate: '2026-01-05', eligibilityExemptionReason: 'Test : l’éligibilité n’est pas l’objet de ce test' };

beforeAll(async () => {
  stack = await startTestStack();
  const { createBuyer } = await admin('mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: '69123' } });
  const { createContract } = await admin('mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }', {
    input: {
      buyerId: createBuyer.id, reference: `MOD-${randomBytes(3).toString('hex')}`, title: 'Marché', sector: 'BUILDING',
      // TEMPORARY_WORK_ETTI is a former clause value: it stands for ETTI.
      lots: [{ number: 1, title: 'Lot', amount: '100000', clause: { legalBasis: 'EXECUTION_CONDITION', manualHours: '100', manualJustification: 'Objectif fixé par l’acheteur', modalities: ['DIRECT_HIRE', 'TEMPORARY_WORK_ETTI'] } }],
    },
  });
  contractId = createContract.id;
  const { createBeneficiary } = await admin('mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }', { input: { firstName: 'Prénom', lastName: 'Nom', birthDate: '1990-01-01', residenceCommuneCode: '69123', pathStartedOn: '2026-01-01' } });
  personId = createBeneficiary.id;
  for (const [employer, modality, hours] of [[{ employerSiret: COMPANY }, 'DIRECT_HIRE', '40'], [{ employerStructureId: EMPLOYER_STRUCTURE }, 'SUBCONTRACTING_EA_ESAT', '30.5']] as const) {
    const { openPlacement } = await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...PLACEMENT, ...employer, beneficiaryId: personId, contractId, modality } });
    await admin('mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id } }', { input: { placementId: openPlacement.id, month: '2026-01', hoursWorked: hours } });
  }
  // A clause of 100 h whose training may cover 20 % (20 h): 30 h on a training placement, and 5 h of training
  // declared on a direct hire that worked 40 h.
  const { createContract: training } = await admin('mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }', {
    input: {
      buyerId: createBuyer.id, reference: `FOR-${randomBytes(3).toString('hex')}`, title: 'Marché', sector: 'BUILDING',
      lots: [{ number: 1, title: 'Lot', amount: '100000', clause: { legalBasis: 'EXECUTION_CONDITION', manualHours: '100', manualJustification: 'Objectif fixé par l’acheteur', modalities: ['DIRECT_HIRE', 'TRAINING'], trainingShareCap: '0.2' } }],
    },
  });
  trainingContractId = training.id;
  for (const [modality, hoursWorked, trainingHours] of [['TRAINING', '30', '0'], ['DIRECT_HIRE', '40', '5']] as const) {
    const { openPlacement } = await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...PLACEMENT, employerSiret: COMPANY, beneficiaryId: personId, contractId: trainingContractId, modality } });
    await admin('mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id } }', { input: { placementId: openPlacement.id, month: '2026-02', hoursWorked, trainingHours } });
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('only what the clause allows counts', () => {
  test('hours of a modality the clause does not allow are reported apart, not counted', async () => {
    const { contract } = await admin(`query ($id: ID!) { contract(id: $id) {
      allowedModalities lots { clause { modalities } }
      insertionProgress { hoursTarget hoursRealised hoursCounted hoursNotAllowed modalitiesNotAllowed ratio byModality { modality hours } } } }`, { id: contractId });
    expect(contract.allowedModalities).toEqual(['DIRECT_HIRE', 'ETTI']);
    expect(contract.lots[0].clause.modalities).toEqual(['DIRECT_HIRE', 'ETTI']);
    expect(contract.insertionProgress).toMatchObject({
      hoursTarget: '100.00', hoursRealised: '70.50', hoursCounted: '40.00', hoursNotAllowed: '30.50',
      modalitiesNotAllowed: ['SUBCONTRACTING_EA_ESAT'], ratio: '0.4000',
    });
    expect(contract.insertionProgress.byModality).toEqual(expect.arrayContaining([{ modality: 'DIRECT_HIRE', hours: '40.00' }, { modality: 'SUBCONTRACTING_EA_ESAT', hours: '30.50' }]));
  });

  test('a placement speaks the precise vocabulary: a former clause value is refused, naming the field', async () => {
    const { body } = await stack.query('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', {
      input: { ...PLACEMENT, employerStructureId: EMPLOYER_STRUCTURE, beneficiaryId: personId, contractId, modality: 'SUBCONTRACTING' },
    }, { viewer: viewers.admin });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modality' });
    expect(body.errors?.[0]?.message).toContain('SUBCONTRACTING_SIAE ou SUBCONTRACTING_EA_ESAT');
  });
});

describe('training hours count up to the clause’s share', () => {
  test('beyond the cap (target × trainingShareCap), training hours are shown apart and not counted', async () => {
    const { contract } = await admin(`query ($id: ID!) { contract(id: $id) { trainingHoursCap lots { clause { trainingShareCap } }
      insertionProgress { hoursRealised trainingHours trainingHoursCounted trainingHoursOverCap hoursCounted hoursNotAllowed ratio } } }`, { id: trainingContractId });
    expect(contract.trainingHoursCap).toBe('20.00');
    expect(contract.lots[0].clause.trainingShareCap).toBe('0.2000');
    expect(contract.insertionProgress).toEqual({
      hoursRealised: '75.00', trainingHours: '5.00', trainingHoursCounted: '20.00', trainingHoursOverCap: '15.00',
      hoursCounted: '60.00', hoursNotAllowed: '0.00', ratio: '0.6000',
    });
  });

  test('a clause without a share gets the documented default (30 %); a share above 1 is refused naming the field', async () => {
    const { contract } = await admin('query ($id: ID!) { contract(id: $id) { lots { clause { trainingShareCap } } } }', { id: contractId });
    expect(contract.lots[0].clause.trainingShareCap).toBe('0.3000');
    const { body } = await stack.query('mutation ($lotId: ID!, $input: InsertionClauseInput!) { setInsertionClause(lotId: $lotId, input: $input) { id } }', {
      lotId: (await admin('query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contractId })).contract.lots[0].id,
      input: { legalBasis: 'EXECUTION_CONDITION', manualHours: '100', manualJustification: 'Objectif', trainingShareCap: '1.5' },
    }, { viewer: viewers.admin });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trainingShareCap' });
  });
});

describe('subcontracted amounts converted into hours', () => {
  test('an amount recorded for a subcontractor is converted by its lot’s clause (amount ÷ rate) and counted apart from hours worked', async () => {
    const { createBuyer } = await admin('mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: '69123' } });
    const { createContract } = await admin('mutation ($input: CreateContractInput!) { createContract(input: $input) { id lots { id } } }', {
      input: {
        buyerId: createBuyer.id, reference: `SST-${randomBytes(3).toString('hex')}`, title: 'Marché', sector: 'CLEANING',
        lots: [{ number: 1, title: 'Lot', amount: '100000', clause: { legalBasis: 'EXECUTION_CONDITION', manualHours: '100', manualJustification: 'Objectif fixé par l’acheteur', modalities: ['SUBCONTRACTING_SIAE'], subcontractingConversion: 'AMOUNT_DIVIDED_BY_RATE', subcontractingHourlyRate: '25' } }],
      },
    });
    for (const status of ['PUBLISHED', 'AWARDED']) {
      await admin('mutation ($id: ID!, $status: ContractStatus!) { changeContractStatus(id: $id, status: $status) { status } }', { id: createContract.id, status });
    }
    const siret = uniqueSiret();
    await admin('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret } }', { input: { siret, name: 'EI du Rhône' } });
    const { addContractParty } = await admin('mutation ($input: AddContractPartyInput!) { addContractParty(input: $input) { id } }', { input: { contractId: createContract.id, lotId: createContract.lots[0].id, siret, role: 'SUBCONTRACTOR' } });
    const RECORD = 'mutation ($id: ID!, $month: String!, $amount: Decimal!) { recordSubcontractedAmount(partyId: $id, month: $month, amount: $amount) { subcontractedAmounts { month amount convertedHours } } }';
    await admin(RECORD, { id: addContractParty.id, month: '2026-02', amount: '1000' });
    const { recordSubcontractedAmount } = await admin(RECORD, { id: addContractParty.id, month: '2026-03', amount: '510.50' });
    expect(recordSubcontractedAmount.subcontractedAmounts).toEqual([
      { month: '2026-02', amount: '1000.00', convertedHours: '40.00' }, { month: '2026-03', amount: '510.50', convertedHours: '20.42' },
    ]);
    const { contract } = await admin('query ($id: ID!) { contract(id: $id) { subcontractedHours insertionProgress { hoursRealised subcontractedHours hoursCounted ratio } } }', { id: createContract.id });
    expect(contract).toEqual({ subcontractedHours: '60.42', insertionProgress: { hoursRealised: '0.00', subcontractedHours: '60.42', hoursCounted: '60.42', ratio: '0.6042' } });
  });
});

describe('a reserved lot owes no hours (issue 14, item 8)', () => {
  test('hours worked on a contract whose only device is a reservation are shown, against no target: it is never behind', async () => {
    const { createBuyer } = await admin('mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: '69123' } });
    const { createContract } = await admin('mutation ($input: CreateContractInput!) { createContract(input: $input) { id lots { id } } }', {
      input: { buyerId: createBuyer.id, reference: `RES-${randomBytes(3).toString('hex')}`, title: 'Marché réservé', sector: 'CLEANING', lots: [{ number: 1, title: 'Lot réservé', amount: '200000' }] },
    });
    const lotId = createContract.lots[0].id;
    const refused = await stack.query('mutation ($lotId: ID!, $input: SocialDeviceInput!) { addSocialDevice(lotId: $lotId, input: $input) { id } }',
      { lotId, input: { kind: 'RESERVED_SIAE', manualHours: '500', manualJustification: 'Objectif' } }, { viewer: viewers.admin });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.manualHours' });
    await admin('mutation ($lotId: ID!, $input: SocialDeviceInput!) { addSocialDevice(lotId: $lotId, input: $input) { id } }', { lotId, input: { kind: 'RESERVED_SIAE' } });
    const { openPlacement } = await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...PLACEMENT, employerSiret: COMPANY, beneficiaryId: personId, contractId: createContract.id, modality: 'DIRECT_HIRE' } });
    await admin('mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id } }', { input: { placementId: openPlacement.id, month: '2026-03', hoursWorked: '20' } });
    const { contract } = await admin('query ($id: ID!) { contract(id: $id) { hoursTarget lots { socialDevices { kind hoursTarget } } insertionProgress { hoursTarget hoursRealised ratio } } }', { id: createContract.id });
    expect(contract).toEqual({
      hoursTarget: '0.00',
      lots: [{ socialDevices: [{ kind: 'RESERVED_SIAE', hoursTarget: null }] }],
      insertionProgress: { hoursTarget: '0.00', hoursRealised: '20.00', ratio: null },
    });
  });
});
