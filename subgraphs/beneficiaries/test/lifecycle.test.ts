import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { addCriterion, CONTRACT, createPerson, dataOf, declare, FACILITATOR_69, firstError, openPlacement } from './factories';

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

const CLOSE_PATH = 'mutation ($id: ID!, $on: LocalDate!) { closePath(pathId: $id, endedOn: $on) { status endedOn } }';
const OUTCOME = 'mutation ($id: ID!, $input: RecordOutcomeInput!) { recordOutcome(pathId: $id, input: $input) { kind category detail observedOn } }';
const PROGRESS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Contract { insertionProgress { hoursRealised people } } } }`;

describe('paths and outcomes', () => {
  test('a path closes once its placements have ended, then records its outcomes at exit and six months later', async () => {
    const person = await createPerson(subgraph);
    const placementId = await openPlacement(subgraph, person.id, { startDate: '2025-01-01' });
    expect(firstError(await subgraph.query(CLOSE_PATH, { id: person.pathId, on: '2025-06-30' }, { viewer: FACILITATOR_69 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'endedOn' });
    dataOf(await subgraph.query('mutation ($id: ID!) { closePlacement(id: $id, endDate: "2025-06-30") { id } }', { id: placementId }, { viewer: FACILITATOR_69 }));
    expect(dataOf(await subgraph.query(CLOSE_PATH, { id: person.pathId, on: '2025-06-30' }, { viewer: FACILITATOR_69 })).closePath).toEqual({ status: 'CLOSED', endedOn: '2025-06-30' });
    const atExit = { kind: 'AT_EXIT', category: 'DURABLE_EMPLOYMENT', detail: 'CDI', observedOn: '2025-06-30' };
    expect(dataOf(await subgraph.query(OUTCOME, { id: person.pathId, input: atExit }, { viewer: FACILITATOR_69 })).recordOutcome).toEqual(atExit);
    expect(firstError(await subgraph.query(OUTCOME, { id: person.pathId, input: atExit }, { viewer: FACILITATOR_69 }))).toEqual({ code: 'CONFLICT', field: 'kind' });
    const later = { kind: 'SIX_MONTHS', category: 'TRANSITION_EMPLOYMENT', detail: 'CDD_6_MONTHS_OR_LESS', observedOn: '2026-01-05' };
    expect(dataOf(await subgraph.query(OUTCOME, { id: person.pathId, input: later }, { viewer: FACILITATOR_69 })).recordOutcome).toEqual(later);
  });

  test.each([
    ['on a path still open', false, { kind: 'AT_EXIT', category: 'JOB_SEEKING', observedOn: '2025-03-01' }, 'pathId'],
    ['with a detail of another category', true, { kind: 'AT_EXIT', category: 'DURABLE_EMPLOYMENT', detail: 'QUALIFYING_TRAINING', observedOn: '2025-03-01' }, 'detail'],
    ['six months later, observed too early', true, { kind: 'SIX_MONTHS', category: 'INACTIVE', observedOn: '2025-05-01' }, 'observedOn'],
    ['observed before the end of the path', true, { kind: 'AT_EXIT', category: 'UNKNOWN', observedOn: '2025-02-01' }, 'observedOn'],
  ])('an outcome %s is refused', async (_case, close, input, field) => {
    const person = await createPerson(subgraph);
    if (close) dataOf(await subgraph.query(CLOSE_PATH, { id: person.pathId, on: '2025-03-01' }, { viewer: FACILITATOR_69 }));
    expect(firstError(await subgraph.query(OUTCOME, { id: person.pathId, input }, { viewer: FACILITATOR_69 }))).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('exit categories (« Les sorties dynamiques dans l’IAE »)', () => {
  test.each([
    ['a CDD of more than six months is durable employment', 'DURABLE_EMPLOYMENT', 'CDD_MORE_THAN_6_MONTHS', true],
    ['temping missions of more than six months are durable employment', 'DURABLE_EMPLOYMENT', 'INTERIM_MORE_THAN_6_MONTHS', true],
    ['a CDD of exactly six months is transition employment', 'TRANSITION_EMPLOYMENT', 'CDD_6_MONTHS_OR_LESS', true],
    ['temping missions of exactly six months are transition employment', 'TRANSITION_EMPLOYMENT', 'INTERIM_6_MONTHS_OR_LESS', true],
    ['a CDD of exactly six months is not durable employment', 'DURABLE_EMPLOYMENT', 'CDD_6_MONTHS_OR_LESS', false],
    ['a CDD of more than six months is not transition employment', 'TRANSITION_EMPLOYMENT', 'CDD_MORE_THAN_6_MONTHS', false],
  ])('%s', async (_case, category, detail, accepted) => {
    const person = await createPerson(subgraph);
    dataOf(await subgraph.query(CLOSE_PATH, { id: person.pathId, on: '2025-03-01' }, { viewer: FACILITATOR_69 }));
    const input = { kind: 'AT_EXIT', category, detail, observedOn: '2025-03-01' };
    const response = await subgraph.query(OUTCOME, { id: person.pathId, input }, { viewer: FACILITATOR_69 });
    if (accepted) expect(dataOf(response).recordOutcome).toEqual(input);
    else expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'detail' });
  });
  test('the catalogue a form offers is the one recordOutcome checks: each category with its own details', async () => {
    type Category = { category: string; label: string; details: { detail: string }[] };
    const response = await subgraph.query('{ outcomeCategories { category label details { detail } } }', {}, { viewer: FACILITATOR_69 });
    const catalogue = dataOf(response).outcomeCategories as Category[];
    expect(catalogue.map((entry) => entry.category)).toEqual([
      'DURABLE_EMPLOYMENT', 'TRANSITION_EMPLOYMENT', 'POSITIVE_EXIT_TRAINING', 'POSITIVE_EXIT_OTHER_SIAE', 'JOB_SEEKING', 'INACTIVE', 'OTHER', 'UNKNOWN']);
    const detailsOf = (category: string) => catalogue.find((entry) => entry.category === category)!.details.map((entry) => entry.detail);
    expect(detailsOf('TRANSITION_EMPLOYMENT')).toEqual(['CDD_6_MONTHS_OR_LESS', 'INTERIM_6_MONTHS_OR_LESS', 'SUBSIDISED_CONTRACT']);
    expect(detailsOf('JOB_SEEKING')).toEqual([]);
    expect(catalogue.find((entry) => entry.category === 'JOB_SEEKING')!.label).toBe('Recherche d’emploi');
  });
});

describe('the rights of erasure and access (GDPR art. 17 and 15)', () => {
  test('erasure removes identity and criteria but keeps the hours in the contract’s aggregates', async () => {
    const person = await createPerson(subgraph, { email: 'someone@example.org', franceTravailId: '12345678901' });
    await addCriterion(subgraph, person.id, 'RQTH', '2025-01-02', '2025-01-02');
    const placementId = await openPlacement(subgraph, person.id, { contractId: CONTRACT });
    dataOf(await declare(subgraph, placementId, '2025-02', '100'));
    const representations = { r: [{ __typename: 'Contract', id: CONTRACT }] };
    const before = dataOf(await subgraph.query(PROGRESS, representations, { viewer: viewers.admin }))._entities[0].insertionProgress;

    const erased = dataOf(await subgraph.query('mutation ($id: ID!) { eraseBeneficiary(id: $id) { firstName lastName birthDate email franceTravailId residenceCommune { code } erasedAt } }', { id: person.id }, { viewer: FACILITATOR_69 }));
    expect(erased.eraseBeneficiary).toMatchObject({ firstName: null, lastName: null, birthDate: null, email: null, franceTravailId: null, residenceCommune: null });
    expect(erased.eraseBeneficiary.erasedAt).toEqual(expect.any(String));

    const { rows } = await db.query('SELECT * FROM beneficiary WHERE id = $1', [person.id]);
    expect(Object.entries(rows[0]).filter(([column, value]) => value !== null && !['id', 'department_code', 'referent_structure_id', 'erased_at', 'created_at', 'updated_at'].includes(column))).toEqual([]);
    expect((await db.query('SELECT count(*)::int AS n FROM beneficiary_criterion WHERE beneficiary_id = $1', [person.id])).rows[0].n).toBe(0);
    const after = dataOf(await subgraph.query(PROGRESS, representations, { viewer: viewers.admin }))._entities[0].insertionProgress;
    expect(after).toEqual(before);
    expect(firstError(await subgraph.query('mutation ($id: ID!) { updateBeneficiary(id: $id, input: { qpvResident: true }) { id } }', { id: person.id }, { viewer: FACILITATOR_69 })).code).toBe('CONFLICT');
  });

  test('the export holds everything about the person, and is itself logged', async () => {
    const person = await createPerson(subgraph, { firstName: 'Exportée' });
    await addCriterion(subgraph, person.id, 'RSA', '2025-01-02', '2025-01-02');
    const placementId = await openPlacement(subgraph, person.id);
    dataOf(await declare(subgraph, placementId, '2025-03', '12.5'));
    const exported = dataOf(await subgraph.query('mutation ($id: ID!) { exportBeneficiary(id: $id) { format document } }', { id: person.id }, { viewer: FACILITATOR_69 })).exportBeneficiary;
    expect(exported.format).toBe('application/json');
    const document = JSON.parse(exported.document);
    expect(document.person).toMatchObject({ id: person.id, firstName: 'Exportée' });
    expect(document.criteria).toEqual([expect.objectContaining({ code: 'RSA', sensitivity: 'ORDINARY' })]);
    expect(document.placements).toHaveLength(1);
    expect(document.hoursStatements).toEqual([expect.objectContaining({ month: '2025-03', hours_worked: '12.50', version: 1 })]);
    expect(document.accesses.map((access: { operation: string }) => access.operation)).toEqual(expect.arrayContaining(['CREATE', 'OPEN_PLACEMENT', 'DECLARE_HOURS']));
    const { rows } = await db.query("SELECT count(*)::int AS n FROM audit_event WHERE beneficiary_id = $1 AND operation = 'EXPORT'", [person.id]);
    expect(rows[0].n).toBe(1);
  });

  test.each([
    ['a facilitator of another territory', viewers.facilitator(['38'])],
    ['the referent structure', viewers.structure('7a3b9c4d-0000-4000-8000-000000000005')],
    ['a buyer', viewers.buyer('21692590900014')],
  ])('%s may neither erase nor export a person', async (_case, viewer) => {
    const person = await createPerson(subgraph, { referentStructureId: '7a3b9c4d-0000-4000-8000-000000000005' });
    expect(firstError(await subgraph.query('mutation ($id: ID!) { eraseBeneficiary(id: $id) { id } }', { id: person.id }, { viewer })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query('mutation ($id: ID!) { exportBeneficiary(id: $id) { document } }', { id: person.id }, { viewer })).code).toBe('FORBIDDEN');
    expect((await db.query('SELECT erased_at FROM beneficiary WHERE id = $1', [person.id])).rows[0].erased_at).toBeNull();
  });
});
