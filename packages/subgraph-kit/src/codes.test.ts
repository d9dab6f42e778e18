import { DEPARTMENT_CODE, INSEE_COMMUNE_CODE, isValidSiren, isValidSiret, normalizeNaf, siretProblem } from './codes';

describe('SIRET and SIREN', () => {
  test.each(['73282932000074', '35600000000048', '35600000049837'])('%s is a valid SIRET', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  test.each([
    ['73282932000075', 'a wrong check digit'],
    ['7328293200007', '13 digits'],
    ['7328293200007A', 'a letter'],
    ['35600000049838', 'a La Poste SIRET whose digits do not sum to a multiple of 5'],
    ['12345678900010', 'a non-La Poste SIRET that only passes the digit-sum rule'],
  ])('%s is refused (%s)', (siret) => {
    expect(isValidSiret(siret)).toBe(false);
    expect(siretProblem(siret)).not.toBeNull();
  });

  test('a SIREN is checked with Luhn', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
  });
});

describe('territory codes', () => {
  test.each(['69123', '2A004', '2B033', '97411', '97608', '75101'])('%s is an INSEE commune code', (code) => {
    expect(INSEE_COMMUNE_CODE.test(code)).toBe(true);
  });
  test.each(['6912', '2C004', '691234', 'abcde'])('%s is not an INSEE commune code', (code) => {
    expect(INSEE_COMMUNE_CODE.test(code)).toBe(false);
  });
  test.each(['01', '2A', '2B', '69', '971', '976'])('%s is a department code', (code) => {
    expect(DEPARTMENT_CODE.test(code)).toBe(true);
  });
  test.each(['00', '20', '96', '970', '1'])('%s is not a department code', (code) => {
    expect(DEPARTMENT_CODE.test(code)).toBe(false);
  });
  test('NAF codes are normalised from their dotted form', () => {
    expect(normalizeNaf('88.99b')).toBe('8899B');
    expect(normalizeNaf('889B')).toBeNull();
  });
});
