import type { Viewer } from '@maillage/subgraph-kit';
import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { can, type AccessSubject } from '../src/access/access';
import { beneficiariesSubgraph } from '../src/subgraph';
import { COMPANY, createPerson, dataOf, declare, EMPLOYER_STRUCTURE, firstError, openPlacement, OTHER_COMPANY, REFERENT } from './factories';

/**
 * The access rules of the work records — paths, outcomes, placements, hour statements — role by role,
 * generated from the access table, and the list filters.
 */
let subgraph: TestSubgraph;
let person: { id: string; pathId: string };
let placements: { company: string; structure: string };

beforeAll(async () => {
  subgraph = await startTestSubgraph(beneficiariesSubgraph);
  person = await createPerson(subgraph, { referentStructureId: REFERENT, pathStartedOn: '2025-01-01' });
  placements = {
    company: await openPlacement(subgraph, person.id, { employerSiret: COMPANY, startDate: '2025-01-01' }),
    structure: await openPlacement(subgraph, person.id, { employerSiret: null, employerStructureId: EMPLOYER_STRUCTURE, modality: 'ETTI', employmentContractType: 'INTERIM_MISSION', startDate: '2025-02-01' }),
  };
  dataOf(await declare(subgraph, placements.company, '2025-01', '100'));
  dataOf(await declare(subgraph, placements.structure, '2025-02', '50'));
});

afterAll(async () => {
  await subgraph?.stop();
});

const PERSON_SUBJECT: AccessSubject = { departmentCode: '69', communeCode: '69123', referentStructureId: REFERENT, employers: [COMPANY, EMPLOYER_STRUCTURE] };
const placementSubject = (employer: string): AccessSubject => ({ ...PERSON_SUBJECT, employers: [employer] });

const VIEWERS: [string, Viewer][] = [
  ['a facilitator of the territory', viewers.facilitator(['69'])],
  ['a facilitator of another territory', viewers.facilitator(['38'])],
  ['the referent structure', viewers.structure(REFERENT)],
  ['the employing structure', viewers.structure(EMPLOYER_STRUCTURE)],
  ['the employing company', viewers.company(COMPANY)],
  ['another company', viewers.company(OTHER_COMPANY)],
  ['an admin', viewers.admin],
];

describe('work records, role by role, as the access table says', () => {
  test.each(VIEWERS)('%s reads the paths and outcomes the table allows', async (_name, viewer) => {
    const response = await subgraph.query('query ($id: ID!) { beneficiary(id: $id) { paths { id outcomes { id } } } }', { id: person.id }, { viewer });
    const beneficiary = response.body.data?.beneficiary;
    if (!beneficiary) return expect(can(viewer, 'read', 'Path', PERSON_SUBJECT) || can(viewer, 'read', 'Beneficiary.firstName', PERSON_SUBJECT)).toBe(false);
    if (can(viewer, 'read', 'Path', PERSON_SUBJECT)) {
      expect(beneficiary.paths).toEqual([{ id: person.pathId, outcomes: can(viewer, 'read', 'Outcome', PERSON_SUBJECT) ? [] : null }]);
    } else {
      expect([beneficiary.paths, firstError(response).code]).toEqual([null, 'FORBIDDEN']);
    }
  });

  test.each(VIEWERS)('%s sees the placements and statements the table allows, each on its own employer', async (_name, viewer) => {
    const expected = Object.entries(placements)
      .filter(([kind]) => can(viewer, 'read', 'Placement', placementSubject(kind === 'company' ? COMPANY : EMPLOYER_STRUCTURE)))
      .map(([, id]) => id).sort();
    const listed = dataOf(await subgraph.query('{ placements(first: 100) { nodes { id statements { month } } } }', {}, { viewer })).placements.nodes;
    expect(listed.map((node: { id: string }) => node.id).sort()).toEqual(expected);
    for (const [kind, id] of Object.entries(placements)) {
      const single = dataOf(await subgraph.query('query ($id: ID!) { placement(id: $id) { id statements { month } } }', { id }, { viewer })).placement;
      const subject = placementSubject(kind === 'company' ? COMPANY : EMPLOYER_STRUCTURE);
      expect(single?.id ?? null).toBe(can(viewer, 'read', 'Placement', subject) ? id : null);
      if (single) expect(single.statements).toHaveLength(can(viewer, 'read', 'HoursStatement', subject) ? 1 : 0);
    }
  });

  test.each([
    ['a buyer', viewers.buyer('21692660000018'), 'FORBIDDEN'],
    ['a partner', viewers.partner('ave'), 'FORBIDDEN'],
    ['the public caller', viewers.public, 'UNAUTHENTICATED'],
  ])('%s may not read placements at all', async (_name, viewer, code) => {
    expect(firstError(await subgraph.query('{ placements(first: 5) { nodes { id } } }', {}, { viewer })).code).toBe(code);
  });
});

describe('filters of the list of people', () => {
  test.each([
    ['territory', { territory: '69' }, true],
    ['another territory', { territory: '38' }, false],
    ['referent', { referentStructureId: REFERENT }, true],
    ['contract', { contractId: '5c0e1d2a-0000-4000-8000-000000000001' }, true],
    ['another contract', { contractId: '5c0e1d2a-0000-4000-8000-000000000002' }, false],
    ['active placement on a date', { activePlacementOn: '2025-03-01' }, true],
    ['active placement before any', { activePlacementOn: '2024-06-01' }, false],
    ['eligible on a date (no validated criterion)', { eligibleOn: '2025-03-01' }, false],
  ])('filter by %s', async (_case, filter, included) => {
    const nodes = dataOf(await subgraph.query('query ($f: BeneficiaryFilter) { beneficiaries(first: 100, filter: $f) { nodes { id } } }', { f: filter }, { viewer: viewers.admin })).beneficiaries.nodes;
    expect(nodes.some((node: { id: string }) => node.id === person.id)).toBe(included);
  });

  test('pages follow each other without overlap, and a forged cursor is a client error', async () => {
    await Promise.all([1, 2, 3].map(() => createPerson(subgraph)));
    const QUERY = 'query ($after: String) { beneficiaries(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }';
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } = dataOf(await subgraph.query(QUERY, { after }, { viewer: viewers.admin })).beneficiaries;
      seen.push(...page.nodes.map((node) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      expect(page.totalCount).toBe(4);
    } while (after);
    expect(new Set(seen).size).toBe(4);
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    expect(firstError(await subgraph.query(QUERY, { after: forged }, { viewer: viewers.admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
