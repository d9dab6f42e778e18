import { createLogger, createOrm, migrate } from '@maillage/subgraph-kit';
import { createTestDatabase, startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { migrations } from '../src/migrations';
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

describe('a lot’s social devices (issue 14, item 8)', () => {
  const DEVICE_FIELDS = 'id kind article hoursTarget weightPercent subCriteria lot { number } clause { id hoursTarget legalBasis }';
  const ADD_DEVICE = `mutation ($lotId: ID!, $input: SocialDeviceInput!) { addSocialDevice(lotId: $lotId, input: $input) { ${DEVICE_FIELDS} } }`;
  const UPDATE_DEVICE = `mutation ($id: ID!, $input: SocialDeviceInput!) { updateSocialDevice(id: $id, input: $input) { ${DEVICE_FIELDS} } }`;
  const REMOVE_DEVICE = 'mutation ($lotId: ID!, $kind: SocialDeviceKind!) { removeSocialDevice(lotId: $lotId, kind: $kind) { id } }';
  const DEVICES = `query ($id: ID!) { contract(id: $id) { hoursTarget lots { id clause { id } socialDevices { ${DEVICE_FIELDS} } } } }`;
  const EXECUTION = { kind: 'EXECUTION_CONDITION', formula: FORMULA, modalities: ['DIRECT_HIRE'] };

  async function lotOf(lots: unknown[] = [{ number: 1, title: 'Lot', amount: '1000000' }]) {
    const contract = await createContract(subgraph, buyerId, { lots });
    const lotId = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots[0].id as string;
    const read = async () => (await ok(subgraph, DEVICES, { id: contract.id })).contract;
    return { contract, lotId, read };
  }

  test('a lot carries an execution condition, an award criterion and both reservations at once; the clause is its execution condition', async () => {
    const { lotId, read } = await lotOf([{ number: 1, title: 'Lot', amount: '1000000', clause: { legalBasis: 'EXECUTION_CONDITION', formula: FORMULA } }]);
    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_DISABILITY' } });
    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '12.5', subCriteria: 'Heures d’insertion proposées ; accompagnement des personnes' } });
    await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } });
    const contract = await read();
    const [lot] = contract.lots;
    expect(lot.socialDevices).toEqual([
      { id: lot.clause.id, kind: 'EXECUTION_CONDITION', article: 'L2112-2', hoursTarget: '833.00', weightPercent: null, subCriteria: null, lot: { number: 1 }, clause: { id: lot.clause.id, hoursTarget: '833.00', legalBasis: 'EXECUTION_CONDITION' } },
      { id: expect.any(String), kind: 'AWARD_CRITERION', article: 'L2152-7', hoursTarget: null, weightPercent: '12.50', subCriteria: 'Heures d’insertion proposées ; accompagnement des personnes', lot: { number: 1 }, clause: null },
      { id: expect.any(String), kind: 'RESERVED_SIAE', article: 'L2113-13', hoursTarget: null, weightPercent: null, subCriteria: null, lot: { number: 1 }, clause: null },
      { id: expect.any(String), kind: 'RESERVED_DISABILITY', article: 'L2113-12', hoursTarget: null, weightPercent: null, subCriteria: null, lot: { number: 1 }, clause: null },
    ]);
    // Only the execution condition carries hours: the contract's target is unchanged.
    expect(contract.hoursTarget).toBe('833.00');
  });

  test.each([
    ['RESERVED_SIAE', { manualHours: '500', manualJustification: 'Objectif' }, 'input.manualHours', /lot réservé .*L2113-13.* n’a pas d’objectif d’heures/],
    ['RESERVED_DISABILITY', { formula: FORMULA }, 'input.formula', /lot réservé .*L2113-12.* n’a pas d’objectif d’heures/],
    ['RESERVED_SIAE', { weightPercent: '10' }, 'input.weightPercent', /ne va qu’avec un critère d’attribution/],
    ['AWARD_CRITERION', { weightPercent: '10', formula: FORMULA }, 'input.formula', /critère d’attribution .* ne porte pas d’objectif d’heures/],
    ['AWARD_CRITERION', { weightPercent: '10', modalities: ['DIRECT_HIRE'] }, 'input.modalities', /ne porte pas d’objectif d’heures/],
    ['EXECUTION_CONDITION', { formula: FORMULA, weightPercent: '10' }, 'input.weightPercent', /ne va qu’avec un critère d’attribution/],
    ['AWARD_CRITERION', {}, 'input.weightPercent', /pondération est requise pour un critère d’attribution/],
    ['AWARD_CRITERION', { weightPercent: '0' }, 'input.weightPercent', /supérieure à 0 et inférieure à 100/],
    ['AWARD_CRITERION', { weightPercent: '100' }, 'input.weightPercent', /supérieure à 0 et inférieure à 100.*R2152-7/],
    ['AWARD_CRITERION', { weightPercent: '-5' }, 'input.weightPercent', /supérieure à 0/],
    ['AWARD_CRITERION', { weightPercent: '12.345' }, 'input.weightPercent', /deux décimales au plus/],
  ])('a device of kind %s with %j is a BAD_USER_INPUT on %s, in French, and nothing is written', async (kind, fields, field, rule) => {
    const { lotId, read } = await lotOf();
    const { extensions, message } = await refused(subgraph, ADD_DEVICE, { lotId, input: { kind, ...fields } });
    expect(extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(message).toMatch(rule);
    expect((await read()).lots[0].socialDevices).toEqual([]);
  });

  test('an award criterion of 99.99 % is accepted: the bound is below 100, not at it', async () => {
    const { lotId } = await lotOf();
    expect((await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '99.99' } })).addSocialDevice.weightPercent).toBe('99.99');
  });

  test('the same device added twice is returned, not duplicated; a second execution condition on a lot is a CONFLICT', async () => {
    const { lotId, read } = await lotOf();
    const first = (await ok(subgraph, ADD_DEVICE, { lotId, input: EXECUTION })).addSocialDevice;
    const again = (await ok(subgraph, ADD_DEVICE, { lotId, input: EXECUTION })).addSocialDevice;
    expect(again).toEqual(first);
    const reserved = (await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } })).addSocialDevice;
    expect((await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } })).addSocialDevice.id).toBe(reserved.id);

    const second = await refused(subgraph, ADD_DEVICE, { lotId, input: { ...EXECUTION, formula: { ...FORMULA, insertionRate: '0.1' } } });
    expect(second.extensions).toEqual({ code: 'CONFLICT', field: 'input.kind' });
    expect(second.message).toMatch(/ce lot porte déjà une condition d’exécution/);
    const criterion = (await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '10' } })).addSocialDevice;
    expect((await refused(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '15' } })).extensions.code).toBe('CONFLICT');
    const devices = (await read()).lots[0].socialDevices;
    expect(devices.map((device: { id: string }) => device.id)).toEqual([first.id, criterion.id, reserved.id]);
    expect(devices[0].hoursTarget).toBe('833.00');
  });

  test('an update replaces a device’s inputs whole and keeps its kind; removing is safe to repeat; the contract’s target follows', async () => {
    const { lotId, read } = await lotOf();
    const condition = (await ok(subgraph, ADD_DEVICE, { lotId, input: EXECUTION })).addSocialDevice;
    const criterion = (await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'AWARD_CRITERION', weightPercent: '10' } })).addSocialDevice;
    const updated = (await ok(subgraph, UPDATE_DEVICE, { id: condition.id, input: { kind: 'EXECUTION_CONDITION', manualHours: '1200', manualJustification: 'Objectif négocié' } })).updateSocialDevice;
    expect(updated).toMatchObject({ id: condition.id, hoursTarget: '1200.00' });
    expect((await ok(subgraph, UPDATE_DEVICE, { id: criterion.id, input: { kind: 'AWARD_CRITERION', weightPercent: '15', subCriteria: 'Qualité du parcours' } })).updateSocialDevice)
      .toMatchObject({ id: criterion.id, weightPercent: '15.00', subCriteria: 'Qualité du parcours' });
    expect((await read()).hoursTarget).toBe('1200.00');

    const changedKind = await refused(subgraph, UPDATE_DEVICE, { id: criterion.id, input: { kind: 'RESERVED_SIAE' } });
    expect(changedKind.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(changedKind.message).toMatch(/sa nature ne change pas/);
    expect((await refused(subgraph, UPDATE_DEVICE, { id: '00000000-0000-4000-8000-000000000000', input: { kind: 'RESERVED_SIAE' } })).extensions.code).toBe('NOT_FOUND');

    for (let attempt = 0; attempt < 2; attempt += 1) await ok(subgraph, REMOVE_DEVICE, { lotId, kind: 'EXECUTION_CONDITION' });
    const after = await read();
    expect(after.hoursTarget).toBe('0.00');
    expect(after.lots[0].clause).toBeNull();
    expect(after.lots[0].socialDevices.map((device: { kind: string }) => device.kind)).toEqual(['AWARD_CRITERION']);
  });

  test('a reserved lot has no hours target: the contract’s target counts only execution conditions', async () => {
    const contract = await createContract(subgraph, buyerId, {
      lots: [{ number: 1, title: 'Lot classique', amount: '1000000', clause: { legalBasis: 'EXECUTION_CONDITION', formula: FORMULA } }, { number: 2, title: 'Lot réservé', amount: '600000' }],
    });
    const lots = (await ok(subgraph, 'query ($id: ID!) { contract(id: $id) { lots { id } } }', { id: contract.id })).contract.lots;
    await ok(subgraph, ADD_DEVICE, { lotId: lots[1].id, input: { kind: 'RESERVED_SIAE' } });
    const data = (await ok(subgraph, DEVICES, { id: contract.id })).contract;
    expect(data.hoursTarget).toBe('833.00');
    expect(data.lots[1].socialDevices).toEqual([expect.objectContaining({ kind: 'RESERVED_SIAE', hoursTarget: null })]);
  });

  test('the deprecated clause with a reserved basis also records the lot’s reservation', async () => {
    const { lotId, read } = await lotOf();
    await ok(subgraph, SET_CLAUSE, { lotId, input: { legalBasis: 'RESERVED_DISABILITY', formula: FORMULA } });
    await ok(subgraph, SET_CLAUSE, { lotId, input: { legalBasis: 'RESERVED_DISABILITY', formula: FORMULA } });
    expect((await read()).lots[0].socialDevices.map((device: { kind: string }) => device.kind)).toEqual(['EXECUTION_CONDITION', 'RESERVED_DISABILITY']);
  });

  test('a facilitator of another territory may not add a device; one of the buyer’s territory may', async () => {
    const { lotId } = await lotOf();
    const { extensions } = await refused(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } }, viewers.facilitator(['38']));
    expect(extensions.code).toBe('FORBIDDEN');
    expect((await ok(subgraph, ADD_DEVICE, { lotId, input: { kind: 'RESERVED_SIAE' } }, viewers.facilitator(['69']))).addSocialDevice.kind).toBe('RESERVED_SIAE');
  });
});

