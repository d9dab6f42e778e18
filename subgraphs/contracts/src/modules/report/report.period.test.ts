import { previousYearOf, resolvePeriod } from './report.period';

describe('the period of a report', () => {
  const today = new Date('2026-12-02T10:00:00Z');

  test('by default the last complete calendar year; a year; two dates', () => {
    expect(resolvePeriod(undefined, today)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(resolvePeriod({ year: 2021 }, today)).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(resolvePeriod({ from: '2024-07-01', to: '2025-06-30' }, today)).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(previousYearOf({ start: '2024-02-29', end: '2024-12-31' })).toEqual({ start: '2023-02-28', end: '2023-12-31' });
  });

  test.each([
    [{ from: '2025-12-31', to: '2025-01-01' }, 'period.to'],
    [{ from: '2015-01-01', to: '2025-01-01' }, 'period.to'],
    [{ from: '2025-02-30', to: '2025-03-01' }, 'period.from'],
    [{ year: 2025, from: '2025-01-01' }, 'period.year'],
  ])('%p is a BAD_USER_INPUT on %s', (input, field) => {
    expect(() => resolvePeriod(input, today)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });
});
