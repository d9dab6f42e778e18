import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTableSection, renderAccessTable, type Viewer } from '@maillage/subgraph-kit';
import { outcomeOf, refusalOf, startTestSubgraph, VIEWER_BY_ROLE, viewers, type TestSubgraph } from '@maillage/test-kit';
import { ACCESS_MATRIX, ACCESS_TABLE, accessTableMarkers } from '../src/access/access-table';
import { contractsSubgraph } from '../src/subgraph';
import { uniqueSiret } from './factories';

/**
 * The access table of the contract register, role by role through the real subgraph: every role × resource
 * × operation of the table is one case, so a rule added to the table is tested the day it is added.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(contractsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

const INSIDE = '69266';
const OUTSIDE = '38185';

const outcome = (query: string, variables: Record<string, unknown>, viewer: Viewer) => outcomeOf(subgraph, query, variables, viewer);

const READ: Record<string, string> = {
  Buyer: '{ buyers(first: 1) { totalCount } }',
  Contract: '{ contracts(first: 1) { totalCount } }',
  Company: '{ company(siret: "39812340600017") { siret } }',
  PlannedPurchase: '{ plannedPurchases(first: 1) { totalCount } }',
};

const createBuyer = (communeCode: string, viewer: Viewer) =>
  outcome('mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input: { name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode } }, viewer);

describe('the contracts access table', () => {
  test('the README shows the table of the code (run npm run access-table -w @maillage/subgraph-contracts when this fails)', () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
    expect(accessTableSection(readme, accessTableMarkers)).toBe(renderAccessTable(ACCESS_TABLE, accessTableMarkers));
  });

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource in READ).map((c) => [c.role, c.resource, c.conditions] as const))(
    '%s reads %s as the table says (%j)',
    async (role, resource, conditions) => {
      expect(await outcome(READ[resource]!, {}, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'write' && c.resource === 'Buyer').map((c) => [c.role, c.conditions] as const))(
    '%s writes buyers inside and outside its territories as the table says (%j)',
    async (role, conditions) => {
      const inside = conditions.includes('all') || conditions.includes('territory');
      expect(await createBuyer(INSIDE, VIEWER_BY_ROLE[role])).toBe(inside ? null : refusalOf(role));
      expect(await createBuyer(OUTSIDE, VIEWER_BY_ROLE[role])).toBe(conditions.includes('all') ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'write' && c.resource === 'Company').map((c) => [c.role, c.conditions] as const))(
    '%s records companies as the table says (%j)',
    async (role, conditions) => {
      const code = await outcome('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { siret } }', { input: { siret: uniqueSiret(), name: 'Entreprise' } }, VIEWER_BY_ROLE[role]);
      expect(code).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  describe('reports (« bilans ») follow the InsertionReport row', () => {
    const report = (scope: Record<string, unknown>, viewer: Viewer) =>
      outcome('query ($scope: ReportScopeInput!) { insertionReport(scope: $scope) { label } }', { scope }, viewer);
    let buyer: { id: string; siret: string };
    let outsideBuyer: string;

    beforeAll(async () => {
      const siret = uniqueSiret();
      const create = async (input: Record<string, unknown>): Promise<string> => {
        const { body } = await subgraph.query<{ createBuyer: { id: string } }>(
          'mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }', { input }, { viewer: viewers.admin });
        return body.data!.createBuyer.id;
      };
      buyer = { id: await create({ name: 'Ville', kind: 'COMMUNE', siret, communeCode: INSIDE }), siret };
      outsideBuyer = await create({ name: 'Ville', kind: 'COMMUNE', siret: uniqueSiret(), communeCode: OUTSIDE });
    });

    // The buyer role acts for the buyer of the report: the row its `own buyer` condition looks at.
    const viewerOf = (role: keyof typeof VIEWER_BY_ROLE) => (role === 'buyer' ? viewers.buyer(buyer.siret) : VIEWER_BY_ROLE[role]);

    test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource === 'InsertionReport').map((c) => [c.role, c.conditions] as const))(
      '%s reads the report of a buyer of Rhône it is concerned by as the table says (%j)',
      async (role, conditions) => {
        expect(await report({ kind: 'BUYER', id: buyer.id }, viewerOf(role))).toBe(conditions.length > 0 ? null : refusalOf(role));
      },
    );

    test('the conditions decide: another buyer, a buyer outside the territory, a region or the nation are refused', async () => {
      expect(await report({ kind: 'BUYER', id: buyer.id }, viewers.buyer(uniqueSiret()))).toBe('FORBIDDEN');
      expect(await report({ kind: 'BUYER', id: outsideBuyer }, viewers.facilitator(['69']))).toBe('FORBIDDEN');
      expect(await report({ kind: 'BUYER', id: outsideBuyer }, viewers.admin)).toBeNull();
      expect(await report({ kind: 'DEPARTMENT', code: '69' }, viewers.facilitator(['69']))).toBeNull();
      expect(await report({ kind: 'DEPARTMENT', code: '38' }, viewers.facilitator(['69']))).toBe('FORBIDDEN');
      // Auvergne-Rhône-Alpes has twelve departments: a facilitator of one does not read the region.
      expect(await report({ kind: 'REGION', code: '84' }, viewers.facilitator(['69']))).toBe('FORBIDDEN');
      expect(await report({ kind: 'TERRITORY' }, viewers.facilitator(['69']))).toBeNull();
      expect(await report({ kind: 'NATION' }, viewers.facilitator(['69']))).toBe('FORBIDDEN');
      expect(await report({ kind: 'NATION' }, viewers.admin)).toBeNull();
      expect(await report({ kind: 'DEPARTMENT', code: '69' }, viewers.buyer(buyer.siret))).toBe('FORBIDDEN');
    });
  });

  test('an entity reference is refused to a caller who may not read the register, like every entry point', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Buyer { id } } }';
    const representations = { r: [{ __typename: 'Buyer', id: '7a3b9c4d-0000-4000-8000-000000000001' }] };
    expect(await outcome(query, representations, viewers.public)).toBe('UNAUTHENTICATED');
    expect(await outcome(query, representations, viewers.admin)).toBeNull();
  });
});
