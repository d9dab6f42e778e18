import { coversCommune, departmentOfCommune } from './territory';
import type { Viewer } from './viewer';

describe('the one commune → department rule', () => {
  test.each([
    ['69123', '69'],
    ['2A004', '2A'],
    ['2B033', '2B'],
    ['01053', '01'],
    ['97411', '974'],
    ['97608', '976'],
    ['98735', '987'],
    ['98818', '988'],
  ])('the department of commune %s is %s', (commune, department) => {
    expect(departmentOfCommune(commune)).toBe(department);
  });
});

describe('a facilitator’s territories', () => {
  const facilitator = (territories: string[]): Viewer => ({ role: 'facilitator', territories });
  test.each<[string[], string, boolean]>([
    [['69'], '69266', true],
    [['69266'], '69266', true],
    [['974'], '97411', true],
    [['97'], '97411', false],
    [['987'], '98735', true],
    [['69', '01'], '38185', false],
  ])('%j covers %s: %s', (territories, commune, expected) => {
    expect(coversCommune(facilitator(territories), commune)).toBe(expected);
  });
});
