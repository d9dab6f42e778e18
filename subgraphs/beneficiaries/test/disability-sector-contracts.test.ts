import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { beneficiariesSubgraph } from '../src/subgraph';
import { createPerson, dataOf, firstError, openPlacement, TEST_EXEMPTION } from './factories';

/**
 * The contracts only the disability sector uses: the ESAT's support contract (contrat de soutien et d'aide
 * par le travail, CASF L311-4 — not an employment contract) and the EA's CDD Tremplin (loi 2018-771, art. 78).
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const OPEN = 'mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id modality employmentContractType } }';
const ESAT = '7a3b9c4d-0000-4000-8000-000000000004';

async function open(modality: string, employmentContractType: string) {
  const person = await createPerson(subgraph);
  const input = { beneficiaryId: person.id, contractId: '5c0e1d2a-0000-4000-8000-000000000002', employerStructureId: ESAT, modality, employmentContractType, startDate: '2025-02-01', eligibilityExemptionReason: TEST_EXEMPTION };
  return subgraph.query(OPEN, { input }, { viewer: viewers.admin });
}

describe('contract types of the disability sector', () => {
  test.each([
    ['an ESAT support contract through an EA/ESAT subcontracting', 'SUBCONTRACTING_EA_ESAT', 'ESAT_SUPPORT_CONTRACT'],
    ['a CDD Tremplin through an EA/ESAT subcontracting', 'SUBCONTRACTING_EA_ESAT', 'CDD_TREMPLIN'],
    ['a CDD Tremplin through a co-contracting EA', 'CO_CONTRACTING', 'CDD_TREMPLIN'],
  ])('%s is recorded', async (_case, modality, type) => {
    expect(dataOf(await open(modality, type)).openPlacement).toMatchObject({ modality, employmentContractType: type });
  });

  test.each([
    ['an ESAT support contract for a direct hire', 'DIRECT_HIRE', 'ESAT_SUPPORT_CONTRACT'],
    ['a CDD Tremplin through an ETTI', 'ETTI', 'CDD_TREMPLIN'],
  ])('%s is refused: only an EA or an ESAT uses it', async (_case, modality, type) => {
    expect(firstError(await open(modality, type))).toEqual({ code: 'BAD_USER_INPUT', field: 'employmentContractType' });
  });

  test('changing the modality of an ESAT support contract to a direct hire is refused', async () => {
    const person = await createPerson(subgraph);
    const id = await openPlacement(subgraph, person.id, { employerSiret: null, employerStructureId: ESAT, modality: 'SUBCONTRACTING_EA_ESAT', employmentContractType: 'ESAT_SUPPORT_CONTRACT' });
    const response = await subgraph.query('mutation ($id: ID!) { updatePlacement(id: $id, input: { modality: DIRECT_HIRE }) { id } }', { id }, { viewer: viewers.admin });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'employmentContractType' });
  });
});
