import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { contractIn, createBuyer, createCompany, createContract, ok, refused } from './factories';

let subgraph: TestSubgraph;
let buyerId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  buyerId = (await createBuyer(subgraph)).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const ESTIMATE = `query ($input: HoursFormulaInput!) { insertionHoursEstimate(input: $input) {
  amount labourShare insertionRate hourlyCost hours exactHours roundingRule } }`;
const FORMULA = { amount: '1000000', labourShare: '0.5', insertionRate: '0.05', hourlyCost: '30' };
const CLAUSE_FIELDS = 'id legalBasis hoursTarget hoursMethod manualHours manualJustification modalities subcontractingConversion subcontractingHourlyRate poolingGroup formula { hours exactHours }';
const SET_CLAUSE = `mutation ($lotId: ID!, $input: InsertionClauseInput!) { setInsertionClause(lotId: $lotId, input: $input) { ${CLAUSE_FIELDS} } }`;
const ADD_LOT = 'mutation ($contractId: ID!, $input: LotInput!) { addLot(contractId: $contractId, input: $input) { id number } }';
const HOURS = 'query ($id: ID!) { contract(id: $id) { hoursTarget lots { number clause { hoursTarget } } } }';
const ADD_PARTY = 'mutation ($input: AddContractPartyInput!) { addContractParty(input: $input) { id role company { siret } lot { number } } }';

