import { PUBLIC_VIEWER, type Viewer } from '@maillage/subgraph-kit';
import { assertMayReadStructures, assertMayWriteStructureIn } from './structure.access';

const facilitator = (territories: string[]): Viewer => ({ role: 'facilitator', subject: 'f', territories });
const codeOf = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('the structure access rules', () => {
  test('an anonymous read is UNAUTHENTICATED and a signed-in one passes', () => {
    expect(codeOf(() => assertMayReadStructures(PUBLIC_VIEWER))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertMayReadStructures({ role: 'buyer', territories: [] }))).toBeNull();
  });

  test.each<[string, Viewer, string, string | null]>([
    ['an admin, anywhere', { role: 'admin', territories: [] }, '2A004', null],
    ['a facilitator, in their department', facilitator(['69']), '69266', null],
    ['a facilitator, overseas in their department', facilitator(['974']), '97411', null],
    ['a facilitator, in their commune', facilitator(['69266']), '69266', null],
    ['a facilitator, outside', facilitator(['69', '01']), '38185', 'FORBIDDEN'],
    ['a facilitator of 97, a department that does not exist', facilitator(['97']), '97411', 'FORBIDDEN'],
    ['a buyer', { role: 'buyer', territories: ['69'] }, '69266', 'FORBIDDEN'],
    ['an anonymous caller', PUBLIC_VIEWER, '69266', 'UNAUTHENTICATED'],
  ])('writing a structure: %s', (_who, viewer, commune, expected) => {
    expect(codeOf(() => assertMayWriteStructureIn(viewer, commune))).toBe(expected);
  });
});
