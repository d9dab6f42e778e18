import { cpvCheckDigit, cpvDivision, cpvProblem, normalizeCpv } from './cpv';

describe('CPV codes', () => {
  test.each(['45000000-7', '45210000-2', '90910000-9', '77310000-6', '55523100-3', '03113100-7', '18451000-5', '71355200-3', '45233140-2', '38653111-8'])(
    'the published code %s passes its check digit',
    (code) => expect(cpvProblem(code)).toBeNull(),
  );

  test('a published code whose check digit follows no rule is accepted as listed', () => {
    expect(cpvProblem('03300000-2')).toBeNull();
  });

  test('a wrong check digit is refused, with the expected one', () => {
    expect(cpvProblem('45210000-3')).toBe('le chiffre de contrôle du code CPV ne correspond pas (attendu : 45210000-2)');
  });

  test.each(['4521000-2', '45210000', 'ABCDEFGH-1', '45210000-22', ''])('%j is not written as a CPV code', (code) => {
    expect(cpvProblem(code)).toMatch(/8 chiffres, un tiret/);
  });

  test('nine digits without the hyphen are read as a code; the division is its first two digits', () => {
    expect(normalizeCpv('45 2100002')).toBe('45210000-2');
    expect(cpvCheckDigit('45210000')).toBe(2);
    expect(cpvDivision('45210000-2')).toBe('45');
  });
});
