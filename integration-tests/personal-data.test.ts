import { randomBytes } from 'node:crypto';
import { beneficiariesSubgraph, BENEFICIARY_FIELDS, can, type AccessSubject, type Resource } from '@maillage/subgraph-beneficiaries';
import type { Viewer } from '@maillage/subgraph-kit';
import { startTestStack, startTestSubgraph, viewers, type GraphQLResponse, type TestStack, type TestSubgraph } from '@maillage/test-kit';

/**
 * Personal data through the real hub: every role × every personal field of a person, through the gateway
 * and through `_entities`, checked against the access table of the beneficiaries subgraph (the single
 * source of truth); the audit log of a sensitive read; no personal data in any service's debug logs.
 *
 * The stack signs internal identities with a key pair of its own, so `_entities` is called on a second,
 * real beneficiaries subgraph that trusts the test run's key (`signIdentity`), holding the same person.
 */
let stack: TestStack;
let subgraph: TestSubgraph;
const logLines: string[] = [];

const REFERENT = '7a3b9c4d-0000-4000-8000-000000000005';
const EMPLOYER_STRUCTURE = '7a3b9c4d-0000-4000-8000-000000000002';
const COMPANY = '39812340600017';
const tag = randomBytes(3).toString('hex');
// Distinctive values, so that finding one in a log line cannot be a coincidence.
const PERSON = {
  firstName: `Zéphyrine${tag}`, lastName: `Quellecvaux${tag}`, birthDate: '1979-08-17', sex: 'FEMALE', email: `zq${tag}@example.org`,
  phone: '01 99 00 47 11', franceTravailId: `7${String(Date.now()).slice(-10)}`, residenceCommuneCode: '69266',
  qpvResident: true, qualificationLevel: 'LEVEL_3', referentStructureId: REFERENT, consentDate: '2025-01-02',
};
const SUBJECT: AccessSubject = { departmentCode: '69', communeCode: '69266', referentStructureId: REFERENT, employers: [COMPANY, EMPLOYER_STRUCTURE] };
let personId: string;

/** What each personal field selects, and the value it holds for PERSON. */
const FIELDS: Record<string, { selection: string; value: unknown }> = {
  firstName: { selection: 'firstName', value: PERSON.firstName },
  lastName: { selection: 'lastName', value: PERSON.lastName },
  birthDate: { selection: 'birthDate', value: PERSON.birthDate },
  sex: { selection: 'sex', value: PERSON.sex },
  email: { selection: 'email', value: PERSON.email },
  phone: { selection: 'phone', value: PERSON.phone },
  franceTravailId: { selection: 'franceTravailId', value: PERSON.franceTravailId },
  residenceCommune: { selection: 'residenceCommune { code }', value: { code: '69266' } },
  qpvResident: { selection: 'qpvResident', value: true },
  qualificationLevel: { selection: 'qualificationLevel', value: 'LEVEL_3' },
  referentStructure: { selection: 'referentStructure { id }', value: { id: REFERENT } },
  consentDate: { selection: 'consentDate', value: PERSON.consentDate },
  eligibility: { selection: 'eligibility(on: "2025-02-01") { eligible }', value: { eligible: true } },
};
const SELECTION = `${Object.values(FIELDS).map((field) => field.selection).join(' ')} criteria { criterion { code } }`;

const VIEWERS: [string, Viewer][] = [
  ['the public caller', viewers.public],
  ['a facilitator of the territory', viewers.facilitator(['69'])],
  ['a facilitator of another territory', viewers.facilitator(['38'])],
  ['a buyer', viewers.buyer('21692660000018')],
  ['the employing company', viewers.company(COMPANY)],
  ['another company', viewers.company('41234560500015')],
  ['the referent structure', viewers.structure(REFERENT)],
  ['the employing structure', viewers.structure(EMPLOYER_STRUCTURE)],
  ['another structure', viewers.structure('7a3b9c4d-0000-4000-8000-000000000004')],
  ['a partner', viewers.partner('ave')],
  ['an admin', viewers.admin],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = (query: string, variables: Record<string, unknown>, options: { viewer: Viewer }) => Promise<GraphQLResponse<Record<string, any>>>;

function adminOf(query: Query) {
  return async (document: string, variables: Record<string, unknown>) => {
    const response = await query(document, variables, { viewer: viewers.admin });
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data!;
  };
}
const asAdmin = (document: string, variables: Record<string, unknown>) => adminOf((...args) => stack.query(...args))(document, variables);

/** PERSON with three criteria (one per tier) and two placements (a company, a structure); returns its id. */
async function recordPerson(query: Query): Promise<string> {
  const admin = adminOf(query);
  const { createBeneficiary } = await admin('mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }', { input: { ...PERSON, pathStartedOn: '2025-01-02' } });
  for (const code of ['RSA', 'RQTH', 'SOUS_MAIN_DE_JUSTICE']) {
    const { addCriterion } = await admin('mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id } }', { input: { beneficiaryId: createBeneficiary.id, criterionCode: code, proofDate: '2025-01-10' } });
    await admin('mutation ($id: ID!) { validateCriterion(id: $id, validFor: "2025-01-20") { id } }', { id: addCriterion.id });
  }
  const placement = { beneficiaryId: createBeneficiary.id, contractId: '5c0e1d2a-0000-4000-8000-000000000001', employmentContractType: 'CDD', startDate: '2025-01-20' };
  await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...placement, employerSiret: COMPANY, modality: 'DIRECT_HIRE' } });
  await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...placement, employerStructureId: EMPLOYER_STRUCTURE, modality: 'ETTI' } });
  return createBeneficiary.id;
}

