import { postGraphQL, startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { randomUUID } from 'node:crypto';
import { DEMO_BENEFICIARY_ID, DEMO_ORGANISATION } from '../src/seeders/demo.seeder';
import { {{nameCamel}}Subgraph } from '../src/subgraph';

const RECORD = `mutation Record($input: Record{{Name}}FollowUpInput!) {
  record{{Name}}FollowUp(input: $input) { id title occurredOn beneficiary { id } }
}`;
// How the gateway asks for the field this subgraph adds to a person of the graph.
const ON_PERSON = `query OnPerson($id: ID!) {
  _entities(representations: [{ __typename: "Beneficiary", id: $id }]) { ... on Beneficiary { {{nameCamel}}FollowUps { title occurredOn } } }
}`;

describe('the {{name}} subgraph through its real server', () => {
  let subgraph: TestSubgraph;
  const partner = viewers.partner('partenaire-test');

  beforeAll(async () => {
    subgraph = await startTestSubgraph({{nameCamel}}Subgraph, { seedDemo: true });
  });

  afterAll(() => subgraph?.stop());

  test('a call without the gateway-signed identity is refused', async () => {
    expect((await postGraphQL(subgraph.url, '{ __typename }')).status).toBe(401);
  });

  test('a partner records a follow-up and finds it on the person, as the gateway asks', async () => {
    const personId = randomUUID();
    const recorded = await subgraph.query(RECORD, { input: { beneficiaryId: personId, title: 'Entretien', occurredOn: '2026-10-05' } }, { viewer: partner });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data!.record{{Name}}FollowUp).toMatchObject({ title: 'Entretien', occurredOn: '2026-10-05', beneficiary: { id: personId } });
    const read = await subgraph.query(ON_PERSON, { id: personId }, { viewer: partner });
    expect(read.body.data!._entities).toEqual([{ {{nameCamel}}FollowUps: [{ title: 'Entretien', occurredOn: '2026-10-05' }] }]);
  });

  test('another organisation sees nothing of it; the public caller and a facilitator are refused', async () => {
    const personId = randomUUID();
    await subgraph.query(RECORD, { input: { beneficiaryId: personId, title: 'Bilan', occurredOn: '2026-10-06' } }, { viewer: partner });
    const other = await subgraph.query(ON_PERSON, { id: personId }, { viewer: viewers.partner('autre-partenaire') });
    expect(other.body.data!._entities).toEqual([{ {{nameCamel}}FollowUps: [] }]);
    const anonymous = await subgraph.query(ON_PERSON, { id: personId });
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const facilitator = await subgraph.query(ON_PERSON, { id: personId }, { viewer: viewers.facilitator(['69']) });
    expect(facilitator.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  test('a date that is not a calendar day is refused on its field, and nothing is written', async () => {
    const personId = randomUUID();
    const refused = await subgraph.query(RECORD, { input: { beneficiaryId: personId, title: 'Entretien', occurredOn: '2026-02-30' } }, { viewer: partner });
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredOn' });
    const read = await subgraph.query(ON_PERSON, { id: personId }, { viewer: partner });
    expect(read.body.data!._entities).toEqual([{ {{nameCamel}}FollowUps: [] }]);
  });

  test('the demo seed wrote its follow-up for the demo organisation', async () => {
    const read = await subgraph.query(ON_PERSON, { id: DEMO_BENEFICIARY_ID }, { viewer: viewers.partner(DEMO_ORGANISATION) });
    expect(read.body.data!._entities).toEqual([{ {{nameCamel}}FollowUps: [{ title: 'Premier entretien (démo)', occurredOn: '2026-09-01' }] }]);
  });
});
