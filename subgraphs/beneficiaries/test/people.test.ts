import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { addCriterion, createPerson, dataOf, FACILITATOR_69, firstError, uniqueName } from './factories';

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

const CREATE = 'mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }';
const VALID = { firstName: 'Alix', lastName: 'Exemple', birthDate: '1988-02-29', residenceCommuneCode: '69259' };

async function countPeople(): Promise<number> {
  return (await db.query('SELECT count(*)::int AS n FROM beneficiary')).rows[0].n;
}

describe('recording a person', () => {
  test('a facilitator records a person of their territory; a path opens with them', async () => {
    const person = await createPerson(subgraph, { residenceCommuneCode: '69266', franceTravailId: '12345678', email: 'Alix@Example.org' });
    const read = dataOf(await subgraph.query('query ($id: ID!) { beneficiary(id: $id) { franceTravailId email residenceCommune { code } paths { status startedOn } } }', { id: person.id }, { viewer: FACILITATOR_69 }));
    expect(read.beneficiary).toEqual({ franceTravailId: '12345678', email: 'alix@example.org', residenceCommune: { code: '69266' }, paths: [{ status: 'OPEN', startedOn: '2025-01-01' }] });
  });

  test('a facilitator cannot record a person living outside their territories', async () => {
    const before = await countPeople();
    const response = await subgraph.query(CREATE, { input: { ...VALID, residenceCommuneCode: '38185' } }, { viewer: FACILITATOR_69 });
    expect(firstError(response).code).toBe('FORBIDDEN');
    expect(await countPeople()).toBe(before);
  });

  test.each([
    ['an empty first name', { firstName: '  ' }, 'firstName'],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate'],
    ['a residence code that is not an INSEE code', { residenceCommuneCode: '6912' }, 'residenceCommuneCode'],
    ['a France Travail id of 9 characters', { franceTravailId: '123456789' }, 'franceTravailId'],
    ['an e-mail without a domain', { email: 'alix@' }, 'email'],
    ['a phone made of letters', { phone: 'zero six' }, 'phone'],
    ['a referent that is not an id', { referentStructureId: 'mission-locale' }, 'referentStructureId'],
  ])('%s is refused with BAD_USER_INPUT naming the field, without echoing the value', async (_case, change, field) => {
    const before = await countPeople();
    const response = await subgraph.query(CREATE, { input: { ...VALID, ...change } }, { viewer: FACILITATOR_69 });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
    const [value] = Object.values(change) as string[];
    if (value.trim()) expect(response.body.errors![0]!.message).not.toContain(value);
    expect(await countPeople()).toBe(before);
  });

  test('Corsican and overseas communes give their department: 2A, 974', async () => {
    const corsica = await createPerson(subgraph, { residenceCommuneCode: '2A004' }, viewers.admin);
    const reunion = await createPerson(subgraph, { residenceCommuneCode: '97411' }, viewers.admin);
    const { rows } = await db.query('SELECT department_code FROM beneficiary WHERE id = ANY($1::uuid[]) ORDER BY department_code', [[corsica.id, reunion.id]]);
    expect(rows.map((row) => row.department_code)).toEqual(['2A', '974']);
    const facilitator = viewers.facilitator(['2A']);
    const read = await subgraph.query('query ($id: ID!) { beneficiary(id: $id) { id } }', { id: corsica.id }, { viewer: facilitator });
    expect(dataOf(read).beneficiary).toEqual({ id: corsica.id });
  });

  test('an update changes the given fields only, and cannot clear a required one', async () => {
    const person = await createPerson(subgraph, { phone: '01 99 00 12 34' });
    const UPDATE = 'mutation ($id: ID!, $input: UpdateBeneficiaryInput!) { updateBeneficiary(id: $id, input: $input) { phone qpvResident lastName } }';
    const updated = dataOf(await subgraph.query(UPDATE, { id: person.id, input: { qpvResident: true, phone: null } }, { viewer: FACILITATOR_69 }));
    expect(updated.updateBeneficiary).toMatchObject({ phone: null, qpvResident: true });
    expect(firstError(await subgraph.query(UPDATE, { id: person.id, input: { lastName: null } }, { viewer: FACILITATOR_69 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'lastName' });
  });
});

describe('eligibility criteria', () => {
  const VALIDATE = 'mutation ($id: ID!, $on: LocalDate!) { validateCriterion(id: $id, validFor: $on) { validatedFor validatedBy } }';

  test('a criterion is validated for a date, by whom and when', async () => {
    const person = await createPerson(subgraph);
    const id = await addCriterion(subgraph, person.id, 'RSA', '2025-01-10');
    const validated = dataOf(await subgraph.query(VALIDATE, { id, on: '2025-02-01' }, { viewer: FACILITATOR_69 }));
    expect(validated.validateCriterion).toEqual({ validatedFor: '2025-02-01', validatedBy: 'test-facilitator-69' });
  });

  test.each([
    ['a proof that has expired on that date (RSA: 90 days)', '2025-04-10'],
    ['a proof dated after that date', '2025-01-09'],
  ])('validating %s is refused', async (_case, validFor) => {
    const person = await createPerson(subgraph);
    const id = await addCriterion(subgraph, person.id, 'RSA', '2025-01-10');
    expect(firstError(await subgraph.query(VALIDATE, { id, on: validFor }, { viewer: FACILITATOR_69 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'validFor' });
    const { rows } = await db.query('SELECT validated_at FROM beneficiary_criterion WHERE id = $1', [id]);
    expect(rows[0].validated_at).toBeNull();
  });

  test('the last day of validity is still valid', async () => {
    const person = await createPerson(subgraph);
    const id = await addCriterion(subgraph, person.id, 'RSA', '2025-01-10');
    expect(dataOf(await subgraph.query(VALIDATE, { id, on: '2025-04-09' }, { viewer: FACILITATOR_69 })).validateCriterion.validatedFor).toBe('2025-04-09');
  });

  test('a code outside the territory’s catalogue is refused', async () => {
    const person = await createPerson(subgraph);
    const response = await subgraph.query('mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id } }',
      { input: { beneficiaryId: person.id, criterionCode: 'NOT_A_CRITERION', proofDate: '2025-01-01' } }, { viewer: FACILITATOR_69 });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'criterionCode' });
  });

  test('eligibility on a date is derived from the validated criteria and names the least sensitive one carrying it', async () => {
    const person = await createPerson(subgraph);
    await addCriterion(subgraph, person.id, 'RQTH', '2025-01-05', '2025-01-05');
    await addCriterion(subgraph, person.id, 'RSA', '2025-01-10', '2025-01-10');
    await addCriterion(subgraph, person.id, 'DELD', '2025-01-10');
    const QUERY = `query ($id: ID!) { beneficiary(id: $id) {
      before: eligibility(on: "2025-01-01") { eligible criterion { code } }
      during: eligibility(on: "2025-02-01") { eligible criterion { code } validUntil }
      after: eligibility(on: "2025-06-01") { eligible criterion { code } }
    } }`;
    const { beneficiary } = dataOf(await subgraph.query(QUERY, { id: person.id }, { viewer: FACILITATOR_69 }));
    expect(beneficiary).toEqual({
      before: { eligible: false, criterion: null },
      during: { eligible: true, criterion: { code: 'RSA' }, validUntil: '2025-04-09' },
      after: { eligible: true, criterion: { code: 'RQTH' } },
    });
  });

  test('a structure sees that its person is eligible, not the health criterion that carries it', async () => {
    const referent = '7a3b9c4d-0000-4000-8000-000000000005';
    const person = await createPerson(subgraph, { referentStructureId: referent });
    await addCriterion(subgraph, person.id, 'AAH', '2025-01-05', '2025-01-05');
    const QUERY = 'query ($id: ID!) { beneficiary(id: $id) { eligibility(on: "2025-02-01") { eligible criterion { code } } criteria { criterion { code } } } }';
    const { beneficiary } = dataOf(await subgraph.query(QUERY, { id: person.id }, { viewer: viewers.structure(referent) }));
    expect(beneficiary).toEqual({ eligibility: { eligible: true, criterion: null }, criteria: [] });
  });

  test('a facilitator adds a criterion to their territory’s catalogue, not to another’s nor to the national one', async () => {
    const DEFINE = 'mutation ($input: DefineCriterionInput!) { defineEligibilityCriterion(input: $input) { code territory } }';
    const input = (territory: string) => ({ territory, code: uniqueName('LOCAL_').toUpperCase(), label: 'Critère local', proofType: 'Attestation', proofValidityDays: 30, sensitivity: 'ORDINARY' });
    expect(dataOf(await subgraph.query(DEFINE, { input: input('69') }, { viewer: FACILITATOR_69 })).defineEligibilityCriterion.territory).toBe('69');
    expect(firstError(await subgraph.query(DEFINE, { input: input('38') }, { viewer: FACILITATOR_69 })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(DEFINE, { input: input('FR') }, { viewer: FACILITATOR_69 })).code).toBe('FORBIDDEN');
    const catalogue = dataOf(await subgraph.query('{ eligibilityCriteria(territory: "69") { code sensitivity } }', {}, { viewer: viewers.buyer('b') }));
    expect(catalogue.eligibilityCriteria).toEqual(expect.arrayContaining([{ code: 'RQTH', sensitivity: 'HEALTH' }, { code: 'SOUS_MAIN_DE_JUSTICE', sensitivity: 'JUSTICE' }]));
  });
});