describe('the hours calculator', () => {
  test('1,000,000 € × 50 % × 5 % ÷ 30 €/h gives 833 hours, and says how it rounds', async () => {
    const data = await ok(subgraph, ESTIMATE, { input: FORMULA }, viewers.facilitator(['69']));
    expect(data.insertionHoursEstimate).toEqual({
      amount: '1000000.00', labourShare: '0.5000', insertionRate: '0.0500', hourlyCost: '30.00',
      hours: '833.00', exactHours: '833.33', roundingRule: expect.stringContaining('la plus proche'),
    });
  });

  test.each([
    ['1667000', '834.00', '833.50'],
    ['1666980', '833.00', '833.49'],
  ])('%s € × 50 % × 5 % ÷ 50 €/h rounds to the nearest hour, a half going up: %s', async (amount, hours, exactHours) => {
    const data = await ok(subgraph, ESTIMATE, { input: { ...FORMULA, amount, hourlyCost: '50' } });
    expect(data.insertionHoursEstimate).toMatchObject({ hours, exactHours });
  });

  test('a rate outside (0, 1] is refused naming the field', async () => {
    const { extensions } = await refused(subgraph, ESTIMATE, { input: { ...FORMULA, insertionRate: '5' } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.insertionRate' });
  });

  test('an anonymous caller must sign in to use it', async () => {
    const { extensions } = await refused(subgraph, ESTIMATE, { input: FORMULA }, viewers.public);
    expect(extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('insertion clauses on lots', () => {
  test('a clause computed by the formula stores every input, and the contract sums its lots’ targets', async () => {
    const contract = await createContract(subgraph, buyerId, {
      lots: [
        { number: 1, title: 'Gros œuvre', amount: '1000000', clause: { legalBasis: 'EXECUTION_CONDITION', formula: FORMULA, modalities: ['DIRECT_HIRE', 'TEMPORARY_WORK_ETTI', 'DIRECT_HIRE'] } },
        { number: 2, title: 'Peinture', amount: '300000' },
      ],
    });
    expect(contract.hoursTarget).toBe('833.00');
    const data = await ok(subgraph, `query ($id: ID!) { contract(id: $id) { lots { number clause { ${CLAUSE_FIELDS} formula { amount labourShare insertionRate hourlyCost } } } } }`, { id: contract.id });
    expect(data.contract.lots[0].clause).toMatchObject({
      legalBasis: 'EXECUTION_CONDITION', hoursTarget: '833.00', hoursMethod: 'FORMULA', manualHours: null,
      // A former clause value is replaced by the one vocabulary's (TEMPORARY_WORK_ETTI → ETTI), duplicates dropped.
      modalities: ['DIRECT_HIRE', 'ETTI'], subcontractingConversion: 'ATTESTED_HOURS',
      formula: { amount: '1000000.00', labourShare: '0.5000', insertionRate: '0.0500', hourlyCost: '30.00', hours: '833.00', exactHours: '833.33' },
    });
    expect(data.contract.lots[1].clause).toBeNull();
  });

  test('a manual target needs its justification, wins over the formula, and keeps the calculation on record', async () => {
    const contract = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Lot', amount: '1000000' }] });
    const lotId = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots[0].id;
    const input = { legalBasis: 'AWARD_CRITERION', formula: FORMULA, manualHours: '1000', manualJustification: 'Engagement du titulaire dans son offre (critère d’attribution).' };
    const clause = (await ok(subgraph, SET_CLAUSE, { lotId, input })).setInsertionClause;
    expect(clause).toMatchObject({ hoursTarget: '1000.00', hoursMethod: 'MANUAL', manualHours: '1000.00', formula: { hours: '833.00', exactHours: '833.33' } });
    const again = (await ok(subgraph, SET_CLAUSE, { lotId, input })).setInsertionClause;
    expect(again).toEqual(clause);
    expect((await ok(subgraph, HOURS, { id: contract.id })).contract.hoursTarget).toBe('1000.00');
  });

  test('a subcontracted amount converted at an hourly rate, and a pooling group, are stored with the clause', async () => {
    const contract = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Lot', amount: '200000' }] });
    const lotId = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots[0].id;
    const input = { legalBasis: 'EXECUTION_CONDITION', formula: { ...FORMULA, amount: '200000' }, subcontractingConversion: 'AMOUNT_DIVIDED_BY_RATE', subcontractingHourlyRate: '32.5', poolingGroup: 'Groupe scolaire 2026' };
    const clause = (await ok(subgraph, SET_CLAUSE, { lotId, input })).setInsertionClause;
    expect(clause).toMatchObject({ subcontractingConversion: 'AMOUNT_DIVIDED_BY_RATE', subcontractingHourlyRate: '32.50', poolingGroup: 'Groupe scolaire 2026', hoursTarget: '167.00' });
  });

  test('adding a lot raises the contract’s target; removing its clause lowers it; a taken lot number is a CONFLICT', async () => {
    const contract = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Lot 1', amount: '1000000', clause: { legalBasis: 'EXECUTION_CONDITION', formula: FORMULA } }] });
    const lot = (await ok(subgraph, ADD_LOT, { contractId: contract.id, input: { number: 2, title: 'Lot 2', amount: '600000', clause: { legalBasis: 'RESERVED_SIAE', formula: { ...FORMULA, amount: '600000' } } } })).addLot;
    expect((await ok(subgraph, HOURS, { id: contract.id })).contract.hoursTarget).toBe('1333.00');
    const duplicate = await refused(subgraph, ADD_LOT, { contractId: contract.id, input: { number: 2, title: 'Doublon', amount: '1' } });
    expect(duplicate.extensions.code).toBe('CONFLICT');
    await ok(subgraph, 'mutation ($lotId: ID!) { removeInsertionClause(lotId: $lotId) { id } }', { lotId: lot.id });
    expect((await ok(subgraph, HOURS, { id: contract.id })).contract).toEqual({
      hoursTarget: '833.00', lots: [{ number: 1, clause: { hoursTarget: '833.00' } }, { number: 2, clause: null }],
    });
  });
});

describe('companies on contracts', () => {
  test('a holder, a co-contractor and a subcontractor on a lot; the holder is the contract’s holder', async () => {
    const contract = await contractIn(subgraph, buyerId, 'AWARDED', { lots: [{ number: 1, title: 'Lot', amount: '1000' }] });
    const lotId = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots[0].id;
    const [holder, partner, siae] = [await createCompany(subgraph), await createCompany(subgraph), await createCompany(subgraph, { nafCode: '8130Z' })];
    await ok(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: holder, role: 'HOLDER', startDate: '2027-01-01' } });
    await ok(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: partner, role: 'CO_CONTRACTOR' } });
    const sub = (await ok(subgraph, ADD_PARTY, { input: { contractId: contract.id, lotId, siret: siae, role: 'SUBCONTRACTOR', startDate: '2027-02-01', endDate: '2027-06-30' } })).addContractParty;
    expect(sub).toMatchObject({ role: 'SUBCONTRACTOR', company: { siret: siae }, lot: { number: 1 } });
    const data = await ok(subgraph, `query ($id: ID!, $siret: String!) {
      contract(id: $id) { holder { siret } parties { role company { siret } } lots { parties { role } } }
      company(siret: $siret) { parties { role contract { id } } } }`, { id: contract.id, siret: siae });
    expect(data.contract.holder).toEqual({ siret: holder });
    expect(data.contract.parties.map((party: { role: string }) => party.role)).toEqual(['HOLDER', 'CO_CONTRACTOR', 'SUBCONTRACTOR']);
    expect(data.contract.lots[0].parties).toEqual([{ role: 'SUBCONTRACTOR' }]);
    expect(data.company.parties).toEqual([{ role: 'SUBCONTRACTOR', contract: { id: contract.id } }]);
  });

  test('a second holder, or the same company in the same role twice, is a CONFLICT', async () => {
    const contract = await contractIn(subgraph, buyerId, 'IN_EXECUTION');
    const [first, second] = [await createCompany(subgraph), await createCompany(subgraph)];
    await ok(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: first, role: 'HOLDER' } });
    expect((await refused(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: second, role: 'HOLDER' } })).extensions.code).toBe('CONFLICT');
    await ok(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: second, role: 'SUBCONTRACTOR' } });
    expect((await refused(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: second, role: 'SUBCONTRACTOR' } })).extensions.code).toBe('CONFLICT');
  });

  test.each([
    ['DRAFT'],
    ['PUBLISHED'],
    ['CLOSED'],
  ])('no company joins a %s contract', async (status) => {
    const contract = await contractIn(subgraph, buyerId, status);
    const { extensions, message } = await refused(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret: await createCompany(subgraph), role: 'HOLDER' } });
    expect(extensions.code).toBe('CONFLICT');
    expect(message).toContain(status);
  });

  test('an unknown company, a lot of another contract, or dates in the wrong order are refused naming the field', async () => {
    const contract = await contractIn(subgraph, buyerId, 'AWARDED');
    const other = await createContract(subgraph, buyerId, { lots: [{ number: 1, title: 'Ailleurs', amount: '1' }] });
    const otherLot = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: other.id })).contract.lots[0].id;
    const siret = await createCompany(subgraph);
    const cases: [Record<string, unknown>, string][] = [
      [{ siret: '73282932000074' }, 'input.siret'],
      [{ siret: '73282932000075' }, 'input.siret'],
      [{ lotId: otherLot }, 'input.lotId'],
      [{ startDate: '2027-05-01', endDate: '2027-04-30' }, 'input.endDate'],
    ];
    for (const [overrides, field] of cases) {
      const { extensions } = await refused(subgraph, ADD_PARTY, { input: { contractId: contract.id, siret, role: 'SUBCONTRACTOR', ...overrides } });
      expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });
});
