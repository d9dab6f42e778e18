import { randomBytes } from 'node:crypto';
import type { Viewer } from '@maillage/subgraph-kit';
import { viewers, type TestSubgraph } from '@maillage/test-kit';

/** Builders that create what a test needs through the real API, with unique fictional names. */

export const CONTRACT = '5c0e1d2a-0000-4000-8000-000000000001';
export const COMPANY = '39812340600017';
export const OTHER_COMPANY = '41234560500015';
export const REFERENT = '7a3b9c4d-0000-4000-8000-000000000005';
export const EMPLOYER_STRUCTURE = '7a3b9c4d-0000-4000-8000-000000000002';
export const FACILITATOR_69 = viewers.facilitator(['69']);

export function uniqueName(prefix: string): string {
  return `${prefix}${randomBytes(3).toString('hex')}`;
}

/** The data of a GraphQL answer; fails the test with the errors when there are any. */
export function dataOf<T = Record<string, any>>(response: { body: { data?: unknown; errors?: unknown[] } }): T { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (response.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}

export async function createPerson(subgraph: TestSubgraph, input: Record<string, unknown> = {}, viewer: Viewer = FACILITATOR_69) {
  const response = await subgraph.query(
    'mutation ($input: CreateBeneficiaryInput!) { createBeneficiary(input: $input) { id paths { id } } }',
    { input: { firstName: uniqueName('Prénom'), lastName: uniqueName('Nom'), birthDate: '1990-04-02', residenceCommuneCode: '69123', pathStartedOn: '2025-01-01', ...input } },
    { viewer },
  );
  const person = dataOf(response).createBeneficiary as { id: string; paths: { id: string }[] };
  return { id: person.id, pathId: person.paths[0]!.id };
}

export async function addCriterion(subgraph: TestSubgraph, beneficiaryId: string, criterionCode: string, proofDate: string, validFor?: string) {
  const added = dataOf(await subgraph.query(
    'mutation ($input: AddCriterionInput!) { addCriterion(input: $input) { id } }',
    { input: { beneficiaryId, criterionCode, proofDate } },
    { viewer: viewers.admin },
  )).addCriterion as { id: string };
  if (validFor) {
    dataOf(await subgraph.query('mutation ($id: ID!, $on: LocalDate!) { validateCriterion(id: $id, validFor: $on) { id } }', { id: added.id, on: validFor }, { viewer: viewers.admin }));
  }
  return added.id;
}

/** The exemption the builders record by default: most tests are not about eligibility at hiring. */
export const TEST_EXEMPTION = 'Dérogation de test : l’éligibilité n’est pas l’objet de ce test';

/**
 * Opens a placement; unless `input` says otherwise (`eligibilityExemptionReason: null` for a person
 * eligible on the start date), it records an exemption, since opening needs one for a person without a
 * covering proof.
 */
export async function openPlacement(subgraph: TestSubgraph, beneficiaryId: string, input: Record<string, unknown> = {}) {
  const response = await subgraph.query(
    'mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id } }',
    { input: { beneficiaryId, contractId: CONTRACT, employerSiret: COMPANY, modality: 'DIRECT_HIRE', employmentContractType: 'CDD', startDate: '2025-01-01', eligibilityExemptionReason: TEST_EXEMPTION, ...input } },
    { viewer: viewers.admin },
  );
  return (dataOf(response).openPlacement as { id: string }).id;
}

export const DECLARE = 'mutation ($input: DeclareHoursInput!) { declareHours(input: $input) { id version month hoursWorked trainingHours isCurrent } }';

export async function declare(subgraph: TestSubgraph, placementId: string, month: string, hoursWorked: string, viewer: Viewer = viewers.admin) {
  return subgraph.query(DECLARE, { input: { placementId, month, hoursWorked } }, { viewer });
}

/** The code and field of the first error of an answer. */
export function firstError(response: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) {
  const error = response.body.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}
