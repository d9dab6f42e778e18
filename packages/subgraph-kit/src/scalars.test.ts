import { Kind } from 'graphql';
import { DecimalScalar, isLocalDate, LocalDateScalar } from './scalars';

describe('the Decimal scalar', () => {
  test.each([
    ['1250000.50', '1250000.50'],
    ['-3', '-3'],
    [42, '42'],
  ])('accepts %p as %p', (input, output) => {
    expect(DecimalScalar.parseValue(input)).toBe(output);
  });

  test.each([0.1, '1e6', '1 000', '1,5', '', 'NaN'])('refuses %p', (input) => {
    expect(() => DecimalScalar.parseValue(input)).toThrow(/Decimal expects a string/);
  });

  test('reads an integer or a string literal, never a float literal', () => {
    expect(DecimalScalar.parseLiteral({ kind: Kind.INT, value: '30' })).toBe('30');
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: '0.05' })).toBe('0.05');
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '0.05' })).toThrow(/cannot be written as FloatValue/);
  });
});

describe('the LocalDate scalar', () => {
  test.each(['2026-09-01', '2028-02-29'])('%s is a calendar day', (value) => {
    expect(isLocalDate(value)).toBe(true);
    expect(LocalDateScalar.parseValue(value)).toBe(value);
  });

  test.each(['2026-02-30', '2026-13-01', '2026-9-1', '01/09/2026', '2026-09-01T00:00:00Z'])('%s is refused', (value) => {
    expect(() => LocalDateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
  });

  test('counts leap years as the Gregorian calendar does, and refuses day or month 00', () => {
    expect(['2000-02-29', '2024-02-29', '0000-02-29', '2026-12-31'].map(isLocalDate)).toEqual([true, true, true, true]);
    expect(['1900-02-29', '2026-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-01-32'].map(isLocalDate)).toEqual([false, false, false, false, false, false]);
  });

  test('serializes a Date as its UTC day', () => {
    expect(LocalDateScalar.serialize(new Date('2026-09-01T00:00:00Z'))).toBe('2026-09-01');
  });
});