describe('migration social_devices carries the clauses forward', () => {
  test('each clause stays its lot’s execution condition with its basis; a reserved basis also gives a reservation device', async () => {
    const database = await createTestDatabase('contracts_devices_migration');
    const logger = createLogger({ name: 'devices-migration-test', level: 'silent' });
    const index = migrations.findIndex((migration) => migration.name === 'Migration20261202110000_social_devices');
    expect(index).toBeGreaterThan(0);
    const before = await createOrm({ url: database.url, poolMax: 1, entities: contractsSubgraph.entities, migrations: migrations.slice(0, index), logger });
    try {
      await migrate(before, migrations.slice(0, index));
      const sql = before.em.fork().getConnection();
      await sql.execute(`INSERT INTO buyer (id, name, kind, siret, commune_code) VALUES ('00000000-0000-4000-8000-0000000000b1', 'Ville', 'COMMUNE', '21690266800013', '69266')`);
      await sql.execute(`INSERT INTO contract (id, buyer_id, reference, title, sector) VALUES ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', 'M-1', 'Marché', 'BUILDING')`);
      const bases = ['EXECUTION_CONDITION', 'RESERVED_SIAE', 'RESERVED_DISABILITY', 'AWARD_CRITERION', 'INSERTION_SERVICE'];
      for (const [i, basis] of bases.entries()) {
        await sql.execute(`INSERT INTO lot (id, contract_id, number, title, amount) VALUES ('00000000-0000-4000-8000-00000000010${i}', '00000000-0000-4000-8000-0000000000c1', ${i + 1}, 'Lot', 1000)`);
        await sql.execute(`INSERT INTO insertion_clause (id, lot_id, legal_basis, hours_target, manual_hours, manual_justification)
          VALUES ('00000000-0000-4000-8000-00000000020${i}', '00000000-0000-4000-8000-00000000010${i}', '${basis}', 100, 100, 'Objectif')`);
      }
    } finally {
      await before.close();
    }
    const after = await createOrm({ url: database.url, poolMax: 1, entities: contractsSubgraph.entities, migrations, logger });
    try {
      expect(await migrate(after, migrations)).toEqual(['Migration20261202110000_social_devices', ...migrations.slice(index + 1).map((migration) => migration.name)]);
      const sql = after.em.fork().getConnection();
      expect(await sql.execute('SELECT l.number, c.legal_basis, c.hours_target::text AS hours FROM insertion_clause c JOIN lot l ON l.id = c.lot_id ORDER BY l.number')).toEqual([
        { number: 1, legal_basis: 'EXECUTION_CONDITION', hours: '100.00' },
        { number: 2, legal_basis: 'RESERVED_SIAE', hours: '100.00' },
        { number: 3, legal_basis: 'RESERVED_DISABILITY', hours: '100.00' },
        { number: 4, legal_basis: 'AWARD_CRITERION', hours: '100.00' },
        { number: 5, legal_basis: 'INSERTION_SERVICE', hours: '100.00' },
      ]);
      expect(await sql.execute('SELECT l.number, d.kind FROM social_device d JOIN lot l ON l.id = d.lot_id ORDER BY l.number')).toEqual([
        { number: 2, kind: 'RESERVED_SIAE' },
        { number: 3, kind: 'RESERVED_DISABILITY' },
      ]);
    } finally {
      await after.close();
      await database.drop();
    }
  });
});
