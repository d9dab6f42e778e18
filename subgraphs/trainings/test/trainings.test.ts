import { randomUUID } from 'node:crypto';
import { postGraphQL, startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { DEMO_TRAINING_ORGANISATION } from '../src/seeders/demo.seeder';
import { trainingsSubgraph } from '../src/subgraph';

const ORGANISATION = '90123456700013';
const OTHER_ORGANISATION = '88123456700017';
const trainer = viewers.partner(ORGANISATION);

const CREATE = `mutation Create($input: CreateTrainingActionInput!) { createTrainingAction(input: $input) { id title organisationSiret plannedHours certification } }`;
const ENROL = `mutation Enrol($input: EnrolInTrainingInput!) { enrolInTraining(input: $input) { id enrolledOn status placementId } }`;
const ATTEST = `mutation Attest($input: AttestTrainingHoursInput!) { attestTrainingHours(input: $input) { month hoursAttested } }`;
// How the gateway asks for the fields this subgraph adds to a person and to a placement.
const ON_PERSON = `query OnPerson($id: ID!) {
  _entities(representations: [{ __typename: "Beneficiary", id: $id }]) {
    ... on Beneficiary { trainings { status attestedHours action { title organisationSiret } attendance { month hoursAttested } } }
  }
}`;
const ON_PLACEMENT = `query OnPlacement($id: ID!) {
  _entities(representations: [{ __typename: "Placement", id: $id }]) { ... on Placement { attestedTrainingHours trainingAttendance { month hoursAttested } } }
}`;

const action = (overrides: Record<string, unknown> = {}) => ({
  title: 'Maçon', organisationSiret: ORGANISATION, organisationName: 'Formation Test', communeCode: '69123',
  startDate: '2026-09-01', endDate: '2026-12-31', plannedHours: '100', certification: 'Titre professionnel Maçon', ...overrides,
});

describe('the trainings subgraph through its real server', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(trainingsSubgraph, { seedDemo: true });
  });

  afterAll(() => subgraph?.stop());

  /** A training action of ORGANISATION, one person enrolled on a placement, and their ids. */
  async function enrolledPerson(): Promise<{ actionId: string; enrolmentId: string; personId: string; placementId: string }> {
    const created = await subgraph.query(CREATE, { input: action() }, { viewer: trainer });
    expect(created.body.errors).toBeUndefined();
    const actionId = created.body.data!.createTrainingAction.id as string;
    const personId = randomUUID();
    const placementId = randomUUID();
    const enrolled = await subgraph.query(ENROL, { input: { actionId, beneficiaryId: personId, placementId, enrolledOn: '2026-08-25' } }, { viewer: trainer });
    expect(enrolled.body.errors).toBeUndefined();
    return { actionId, enrolmentId: enrolled.body.data!.enrolInTraining.id, personId, placementId };
  }

  test('a call without the gateway-signed identity is refused', async () => {
    expect((await postGraphQL(subgraph.url, '{ __typename }')).status).toBe(401);
  });

  test('a training organisation records an action, enrols a person and attests hours, seen on the person and the placement', async () => {
    const { enrolmentId, personId, placementId } = await enrolledPerson();
    for (const [month, hours] of [['2026-09', '30.5'], ['2026-10', '28']]) {
      const attested = await subgraph.query(ATTEST, { input: { enrolmentId, month, hours } }, { viewer: trainer });
      expect(attested.body.errors).toBeUndefined();
    }
    const person = await subgraph.query(ON_PERSON, { id: personId }, { viewer: trainer });
    expect(person.body.data!._entities).toEqual([{
      trainings: [{
        status: 'ENROLLED', attestedHours: '58.50', action: { title: 'Maçon', organisationSiret: ORGANISATION },
        attendance: [{ month: '2026-09', hoursAttested: '30.50' }, { month: '2026-10', hoursAttested: '28.00' }],
      }],
    }]);
    const placement = await subgraph.query(ON_PLACEMENT, { id: placementId }, { viewer: viewers.facilitator(['69']) });
    expect(placement.body.data!._entities).toEqual([{ attestedTrainingHours: '58.50', trainingAttendance: [{ month: '2026-09', hoursAttested: '30.50' }, { month: '2026-10', hoursAttested: '28.00' }] }]);
  });

  test('attesting a month again replaces it, and enrolling again answers the same enrolment', async () => {
    const { actionId, enrolmentId, personId } = await enrolledPerson();
    await subgraph.query(ATTEST, { input: { enrolmentId, month: '2026-09', hours: '10' } }, { viewer: trainer });
    await subgraph.query(ATTEST, { input: { enrolmentId, month: '2026-09', hours: '12.25' } }, { viewer: trainer });
    const again = await subgraph.query(ENROL, { input: { actionId, beneficiaryId: personId, enrolledOn: '2026-08-25' } }, { viewer: trainer });
    expect(again.body.data!.enrolInTraining.id).toBe(enrolmentId);
    const person = await subgraph.query(ON_PERSON, { id: personId }, { viewer: trainer });
    expect(person.body.data!._entities[0].trainings).toEqual([expect.objectContaining({ attestedHours: '12.25', attendance: [{ month: '2026-09', hoursAttested: '12.25' }] })]);
  });

  test.each([
    ['another training organisation', viewers.partner(OTHER_ORGANISATION), []],
    ['a facilitator of another territory', viewers.facilitator(['13']), []],
  ])('%s sees none of its enrolments', async (_who, viewer, expected) => {
    const { personId } = await enrolledPerson();
    const person = await subgraph.query(ON_PERSON, { id: personId }, { viewer });
    expect(person.body.data!._entities).toEqual([{ trainings: expected }]);
  });

  test('a facilitator of the action’s territory sees the enrolment; the public caller and a company are refused', async () => {
    const { personId } = await enrolledPerson();
    const facilitator = await subgraph.query(ON_PERSON, { id: personId }, { viewer: viewers.facilitator(['69']) });
    expect(facilitator.body.data!._entities[0].trainings).toHaveLength(1);
    expect((await subgraph.query(ON_PERSON, { id: personId })).body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const company = await subgraph.query(ON_PERSON, { id: personId }, { viewer: viewers.company('73282932000074') });
    expect(company.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test('an organisation may not write for another one, nor enrol in another one’s action', async () => {
    const refused = await subgraph.query(CREATE, { input: action({ organisationSiret: OTHER_ORGANISATION }) }, { viewer: trainer });
    expect(refused.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const { actionId } = await enrolledPerson();
    const enrol = await subgraph.query(ENROL, { input: { actionId, beneficiaryId: randomUUID(), enrolledOn: '2026-09-01' } }, { viewer: viewers.partner(OTHER_ORGANISATION) });
    expect(enrol.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test.each([
    ['a SIRET that fails its key', { organisationSiret: '90123456700014' }, 'organisationSiret'],
    ['an end before the start', { endDate: '2026-08-01' }, 'endDate'],
    ['no planned hours', { plannedHours: '0' }, 'plannedHours'],
    ['a commune code that is not one', { communeCode: '691' }, 'communeCode'],
  ])('an action with %s is refused on its field', async (_case, overrides, field) => {
    const refused = await subgraph.query(CREATE, { input: action(overrides) }, { viewer: trainer });
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('hours beyond the planned duration, or in a month outside the action, are refused and nothing is written', async () => {
    const { enrolmentId, personId } = await enrolledPerson();
    await subgraph.query(ATTEST, { input: { enrolmentId, month: '2026-09', hours: '60' } }, { viewer: trainer });
    const tooMany = await subgraph.query(ATTEST, { input: { enrolmentId, month: '2026-10', hours: '40.01' } }, { viewer: trainer });
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    const outside = await subgraph.query(ATTEST, { input: { enrolmentId, month: '2027-01', hours: '1' } }, { viewer: trainer });
    expect(outside.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    const person = await subgraph.query(ON_PERSON, { id: personId }, { viewer: trainer });
    expect(person.body.data!._entities[0].trainings[0].attestedHours).toBe('60.00');
  });

  test('the demo seed gives the demo training organisation its people and their hours', async () => {
    const person = await subgraph.query(ON_PERSON, { id: 'b1e2f3a4-0000-4000-8000-000000000001' }, { viewer: viewers.partner(DEMO_TRAINING_ORGANISATION) });
    expect(person.body.data!._entities[0].trainings).toEqual([expect.objectContaining({ attestedHours: '217.00', action: expect.objectContaining({ title: 'Maçon — titre professionnel (démo)' }) })]);
  });
});
