import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { contractsSubgraph } from '../src/subgraph';
import { createBuyer, createContract, ok, refused, uniqueReference, uniqueSiret } from './factories';

let subgraph: TestSubgraph;
let buyerId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
  buyerId = (await createBuyer(subgraph)).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const CREATE_BUYER = 'mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id siret } }';
const CREATE_COMPANY = 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret nafCode } }';
const CREATE_CONTRACT = 'mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }';

const countBuyers = async () => (await ok(subgraph, '{ buyers(first: 100) { totalCount } }')).buyers.totalCount as number;
const countContracts = async () => (await ok(subgraph, '{ contracts(first: 1) { totalCount } }')).contracts.totalCount as number;

describe('SIRET', () => {
  test.each([
    ['73282932000074', 'a valid Luhn key'],
    ['35600000000048', 'La Poste’s head office, valid by Luhn'],
    ['35600000049837', 'a La Poste establishment valid only by its digit sum (45, a multiple of 5)'],
  ])('%s is accepted (%s)', async (siret) => {
    const data = await ok(subgraph, CREATE_COMPANY, { input: { siret, name: 'Entreprise' } });
    expect(data.createCompany.siret).toBe(siret);
  });

  test.each([
    ['73282932000075', /check digit/],
    ['35600000049838', /check digit/],
    ['12345678900010', /check digit/],
    ['7328293200007', /exactly 14 digits/],
    ['7328293200007A', /exactly 14 digits/],
    ['732 829 320 00074', /exactly 14 digits/],
  ])('%s is refused, naming the field and the rule, and nothing is written', async (siret, rule) => {
    const before = await countBuyers();
    const { message, extensions } = await refused(subgraph, CREATE_BUYER, { input: { name: 'Ville', kind: 'COMMUNE', siret, communeCode: '69266' } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.siret' });
    expect(message).toMatch(rule);
    expect(await countBuyers()).toBe(before);
  });

  test('a second buyer with the same SIRET is a CONFLICT', async () => {
    const { siret } = await createBuyer(subgraph);
    const { extensions } = await refused(subgraph, CREATE_BUYER, { input: { name: 'Doublon', kind: 'COMMUNE', siret, communeCode: '69266' } });
    expect(extensions.code).toBe('CONFLICT');
  });

  test('a second company with the same SIRET is a CONFLICT', async () => {
    const siret = uniqueSiret();
    await ok(subgraph, CREATE_COMPANY, { input: { siret, name: 'Première' } });
    const { extensions } = await refused(subgraph, CREATE_COMPANY, { input: { siret, name: 'Seconde' } });
    expect(extensions.code).toBe('CONFLICT');
  });
});

describe('NAF and INSEE codes', () => {
  test.each([['8121Z', '8121Z'], ['81.21z', '8121Z']])('the NAF code %s is stored as %s', async (nafCode, stored) => {
    const data = await ok(subgraph, CREATE_COMPANY, { input: { siret: uniqueSiret(), name: 'Propreté', nafCode } });
    expect(data.createCompany.nafCode).toBe(stored);
  });

  test.each(['812Z', '81212', 'ABCDE'])('the NAF code %s is refused', async (nafCode) => {
    const { extensions, message } = await refused(subgraph, CREATE_COMPANY, { input: { siret: uniqueSiret(), name: 'X', nafCode } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nafCode' });
    expect(message).toContain('4 digits and a letter');
  });

  test.each(['69123', '2A004', '97411'])('the commune code %s is accepted', async (communeCode) => {
    expect((await createBuyer(subgraph, { communeCode })).id).toBeDefined();
  });

  test.each(['6912', '691230', '2C004', 'Lyon'])('the commune code %s is refused', async (communeCode) => {
    const { extensions } = await refused(subgraph, CREATE_BUYER, { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
  });
});

describe('contracts', () => {
  const clause = { legalBasis: 'EXECUTION_CONDITION', formula: { amount: '1000000', labourShare: '0.5', insertionRate: '0.05', hourlyCost: '30' } };
  const lot = { number: 1, title: 'Lot unique', amount: '1000000', clause };

  test.each([
    [{ estimatedAmount: '-1' }, 'input.estimatedAmount', /at least 0/],
    [{ estimatedAmount: '10.001' }, 'input.estimatedAmount', /at most 2 decimals/],
    [{ reference: '   ' }, 'input.reference', /blank/],
    [{ executionStart: '2026-06-01', executionEnd: '2026-06-01' }, 'input.executionEnd', /must come after/],
    [{ executionStart: '2026-06-01', executionEnd: '2026-05-31' }, 'input.executionEnd', /must come after/],
    [{ facilitatorId: 'plie-lyon' }, 'input.facilitatorId', /UUID/],
    [{ lots: [{ ...lot, amount: '-5' }] }, 'input.lots[0].amount', /at least 0/],
    [{ lots: [{ ...lot, number: 0 }] }, 'input.lots[0].number', /1 to 9999/],
    [{ lots: [lot, { ...lot, clause: null }] }, 'input.lots[1].number', /appears twice/],
    [{ lots: [{ ...lot, clause: { ...clause, formula: { ...clause.formula, labourShare: '0' } } }] }, 'input.lots[0].clause.formula.labourShare', /greater than 0 and at most 1/],
    [{ lots: [{ ...lot, clause: { ...clause, formula: { ...clause.formula, labourShare: '1.5' } } }] }, 'input.lots[0].clause.formula.labourShare', /at most 1/],
    [{ lots: [{ ...lot, clause: { ...clause, formula: { ...clause.formula, insertionRate: '0' } } }] }, 'input.lots[0].clause.formula.insertionRate', /greater than 0/],
    [{ lots: [{ ...lot, clause: { ...clause, formula: { ...clause.formula, hourlyCost: '0' } } }] }, 'input.lots[0].clause.formula.hourlyCost', /greater than 0/],
    [{ lots: [{ ...lot, clause: { ...clause, formula: { ...clause.formula, amount: '-1' } } }] }, 'input.lots[0].clause.formula.amount', /at least 0/],
    [{ lots: [{ ...lot, clause: { legalBasis: 'RESERVED_SIAE' } }] }, 'input.lots[0].clause.formula', /required unless manualHours/],
    [{ lots: [{ ...lot, clause: { ...clause, manualHours: '900' } }] }, 'input.lots[0].clause.manualJustification', /required with manualHours/],
    [{ lots: [{ ...lot, clause: { ...clause, subcontractingConversion: 'AMOUNT_DIVIDED_BY_RATE' } }] }, 'input.lots[0].clause.subcontractingHourlyRate', /required/],
  ])('%j is refused on %s, and nothing is written', async (overrides, field, rule) => {
    const before = await countContracts();
    const input = { buyerId, reference: uniqueReference(), title: 'Marché', sector: 'BUILDING', ...overrides };
    const { extensions, message } = await refused(subgraph, CREATE_CONTRACT, { input });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(message).toMatch(rule);
    expect(await countContracts()).toBe(before);
  });

  test('a float written for an amount is refused by the Decimal scalar', async () => {
    const input = { buyerId, reference: uniqueReference(), title: 'Marché', sector: 'BUILDING', estimatedAmount: 0.1 };
    const { extensions, message } = await refused(subgraph, CREATE_CONTRACT, { input });
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(message).toContain('Decimal expects a string');
  });

  test('a reference already used by the buyer is a CONFLICT; another buyer may use it', async () => {
    const { reference } = await createContract(subgraph, buyerId);
    const before = await countContracts();
    const { extensions, message } = await refused(subgraph, CREATE_CONTRACT, { input: { buyerId, reference, title: 'Doublon', sector: 'CLEANING' } });
    expect(extensions).toEqual({ code: 'CONFLICT' });
    expect(message).toContain(reference);
    expect(await countContracts()).toBe(before);
    const other = await createBuyer(subgraph);
    expect((await createContract(subgraph, other.id, { reference })).reference).toBe(reference);
  });

  test('renaming a contract to a reference its buyer already uses is a CONFLICT', async () => {
    const first = await createContract(subgraph, buyerId);
    const second = await createContract(subgraph, buyerId);
    const { extensions } = await refused(subgraph, 'mutation ($id: ID!, $reference: String!) { updateContract(id: $id, input: { reference: $reference }) { id } }',
      { id: second.id, reference: first.reference });
    expect(extensions.code).toBe('CONFLICT');
  });

  test('an update that puts the end before the stored start is refused', async () => {
    const contract = await createContract(subgraph, buyerId, { executionStart: '2027-01-01', executionEnd: '2027-12-31' });
    const { extensions } = await refused(subgraph, 'mutation ($id: ID!) { updateContract(id: $id, input: { executionEnd: "2026-12-31" }) { id } }', { id: contract.id });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.executionEnd' });
  });

  test('an unknown buyer is named in the error', async () => {
    const input = { buyerId: '00000000-0000-4000-8000-000000000999', reference: uniqueReference(), title: 'Marché', sector: 'BUILDING' };
    const { extensions } = await refused(subgraph, CREATE_CONTRACT, { input });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.buyerId' });
  });
});
