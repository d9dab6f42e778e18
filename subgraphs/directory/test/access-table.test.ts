import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessTableSection, renderAccessTable } from '@maillage/subgraph-kit';
import { thrownCodeOf, VIEWER_BY_ROLE } from '@maillage/test-kit';
import { ACCESS_MATRIX, ACCESS_TABLE, accessTableMarkers } from '../src/access/access-table';
import { assertMayManageOrganisation, directoryAccess, ORGANISATION_CREATORS, ORGANISATION_MANAGERS } from '../src/modules/facilitator/facilitator.access';

/**
 * The access table of the directory, role by role: the row-level rule of every write, for the viewer's own
 * organisation and another one, and the roles of each mutation's `@Authorized`. (Reads are public: the
 * other tests of this folder read everything as the public caller.)
 */
describe('the directory access table', () => {
  test('the README shows the table of the code (run npm run access-table -w @maillage/subgraph-directory when this fails)', () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8');
    expect(accessTableSection(readme, accessTableMarkers)).toBe(renderAccessTable(ACCESS_TABLE, accessTableMarkers));
  });

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'write' && c.resource === 'Facilitator').map((c) => [c.role, c.conditions] as const))(
    '%s manages its own organisation and others as the table says (%j)',
    (role, conditions) => {
      const viewer = VIEWER_BY_ROLE[role];
      const own = viewer.organisation ?? 'none';
      const expectedOwn = conditions.includes('all') || conditions.includes('organisation') ? null : 'FORBIDDEN';
      expect(thrownCodeOf(() => assertMayManageOrganisation(viewer, own))).toBe(expectedOwn);
      expect(thrownCodeOf(() => assertMayManageOrganisation(viewer, 'another-organisation'))).toBe(conditions.includes('all') ? null : 'FORBIDDEN');
    },
  );

  test.each(ACCESS_MATRIX.filter((c) => c.operation === 'read').map((c) => [c.role, c.resource, c.conditions] as const))(
    '%s reads %s as the table says (%j)',
    (role, resource, conditions) => {
      expect(directoryAccess.mayEver(VIEWER_BY_ROLE[role], 'read', resource)).toBe(conditions.length > 0);
    },
  );

  test('the mutations are open to the roles the table names, in its order', () => {
    expect(ORGANISATION_MANAGERS).toEqual(['admin', 'facilitator']);
    expect(ORGANISATION_CREATORS).toEqual(['admin']);
  });
});
