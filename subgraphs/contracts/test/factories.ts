import { randomInt } from 'node:crypto';
import { isValidSiret, type Viewer } from '@maillage/subgraph-kit';
import { viewers, type TestSubgraph } from '@maillage/test-kit';

/** Test data builders: each call makes rows of its own, through the real API. */

export const ADMIN = viewers.admin;
export const RHONE_FACILITATOR = viewers.facilitator(['69']);

/** A SIRET no other test uses, with a valid Luhn key. */
export function uniqueSiret(): string {
  const body = `9${String(randomInt(0, 1e12)).padStart(12, '0')}`;
  for (let key = 0; key < 10; key += 1) if (isValidSiret(`${body}${key}`)) return `${body}${key}`;
  throw new Error('unreachable: one Luhn key always fits');
}

let sequence = 0;
/** A contract reference no other test uses. */
export const uniqueReference = (prefix = 'T') => `${prefix}-${process.pid}-${Date.now()}-${(sequence += 1)}`;

/** Runs an operation that must succeed and returns its data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ok<T = any>(subgraph: TestSubgraph, query: string, variables: Record<string, unknown> = {}, viewer: Viewer = ADMIN): Promise<T> {
  const { body } = await subgraph.query(query, variables, { viewer });
  if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Runs an operation that must fail and returns its first error's extensions and message. */
export async function refused(subgraph: TestSubgraph, query: string, variables: Record<string, unknown> = {}, viewer: Viewer = ADMIN) {
  const { body } = await subgraph.query(query, variables, { viewer });
  expect(body.errors).toBeDefined();
  const [error] = body.errors!;
  return { message: error!.message, extensions: error!.extensions ?? {}, data: body.data };
}

export async function createBuyer(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<{ id: string; siret: string }> {
  const input = { name: 'Ville de test', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: '69266', ...overrides };
  const data = await ok(subgraph, 'mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id siret } }', { input });
  return data.createBuyer;
}

export const CONTRACT_FIELDS = 'id reference status allowedTransitions hoursTarget';

export async function createContract(subgraph: TestSubgraph, buyerId: string, overrides: Record<string, unknown> = {}) {
  const input = { buyerId, reference: uniqueReference(), title: 'Marché de test', sector: 'BUILDING', ...overrides };
  const data = await ok(subgraph, `mutation ($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`, { input });
  return data.createContract as { id: string; reference: string; status: string; allowedTransitions: string[]; hoursTarget: string };
}

export async function moveContract(subgraph: TestSubgraph, id: string, status: string, viewer: Viewer = ADMIN) {
  const { body } = await subgraph.query(
    'mutation ($id: ID!, $status: ContractStatus!) { changeContractStatus(id: $id, status: $status) { status allowedTransitions } }',
    { id, status },
    { viewer },
  );
  return body;
}

/** The path from DRAFT to a status, along the lifecycle. */
export const PATH_TO: Record<string, string[]> = {
  DRAFT: [],
  PUBLISHED: ['PUBLISHED'],
  AWARDED: ['PUBLISHED', 'AWARDED'],
  IN_EXECUTION: ['PUBLISHED', 'AWARDED', 'IN_EXECUTION'],
  CLOSED: ['PUBLISHED', 'AWARDED', 'IN_EXECUTION', 'CLOSED'],
  CANCELLED: ['CANCELLED'],
};

export async function contractIn(subgraph: TestSubgraph, buyerId: string, status: string, overrides: Record<string, unknown> = {}) {
  const contract = await createContract(subgraph, buyerId, overrides);
  for (const step of PATH_TO[status]!) {
    const body = await moveContract(subgraph, contract.id, step);
    if (body.errors) throw new Error(`cannot move to ${step}: ${JSON.stringify(body.errors)}`);
  }
  return contract;
}

export async function createCompany(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<string> {
  const input = { siret: uniqueSiret(), name: 'Entreprise de test', nafCode: '4120B', communeCode: '69123', ...overrides };
  const data = await ok(subgraph, 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret } }', { input });
  return data.createCompany.siret;
}
