import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { beneficiariesSubgraph } from '../src/subgraph';
import { addCriterion, createPerson, dataOf, FACILITATOR_69, firstError } from './factories';

/**
 * IAE eligibility for placements in an SIAE, as les emplois de l'inclusion applies it (DOMAIN.md §4.2):
 * one level-1 criterion, or two level-2 criteria in an AI or an ETTI, three in an ACI, an EI or an EITI;
 * the PASS IAE (agrément, Code du travail L5132-3) recorded on the placement, valid 24 months.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const OPEN = 'mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id iaeStructureKind passIaeNumber passIaeStartDate passIaeEndDate eligibilityBasis } }';
const PASS = { passIaeNumber: '999992501234', passIaeStartDate: '2025-01-15' };

/** A person whose proofs of `codes` are dated 2 January 2025 and validated that day. */
async function personWith(codes: string[]) {
  const person = await createPerson(subgraph);
  for (const code of codes) await addCriterion(subgraph, person.id, code, '2025-01-02', '2025-01-02');
  return person.id;
}

function open(beneficiaryId: string, extra: Record<string, unknown>) {
  const input = { beneficiaryId, contractId: '5c0e1d2a-0000-4000-8000-000000000001', employerStructureId: '7a3b9c4d-0000-4000-8000-000000000002', modality: 'ETTI', employmentContractType: 'INTERIM_MISSION', startDate: '2025-02-01', ...PASS, ...extra };
  return subgraph.query(OPEN, { input }, { viewer: FACILITATOR_69 });
}

describe('the national catalogue holds the IAE criteria with their level and proof', () => {
  test.each([
    ['RSA', 1], ['AAH', 1], ['DETLD', 1], ['DELD', 2], ['QPV', 2],
    ['ASE', 2], ['SANS_HEBERGEMENT', 2], ['REFUGIE', 2], ['ZRR', 2], ['FLE', 2], ['MOBILITE', 2],
  ])('%s is a level-%i criterion with a proof', async (code, level) => {
    const catalogue = dataOf(await subgraph.query('{ eligibilityCriteria(territory: "FR") { code iaeLevel proofType } }', {}, { viewer: viewers.admin })).eligibilityCriteria;
    expect(catalogue.find((entry: { code: string }) => entry.code === code)).toEqual({ code, iaeLevel: level, proofType: expect.any(String) });
  });
});

describe('opening a placement in an SIAE applies the IAE eligibility rule', () => {
  test.each([
    ['an ETTI, one level-1 criterion', 'ETTI', ['RSA'], true],
    ['an ETTI, two level-2 criteria', 'ETTI', ['QPV', 'ZRR'], true],
    ['an ETTI, one level-2 criterion', 'ETTI', ['QPV'], false],
    ['an AI, two level-2 criteria', 'AI', ['MOBILITE', 'FLE'], true],
    ['an ACI, two level-2 criteria', 'ACI', ['QPV', 'ZRR'], false],
    ['an ACI, three level-2 criteria', 'ACI', ['QPV', 'ZRR', 'ASE'], true],
    ['an EI, two level-2 criteria', 'EI', ['DELD', 'SANS_HEBERGEMENT'], false],
    ['an EITI, one level-1 criterion', 'EITI', ['AAH'], true],
  ])('in %s', async (_case, kind, codes, eligible) => {
    const response = await open(await personWith(codes), { iaeStructureKind: kind });
    if (eligible) expect(dataOf(response).openPlacement).toMatchObject({ iaeStructureKind: kind, eligibilityBasis: 'CRITERION' });
    else expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
  });

  test('the PASS IAE is recorded with its 24-month validity', async () => {
    const opened = dataOf(await open(await personWith(['RSA']), { iaeStructureKind: 'ETTI' })).openPlacement;
    expect(opened).toMatchObject({ passIaeNumber: '999992501234', passIaeStartDate: '2025-01-15', passIaeEndDate: '2027-01-14' });
  });

  test.each([
    ['without a PASS IAE number', { passIaeNumber: null }, 'passIaeNumber'],
    ['with a PASS IAE number that is not 12 digits', { passIaeNumber: '99999-250123' }, 'passIaeNumber'],
    ['without the PASS IAE start date', { passIaeStartDate: null }, 'passIaeStartDate'],
    ['the day after the PASS IAE’s 24 months', { passIaeStartDate: '2023-02-01', startDate: '2025-02-01' }, 'startDate'],
    ['before the PASS IAE starts', { passIaeStartDate: '2025-02-02' }, 'startDate'],
  ])('a placement in an SIAE %s is refused', async (_case, change, field) => {
    const response = await open(await personWith(['RSA']), { iaeStructureKind: 'ETTI', ...change });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test('on the last day of the PASS IAE’s 24 months, the placement opens', async () => {
    const response = await open(await personWith(['RSA']), { iaeStructureKind: 'ETTI', passIaeStartDate: '2023-02-02', startDate: '2025-02-01' });
    expect(dataOf(response).openPlacement.passIaeEndDate).toBe('2025-02-01');
  });

  test('a placement outside an SIAE keeps the one-criterion rule of the clause', async () => {
    const response = await open(await personWith(['QPV']), { employerStructureId: null, employerSiret: '39812340600017', modality: 'DIRECT_HIRE', employmentContractType: 'CDD', passIaeNumber: null, passIaeStartDate: null });
    expect(dataOf(response).openPlacement).toMatchObject({ iaeStructureKind: null, eligibilityBasis: 'CRITERION' });
  });
});
