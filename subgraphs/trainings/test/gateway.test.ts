import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';
import { DEMO_TRAINING_ORGANISATION } from '../src/seeders/demo.seeder';

/**
 * The trainings subgraph in the graph: the whole hub (every subgraph of the registry, the real gateway,
 * the demo seed) answers one query that crosses beneficiaries and trainings.
 */
const PERSON = `query Person($id: ID!) {
  beneficiary(id: $id) {
    firstName
    trainings { status attestedHours action { title certification } }
    placements { id attestedTrainingHours }
  }
}`;
const CAMILLE_MARTIN = 'b1e2f3a4-0000-4000-8000-000000000001';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('trainings through the gateway', () => {
  test('a facilitator of the territory sees a person’s trainings and the hours the training organisation attested on the placement', async () => {
    const { body } = await stack.query(PERSON, { id: CAMILLE_MARTIN }, { viewer: viewers.facilitator(['69']) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.beneficiary).toMatchObject({
      firstName: 'Camille',
      trainings: [{ status: 'ENROLLED', attestedHours: '217.00', action: { title: 'Maçon — titre professionnel (démo)', certification: 'Titre professionnel Maçon (RNCP, démo)' } }],
    });
    expect(body.data!.beneficiary.placements).toContainEqual({ id: '91ace000-0000-4000-8000-000000000001', attestedTrainingHours: '217.00' });
  });

  test('the demo training organisation reads its catalogue through the gateway; the public caller is refused', async () => {
    const own = await stack.query('{ trainingActions { totalCount nodes { organisationSiret } } }', undefined, { viewer: viewers.partner(DEMO_TRAINING_ORGANISATION) });
    expect(own.body.data!.trainingActions).toMatchObject({ totalCount: 2, nodes: [{ organisationSiret: DEMO_TRAINING_ORGANISATION }, { organisationSiret: DEMO_TRAINING_ORGANISATION }] });
    const anonymous = await stack.query('{ trainingActions { totalCount } }');
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
