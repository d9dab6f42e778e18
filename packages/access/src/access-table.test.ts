import { accessMatrix, createAccessControl, rolesGranted, visibilitySql, type AccessRule } from './access-table';
import { renderAccessTable, replaceAccessTable, tableMarkers } from './access-table.markdown';
import { ROLES } from './roles';
import { sql } from './sql';
import { PUBLIC_VIEWER, type Viewer } from './viewer';

type Condition = 'all' | 'own';
const TABLE = {
  Note: { tier: 'ordinary', read: { admin: ['all'], partner: ['own'] }, write: { admin: ['all'] }, audited: false },
  Report: { tier: 'aggregate', read: { partner: ['all'], admin: ['all'] }, write: {}, audited: true },
} as const satisfies Record<string, AccessRule<Condition>>;
const control = createAccessControl<keyof typeof TABLE, Condition, { owner: string }>(TABLE, {
  own: (viewer, subject) => viewer.organisation === subject.owner,
});
const partner: Viewer = { role: 'partner', organisation: 'p1', territories: [] };
const codeOf = (error: Error) => (error as Error & { extensions: { code: string } }).extensions.code;

describe('the access-table engine', () => {
  test('a condition holds on the row; a role absent from a rule gets nothing', () => {
    expect(control.can(partner, 'read', 'Note', { owner: 'p1' })).toBe(true);
    expect(control.can(partner, 'read', 'Note', { owner: 'p2' })).toBe(false);
    expect(control.can(partner, 'read', 'Note')).toBe(false);
    expect(control.can({ role: 'buyer', territories: [] }, 'read', 'Note', { owner: 'p1' })).toBe(false);
    expect(control.mayEver(partner, 'write', 'Note')).toBe(false);
  });

  test('a refusal is UNAUTHENTICATED for the public caller and FORBIDDEN otherwise', () => {
    expect(codeOf(control.accessError(PUBLIC_VIEWER, 'read', 'Note'))).toBe('UNAUTHENTICATED');
    expect(codeOf(control.accessError(partner, 'write', 'Note'))).toBe('FORBIDDEN');
    expect(() => control.assertCan(partner, 'write', 'Note', { owner: 'p1' })).toThrow(/may not write Note/);
  });

  test('row visibility in SQL is the same table', () => {
    const own = { own: (viewer: Viewer) => sql('owner = ?', viewer.organisation) };
    expect(visibilitySql(control, partner, ['Note'], own)).toEqual({ sql: '(owner = ?)', params: ['p1'] });
    expect(visibilitySql(control, partner, ['Note', 'Report'], own).sql).toBe('TRUE');
    expect(visibilitySql(control, PUBLIC_VIEWER, ['Note'], own).sql).toBe('FALSE');
  });

  test('the matrix has every role × resource × operation; roles granted keep the table’s order', () => {
    expect(accessMatrix(TABLE, ROLES)).toHaveLength(2 * ROLES.length * 2);
    expect(rolesGranted(TABLE.Report.read)).toEqual(['partner', 'admin']);
  });

  test('the README section is replaced between its markers', () => {
    const markers = tableMarkers('src/access/access-table.ts', '@example/subgraph');
    const rendered = renderAccessTable(TABLE, markers, { roles: ['partner', 'admin'], notes: ['A note.'] });
    expect(rendered.split('\n')).toEqual([
      markers.start,
      '| resource | tier | audited reads | partner | admin |',
      '| --- | --- | --- | --- | --- |',
      '| `Note` | ordinary | no | R: own | R: all; W: all |',
      '| `Report` | aggregate | yes | R: all | R: all |',
      '',
      'A note.',
      markers.end,
    ]);
    expect(replaceAccessTable(`# x\n${markers.start}\nold\n${markers.end}\nafter`, rendered, markers)).toBe(`# x\n${rendered}\nafter`);
  });
});