let entityId: string;

beforeAll(async () => {
  [stack, subgraph] = await Promise.all([
    startTestStack({ logLevel: 'debug', onLine: (_service, line) => logLines.push(line) }),
    startTestSubgraph(beneficiariesSubgraph),
  ]);
  [personId, entityId] = await Promise.all([recordPerson((...args) => stack.query(...args)), recordPerson((...args) => subgraph.query(...args))]);
}, 180_000);

afterAll(async () => {
  await Promise.all([stack?.stop(), subgraph?.stop()]);
});

/** One answer per route and viewer, shared by the cases of the matrix. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const answers = new Map<string, Promise<GraphQLResponse<Record<string, any>>>>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function answerFor(route: 'gateway' | '_entities', viewer: Viewer): Promise<GraphQLResponse<Record<string, any>>> {
  const key = `${route}:${JSON.stringify(viewer)}`;
  if (!answers.has(key)) {
    answers.set(key, route === 'gateway'
      ? stack.query(`query ($id: ID!) { beneficiary(id: $id) { ${SELECTION} } }`, { id: personId }, viewer.role === 'public' ? {} : { viewer })
      // The test subgraph signs its calls with signIdentity(viewer, 'beneficiaries'), as the gateway would.
      : subgraph.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { ${SELECTION} } } }`,
        { r: [{ __typename: 'Beneficiary', id: entityId }] }, { viewer }));
  }
  return answers.get(key)!;
}

const ROUTES = ['gateway', '_entities'] as const;
const rootOf = (route: string) => (route === 'gateway' ? ['beneficiary'] : ['_entities', 0]);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const personIn = (route: string, data: Record<string, any> | null | undefined) => (route === 'gateway' ? data?.beneficiary : data?._entities?.[0]);
/** A person is hidden (null, no error) from a role that may read some people but not this one. */
const visible = (viewer: Viewer) => BENEFICIARY_FIELDS.some((field) => can(viewer, 'read', `Beneficiary.${field}` as Resource, SUBJECT));
const readsSomePeople = (viewer: Viewer) => ['facilitator', 'company', 'structure', 'admin'].includes(viewer.role);

