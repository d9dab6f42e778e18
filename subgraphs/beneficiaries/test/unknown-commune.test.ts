import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { beneficiariesSubgraph } from '../src/subgraph';
import { createPerson, FACILITATOR_69, uniqueName } from './factories';

/** Issue 14, item 11: a residence commune that does not exist (by the directory's published list) is refused. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const CREATE = 'mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateBeneficiaryInput!) { updateBeneficiary(id: $id, input: $input) { id } }';

describe('the residence commune', () => {
  test('an unknown code (69999) is refused on creation, naming the field, in French', async () => {
    const { body } = await subgraph.query(CREATE, { input: { firstName: uniqueName('P'), lastName: uniqueName('N'), birthDate: '1990-01-01', residenceCommuneCode: '69999', pathStartedOn: '2025-01-01' } }, { viewer: FACILITATOR_69 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residenceCommuneCode' });
    expect(body.errors?.[0]?.message).toContain('la commune 69999 n’existe pas');
  });

  test('a postal code of Lyon (69000) given as the commune is refused on update', async () => {
    const { id } = await createPerson(subgraph);
    const { body } = await subgraph.query(UPDATE, { id, input: { residenceCommuneCode: '69000' } }, { viewer: FACILITATOR_69 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'residenceCommuneCode' });
  });
});
