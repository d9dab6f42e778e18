import { startTestSubgraph, viewers, type TestSubgraph } from '@maillage/test-kit';
import { Client } from 'pg';
import { beneficiariesSubgraph } from '../src/subgraph';
import { addCriterion, createPerson, dataOf, declare, FACILITATOR_69, firstError, openPlacement } from './factories';

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

async function eventsOf(beneficiaryId: string) {
  const { rows } = await db.query('SELECT subject, role, organisation, operation, fields, request_id FROM audit_event WHERE beneficiary_id = $1 ORDER BY id', [beneficiaryId]);
  return rows as { subject: string; role: string; organisation: string | null; operation: string; fields: string[]; request_id: string }[];
}

describe('the audit log', () => {
  test.each([
    ['UPDATE', 'UPDATE audit_event SET role = \'admin\''],
    ['DELETE', 'DELETE FROM audit_event'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('is append-only in PostgreSQL itself: %s is refused', async (_operation, sql) => {
    await createPerson(subgraph);
    const before = (await db.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
    await expect(db.query(sql)).rejects.toThrow(/append-only/);
    expect((await db.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n).toBe(before);
  });

  test('records a read of a health criterion and of identity: who, role, organisation, which person, which fields', async () => {
    const person = await createPerson(subgraph);
    await addCriterion(subgraph, person.id, 'RQTH', '2025-01-02', '2025-01-02');
    const QUERY = 'query ($id: ID!) { beneficiary(id: $id) { lastName criteria { criterion { code } } } }';
    dataOf(await subgraph.query(QUERY, { id: person.id }, { viewer: FACILITATOR_69, headers: { 'x-request-id': 'audit-test-request-1' } }));
    const reads = (await eventsOf(person.id)).filter((event) => event.operation === 'READ');
    expect(reads).toEqual([
      { subject: 'test-facilitator-69', role: 'facilitator', organisation: 'plie-test', operation: 'READ', fields: ['lastName'], request_id: 'audit-test-request-1' },
      { subject: 'test-facilitator-69', role: 'facilitator', organisation: 'plie-test', operation: 'READ', fields: ['criteria(health)'], request_id: 'audit-test-request-1' },
    ]);
  });

  test('a refused read is not logged as a read', async () => {
    const person = await createPerson(subgraph);
    const response = await subgraph.query('query ($id: ID!) { beneficiary(id: $id) { lastName } }', { id: person.id }, { viewer: viewers.facilitator(['38']) });
    expect(response.body.data!.beneficiary).toBeNull();
    expect((await eventsOf(person.id)).map((event) => event.operation)).toEqual(['CREATE']);
  });

  test('every write is logged with its fields; a refused write leaves no audit row', async () => {
    const person = await createPerson(subgraph, { email: 'x@example.org' });
    const placementId = await openPlacement(subgraph, person.id);
    dataOf(await declare(subgraph, placementId, '2025-02', '10'));
    expect(firstError(await declare(subgraph, placementId, '2025-02', '11')).code).toBe('CONFLICT');
    expect((await eventsOf(person.id)).map((event) => [event.operation, event.fields])).toEqual([
      ['CREATE', ['firstName', 'lastName', 'birthDate', 'email', 'residenceCommune']],
      ['OPEN_PLACEMENT', ['placements', 'placements.eligibilityExemption']], // the builders' default exemption
      ['DECLARE_HOURS', ['hours.2025-02']],
    ]);
  });

  test('reading a page of 50 people costs the same number of SQL statements as a page of 5 (one audit INSERT per level)', async () => {
    await Promise.all(Array.from({ length: 50 }, () => createPerson(subgraph)));
    const QUERY = 'query ($first: Int!) { beneficiaries(first: $first) { nodes { firstName lastName birthDate criteria { proofDate } } } }';
    const five = await subgraph.statementsFor(QUERY, { first: 5 }, viewers.admin);
    const fifty = await subgraph.statementsFor(QUERY, { first: 50 }, viewers.admin);
    expect(fifty).toBe(five);
  });

  test('only admins may read the log, page by page', async () => {
    const person = await createPerson(subgraph);
    await openPlacement(subgraph, person.id);
    const QUERY = 'query ($id: ID, $after: String) { auditEvents(beneficiaryId: $id, first: 1, after: $after) { totalCount pageInfo { endCursor } nodes { operation role beneficiaryId } } }';
    expect(firstError(await subgraph.query(QUERY, { id: person.id }, { viewer: FACILITATOR_69 })).code).toBe('FORBIDDEN');
    const first = dataOf(await subgraph.query(QUERY, { id: person.id }, { viewer: viewers.admin })).auditEvents;
    expect(first).toMatchObject({ totalCount: 2, nodes: [{ operation: 'CREATE', role: 'facilitator', beneficiaryId: person.id }] });
    const second = dataOf(await subgraph.query(QUERY, { id: person.id, after: first.pageInfo.endCursor }, { viewer: viewers.admin })).auditEvents;
    expect(second.nodes).toEqual([{ operation: 'OPEN_PLACEMENT', role: 'admin', beneficiaryId: person.id }]);
  });
});
