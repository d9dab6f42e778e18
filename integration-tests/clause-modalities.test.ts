import { randomBytes } from 'node:crypto';
import { isValidSiret } from '@maillage/subgraph-kit';
import { startTestStack, viewers, type TestStack } from '@maillage/test-kit';

/**
 * Issue 14, item 2, through the real hub: one vocabulary of modalities in the graph, and only what the
 * clause allows counts. `Contract.insertionProgress` (beneficiaries) takes the clause's allowed modalities
 * from contracts with `@requires`; hours of a modality the clause does not allow are reported apart.
 */
let stack: TestStack;

const COMPANY = '39812340600017';
const EMPLOYER_STRUCTURE = '7a3b9c4d-0000-4000-8000-000000000002';

function uniqueSiret(): string {
  const body = `8${String(parseInt(randomBytes(5).toString('hex'), 16)).padStart(12, '0').slice(0, 12)}`;
  for (let key = 0; key < 10; key += 1) if (isValidSiret(`${body}${key}`)) return `${body}${key}`;
  throw new Error('unreachable');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function admin(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await stack.query(query, variables, { viewer: viewers.admin });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

let contractId: string;
let personId: string;
const PLACEMENT = { employmentContractType: 'CDD', startDate: '2026-01-05', eligibilityExemptionReason: 'Test : l’éligibilité n’est pas l’objet de ce test' };

beforeAll(async () => {
  stack = await startTestStack();
  const { createBuyer } = await admin('mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: '69123' } });
  const { createContract } = await admin('mutation ($input: CreateContractInput!) { createContract(input: $input) { id } }', {
    input: {
      buyerId: createBuyer.id, reference: `MOD-${randomBytes(3).toString('hex')}`, title: 'Marché', sector: 'BUILDING',
      // TEMPORARY_WORK_ETTI is a former clause value: it stands for ETTI.
      lots: [{ number: 1, title: 'Lot', amount: '100000', clause: { legalBasis: 'EXECUTION_CONDITION', manualHours: '100', manualJustification: 'Objectif fixé par l’acheteur', modalities: ['DIRECT_HIRE', 'TEMPORARY_WORK_ETTI'] } }],
    },
  });
  contractId = createContract.id;
  const { createBeneficiary } = await admin('mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id } }', { input: { firstName: 'Prénom', lastName: 'Nom', birthDate: '1990-01-01', residenceCommuneCode: '69123', pathStartedOn: '2026-01-01' } });
  personId = createBeneficiary.id;
  for (const [employer, modality, hours] of [[{ employerSiret: COMPANY }, 'DIRECT_HIRE', '40'], [{ employerStructureId: EMPLOYER_STRUCTURE }, 'SUBCONTRACTING_EA_ESAT', '30.5']] as const) {
    const { openPlacement } = await admin('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', { input: { ...PLACEMENT, ...employer, beneficiaryId: personId, contractId, modality } });
    await admin('mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id } }', { input: { placementId: openPlacement.id, month: '2026-01', hoursWorked: hours } });
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('only what the clause allows counts', () => {
  test('hours of a modality the clause does not allow are reported apart, not counted', async () => {
    const { contract } = await admin(`query ($id: ID!) { contract(id: $id) {
      allowedModalities lots { clause { modalities } }
      insertionProgress { hoursTarget hoursRealised hoursCounted hoursNotAllowed modalitiesNotAllowed ratio byModality { modality hours } } } }`, { id: contractId });
    expect(contract.allowedModalities).toEqual(['DIRECT_HIRE', 'ETTI']);
    expect(contract.lots[0].clause.modalities).toEqual(['DIRECT_HIRE', 'ETTI']);
    expect(contract.insertionProgress).toMatchObject({
      hoursTarget: '100.00', hoursRealised: '70.50', hoursCounted: '40.00', hoursNotAllowed: '30.50',
      modalitiesNotAllowed: ['SUBCONTRACTING_EA_ESAT'], ratio: '0.4000',
    });
    expect(contract.insertionProgress.byModality).toEqual(expect.arrayContaining([{ modality: 'DIRECT_HIRE', hours: '40.00' }, { modality: 'SUBCONTRACTING_EA_ESAT', hours: '30.50' }]));
  });

  test('a placement speaks the precise vocabulary: a former clause value is refused, naming the field', async () => {
    const { body } = await stack.query('mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }', {
      input: { ...PLACEMENT, employerStructureId: EMPLOYER_STRUCTURE, beneficiaryId: personId, contractId, modality: 'SUBCONTRACTING' },
    }, { viewer: viewers.admin });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modality' });
    expect(body.errors?.[0]?.message).toContain('SUBCONTRACTING_SIAE ou SUBCONTRACTING_EA_ESAT');
  });
});
