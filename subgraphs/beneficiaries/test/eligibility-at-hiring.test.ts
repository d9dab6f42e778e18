import { startTestSubgraph, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { addCriterion, createPerson, dataOf, FACILITATOR_69, firstError, openPlacement } from './factories';

/**
 * Eligibility is assessed at hiring and holds for the placement (DOMAIN.md §4.1, §4.2): the proof must
 * cover the placement's start date — 90 days for most proofs, 180 for a QPV address, as les emplois de
 * l'inclusion applies them (3 and 6 months) — and a placement for a person not eligible that day needs a
 * facilitator's reasoned, audited exemption.
 */
let subgraph: TestSubgraph;
let db: Client;

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
  db = new Client({ connectionString: subgraph.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await subgraph?.stop();
});

const OPEN = 'mutation ($input: OpenPlacementInput!) { openPlacement(input: $input) { id eligibilityBasis } }';
const ELIGIBILITY = 'query ($id: ID!, $on: LocalDate!) { beneficiary(id: $id) { eligibility(on: $on) { eligible assessedOn criterion { code } } } }';

function placementInput(beneficiaryId: string, startDate: string, extra: Record<string, unknown> = {}) {
  return { beneficiaryId, contractId: '5c0e1d2a-0000-4000-8000-000000000001', employerSiret: '39812340600017', modality: 'DIRECT_HIRE', employmentContractType: 'CDD', startDate, ...extra };
}

/** A person whose only proof, of `code`, is dated 2 January 2025 and validated that day. */
async function personWithProof(code: string) {
  const person = await createPerson(subgraph);
  await addCriterion(subgraph, person.id, code, '2025-01-02', '2025-01-02');
  return person;
}

describe('opening a placement checks eligibility on its start date', () => {
  test.each([
    ['an RSA proof on its 90th day', 'RSA', '2025-04-01', true],
    ['an RSA proof the day after its 90 days', 'RSA', '2025-04-02', false],
    ['a QPV address proof on its 180th day', 'QPV', '2025-06-30', true],
    ['a QPV address proof the day after its 180 days', 'QPV', '2025-07-01', false],
  ])('with %s', async (_case, code, startDate, eligible) => {
    const person = await personWithProof(code);
    const response = await subgraph.query(OPEN, { input: placementInput(person.id, startDate) }, { viewer: FACILITATOR_69 });
    if (eligible) {
      expect(dataOf(response).openPlacement.eligibilityBasis).toBe('CRITERION');
    } else {
      expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
      expect(response.body.errors![0]!.message).toContain('n’est pas éligible');
      expect((await db.query('SELECT count(*)::int AS n FROM placement WHERE beneficiary_id = $1', [person.id])).rows[0].n).toBe(0);
    }
  });

  test('a placement for a person with no criterion at all is refused', async () => {
    const person = await createPerson(subgraph);
    const response = await subgraph.query(OPEN, { input: placementInput(person.id, '2025-02-01') }, { viewer: FACILITATOR_69 });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
  });

  test('a facilitator’s exemption with a reason opens the placement, and the exemption is audited', async () => {
    const person = await createPerson(subgraph);
    const reason = 'Orientation par la Mission locale, justificatif RSA attendu';
    const opened = dataOf(await subgraph.query(OPEN, { input: placementInput(person.id, '2025-02-01', { eligibilityExemptionReason: reason }) }, { viewer: FACILITATOR_69 })).openPlacement;
    expect(opened.eligibilityBasis).toBe('EXEMPTION');
    const { rows } = await db.query('SELECT eligibility_exemption_reason, eligibility_exempted_by FROM placement WHERE id = $1', [opened.id]);
    expect(rows[0]).toEqual({ eligibility_exemption_reason: reason, eligibility_exempted_by: 'test-facilitator-69' });
    const audit = await db.query("SELECT fields FROM audit_event WHERE beneficiary_id = $1 AND operation = 'OPEN_PLACEMENT'", [person.id]);
    expect(audit.rows[0].fields).toContain('placements.eligibilityExemption');
  });

  test('an exemption for a person eligible that day is refused: there is nothing to exempt', async () => {
    const person = await personWithProof('RSA');
    const response = await subgraph.query(OPEN, { input: placementInput(person.id, '2025-02-01', { eligibilityExemptionReason: 'par précaution' }) }, { viewer: FACILITATOR_69 });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'eligibilityExemptionReason' });
  });

  test('moving the start date of a placement opened on a criterion past the proof’s validity is refused', async () => {
    const person = await personWithProof('RSA');
    const placementId = await openPlacement(subgraph, person.id, { startDate: '2025-02-01', eligibilityExemptionReason: null });
    const moved = await subgraph.query('mutation ($id: ID!) { updatePlacement(id: $id, input: { startDate: "2025-05-01" }) { id } }', { id: placementId }, { viewer: FACILITATOR_69 });
    expect(firstError(moved)).toEqual({ code: 'BAD_USER_INPUT', field: 'startDate' });
  });
});

describe('eligibility assessed at hiring holds for the placement', () => {
  test('a person hired on a 90-day proof stays eligible for the whole placement, and not after it', async () => {
    const person = await personWithProof('RSA');
    await openPlacement(subgraph, person.id, { startDate: '2025-01-15', endDate: '2025-12-31', eligibilityExemptionReason: null });
    const during = dataOf(await subgraph.query(ELIGIBILITY, { id: person.id, on: '2025-09-01' }, { viewer: FACILITATOR_69 })).beneficiary.eligibility;
    expect(during).toEqual({ eligible: true, assessedOn: '2025-01-15', criterion: { code: 'RSA' } });
    const after = dataOf(await subgraph.query(ELIGIBILITY, { id: person.id, on: '2026-01-05' }, { viewer: FACILITATOR_69 })).beneficiary.eligibility;
    expect(after).toEqual({ eligible: false, assessedOn: null, criterion: null });
  });

  test('a placement opened on an exemption does not make the person eligible', async () => {
    const person = await createPerson(subgraph);
    await openPlacement(subgraph, person.id, { startDate: '2025-01-15' });
    const during = dataOf(await subgraph.query(ELIGIBILITY, { id: person.id, on: '2025-03-01' }, { viewer: FACILITATOR_69 })).beneficiary.eligibility;
    expect(during.eligible).toBe(false);
  });

  test('the eligibleOn filter agrees with the field', async () => {
    const person = await personWithProof('RSA');
    await openPlacement(subgraph, person.id, { startDate: '2025-01-15', endDate: '2025-12-31', eligibilityExemptionReason: null });
    const list = dataOf(await subgraph.query(
      'query ($on: LocalDate!) { beneficiaries(filter: { eligibleOn: $on }, first: 100) { nodes { id } } }', { on: '2025-09-01' }, { viewer: FACILITATOR_69 }));
    expect(list.beneficiaries.nodes.map((node: { id: string }) => node.id)).toContain(person.id);
  });
});