describe('every role × every personal field, as the access table says', () => {
  const cases = ROUTES.flatMap((route) => VIEWERS.flatMap(([name, viewer]) => BENEFICIARY_FIELDS.map((field) => [route, name, field, viewer] as const)));

  test.each(cases)('through %s, %s reading %s', async (route, _name, field, viewer) => {
    const { body } = await answerFor(route, viewer);
    const person = personIn(route, body.data);
    const fieldErrors = (body.errors ?? []).filter((error) => JSON.stringify(error.path) === JSON.stringify([...rootOf(route), field]));
    if (!visible(viewer)) {
      expect(person ?? null).toBeNull();
      const code = body.errors?.[0]?.extensions?.code;
      expect(code).toBe(viewer.role === 'public' ? 'UNAUTHENTICATED' : readsSomePeople(viewer) ? undefined : 'FORBIDDEN');
    } else if (can(viewer, 'read', `Beneficiary.${field}` as Resource, SUBJECT)) {
      expect(person[field]).toEqual(FIELDS[field]!.value);
      expect(fieldErrors).toEqual([]);
    } else {
      expect(person[field]).toBeNull();
      expect(fieldErrors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  const tierCases = ROUTES.flatMap((route) => VIEWERS.map(([name, viewer]) => [route, name, viewer] as const));
  test.each(tierCases)('through %s, %s sees exactly the criteria of the tiers the table allows', async (route, _name, viewer) => {
    const person = personIn(route, (await answerFor(route, viewer)).body.data);
    const codes = { ordinary: 'RSA', health: 'RQTH', justice: 'SOUS_MAIN_DE_JUSTICE' } as const;
    const allowed = Object.entries(codes).filter(([tier]) => can(viewer, 'read', `BeneficiaryCriterion(${tier})` as Resource, SUBJECT)).map(([, code]) => code);
    if (!visible(viewer)) return expect(person ?? null).toBeNull();
    const seen = person.criteria?.map((criterion: { criterion: { code: string } }) => criterion.criterion.code).sort() ?? null;
    expect(seen).toEqual(allowed.length > 0 ? allowed.sort() : null);
  });

  test('spot checks written by hand: the most sensitive data reaches the territory’s facilitators and admins only', async () => {
    const read = async (viewer: Viewer) => personIn('gateway', (await answerFor('gateway', viewer)).body.data);
    expect((await read(viewers.facilitator(['69']))).criteria).toHaveLength(3);
    expect((await read(viewers.structure(REFERENT))).criteria.map((c: { criterion: { code: string } }) => c.criterion.code)).toEqual(['RSA']);
    expect(await read(viewers.company(COMPANY))).toMatchObject({ firstName: PERSON.firstName, lastName: PERSON.lastName, birthDate: null, criteria: null });
    expect(await read(viewers.facilitator(['38']))).toBeNull();
  });
});

describe('across the graph', () => {
  test('a contract shows its insertion progress to a buyer, aggregates only', async () => {
    const { body } = await stack.query('{ contract(id: "5c0e1d2a-0000-4000-8000-000000000001") { reference insertionProgress { suppressed people hoursRealised } } }',
      undefined, { viewer: viewers.buyer('21692660000018') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.contract).toEqual({ reference: '2026-VIL-014', insertionProgress: { suppressed: false, people: expect.any(Number), hoursRealised: expect.stringMatching(/^\d+\.\d{2}$/) } });
  });

  test('the audit log records a sensitive read made through the gateway', async () => {
    const facilitator = { ...viewers.facilitator(['69']), subject: `auditor-${tag}` };
    const read = await stack.query('query ($id: ID!) { beneficiary(id: $id) { lastName criteria { criterion { code } } } }', { id: personId }, { viewer: facilitator });
    expect(read.body.errors).toBeUndefined();
    const { auditEvents } = await asAdmin('query ($id: ID!) { auditEvents(beneficiaryId: $id, first: 100) { nodes { subject role organisation operation fields } } }', { id: personId });
    expect(auditEvents.nodes).toEqual(expect.arrayContaining([
      { subject: `auditor-${tag}`, role: 'facilitator', organisation: 'plie-test', operation: 'READ', fields: ['lastName'] },
      { subject: `auditor-${tag}`, role: 'facilitator', organisation: 'plie-test', operation: 'READ', fields: expect.arrayContaining(['criteria(health)', 'criteria(justice)', 'criteria(ordinary)']) },
    ]));
  });
});

describe('no personal data in logs, error messages or metric labels', () => {
  test('a whole scenario — create, read, update, declare hours, errors — leaves no name, birth date or France Travail id in any debug log line', async () => {
    const facilitator = viewers.facilitator(['69']);
    await stack.query('mutation ($id: ID!, $input: UpdateBeneficiaryInput!) { updateBeneficiary(id: $id, input: $input) { phone } }', { id: personId, input: { phone: '01 99 00 47 12' } }, { viewer: facilitator });
    const { body: placements } = await stack.query('query ($id: ID!) { beneficiary(id: $id) { placements { id } } }', { id: personId }, { viewer: viewers.company(COMPANY) });
    const placementId = placements.data!.beneficiary.placements[0].id;
    const declare = () => stack.query('mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id } }', { input: { placementId, month: '2025-03', hoursWorked: '120.5' } }, { viewer: viewers.company(COMPANY) });
    expect((await declare()).body.errors).toBeUndefined();
    const errors = [
      await declare(),
      await stack.query('mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }',
        { input: { ...PERSON, email: `${PERSON.firstName}@` } }, { viewer: facilitator }),
      await stack.query('mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }',
        { input: { ...PERSON, franceTravailId: PERSON.lastName } }, { viewer: facilitator }),
      await stack.query('query ($id: ID!) { beneficiary(id: $id) { birthDate } }', { id: personId }, { viewer: viewers.company(COMPANY) }),
      await stack.query(`{ beneficiaries(first: 5, filter: { territory: "${PERSON.lastName}" }) { nodes { id } } }`, undefined, { viewer: viewers.buyer('b') }),
    ];
    expect(errors.map((response) => response.body.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'FORBIDDEN', 'FORBIDDEN']);
    await stack.query('mutation ($id: ID!) { exportBeneficiary(id: $id) { document } }', { id: personId }, { viewer: facilitator });

    const secrets = [PERSON.firstName, PERSON.lastName, PERSON.birthDate, PERSON.franceTravailId, PERSON.email];
    for (const response of errors) expect(secrets.filter((secret) => JSON.stringify(response.body.errors).includes(secret))).toEqual([]);
    // Let the services flush their last lines, then make sure debug logging was really on.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(logLines.some((line) => line.includes('"level":20'))).toBe(true);
    expect(logLines.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([]);
  });
});
