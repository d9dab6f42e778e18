import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTableSection, renderAccessTable } from '@maillage/subgraph-kit';
import { outcomeOf, refusalOf, startTestSubgraph, VIEWER_BY_ROLE, type TestSubgraph } from '@maillage/test-kit';
import { ACCESS_MATRIX, ACCESS_TABLE, accessTableMarkers } from '../src/access/access-table';
import { structuresSubgraph } from '../src/subgraph';
import { CREATE, createStructure, structureInput } from './factories';

/**
 * The access table of the structure directory, role by role through the real subgraph: every role ×
 * resource × operation the table lists is one case.
 */
let subgraph: TestSubgraph;
let structureId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(structuresSubgraph);
  structureId = (await createStructure(subgraph, { contact: { label: 'Accueil', email: 'accueil@structure.example', phone: '0472000000' } })).id;
});

afterAll(async () => {
  await subgraph?.stop();
});

const CONTACT = (field: string) => `query ($id: ID!) { structure(id: $id) { contact { ${field} } } }`;

describe('the structures access table', () => {
  test('the README shows the table of the code (run npm run access-table -w @maillage/subgraph-structures when this fails)', () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
    expect(accessTableSection(readme, accessTableMarkers)).toBe(renderAccessTable(ACCESS_TABLE, accessTableMarkers));
  });

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource === 'Structure').map((c) => [c.role, c.conditions] as const))(
    '%s reads structures as the table says (%j)',
    async (role, conditions) => {
      expect(await outcomeOf(subgraph, '{ structures(first: 1) { totalCount } }', {}, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read' && c.resource.startsWith('StructureContact.') && c.role !== 'public').map((c) => [c.role, c.resource, c.conditions] as const))(
    '%s reads %s as the table says (%j)',
    async (role, resource, conditions) => {
      const field = resource.slice('StructureContact.'.length);
      expect(await outcomeOf(subgraph, CONTACT(field), { id: structureId }, VIEWER_BY_ROLE[role])).toBe(conditions.length > 0 ? null : refusalOf(role));
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'write' && c.resource === 'Structure').map((c) => [c.role, c.conditions] as const))(
    '%s writes structures inside and outside its territories as the table says (%j)',
    async (role, conditions) => {
      const inside = await outcomeOf(subgraph, CREATE, { input: structureInput({ communeCode: '69123' }) }, VIEWER_BY_ROLE[role]);
      const outside = await outcomeOf(subgraph, CREATE, { input: structureInput({ communeCode: '38185' }) }, VIEWER_BY_ROLE[role]);
      expect(inside).toBe(conditions.includes('all') || conditions.includes('territory') ? null : refusalOf(role));
      expect(outside).toBe(conditions.includes('all') ? null : refusalOf(role));
    },
  );
});
