import { randomInt } from 'node:crypto';
import type { TestSubgraph } from '@maillage/test-kit';
import { viewers } from '@maillage/test-kit';

function luhnComplete(body: string): string {
  for (let check = 0; check <= 9; check += 1) {
    const candidate = `${body}${check}`;
    let sum = 0;
    for (let index = 0; index < candidate.length; index += 1) {
      let digit = Number(candidate[candidate.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

let sequence = 0;

/** A Luhn-valid SIRET no other test uses (random SIREN prefix per process, then a sequence). */
const prefix = String(randomInt(100, 999));
export function uniqueSiret(): string {
  sequence += 1;
  return luhnComplete(`${prefix}${String(sequence).padStart(10, '0')}`);
}

/** A valid create input; override what the test is about. */
export function structureInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { siret: uniqueSiret(), name: `Structure de test ${sequence}`, kind: 'EI', communeCode: '69123', ...overrides };
}

export const CREATE = `mutation ($input: CreateStructureInput!) {
  createStructure(input: $input) { id siret name kind family canDeliverClauseHours active }
}`;

/** Creates a structure as an admin and returns its id; fails the test on any error. */
export async function createStructure(subgraph: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<{ id: string; siret: string }> {
  const { body } = await subgraph.query(CREATE, { input: structureInput(overrides) }, { viewer: viewers.admin });
  if (body.errors) throw new Error(`createStructure failed: ${JSON.stringify(body.errors)}`);
  return body.data!.createStructure;
}
