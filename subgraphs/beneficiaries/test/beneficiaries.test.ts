import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { beneficiariesSubgraph } from '../src/subgraph';
import { DEMO_BENEFICIARIES } from '../src/seeders/demo.seeder';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph, { seedDemo: true });
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('the beneficiaries subgraph over HTTP', () => {
  const id = DEMO_BENEFICIARIES[0]!.id;

  test('an anonymous caller cannot read a beneficiary', async () => {
    const { body } = await subgraph.query(`{ beneficiary(id: "${id}") { firstName lastName } }`);
    expect(body.data!.beneficiary).toBeNull();
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain(DEMO_BENEFICIARIES[0]!.lastName);
  });

  test('entity resolution is guarded too: _entities does not bypass the check', async () => {
    const { body } = await subgraph.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { firstName } } }',
      { r: [{ __typename: 'Beneficiary', id }] },
    );
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toContain(DEMO_BENEFICIARIES[0]!.firstName);
  });
});
