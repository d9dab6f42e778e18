import { monthCapHundredths, quarterCapHundredths, workingTimeBreach } from './working-time';

describe('working-time caps from the Code du travail', () => {
  test.each([
    ['2025-01', 240_00], // Wed 1st: weeks of 5, 7, 7, 7, 5 days, each up to 48 h
    ['2025-02', 212_00], // Sat 1st: 2 days (20 h), three full weeks, 5 days (48 h)
    ['2025-03', 222_00], // Sat 1st: 2 days (20 h), four full weeks, Monday 31st (10 h)
    ['2025-09', 212_00], // Mon 1st: four full weeks, 2 days (20 h)
  ])('the cap of %s is %i hundredths (48 h a week, 10 h a day)', (month, cap) => {
    expect(monthCapHundredths(month)).toBe(cap);
  });

  test('three months hold at most 528 h in any 12 of their weeks plus what the other weeks allow', () => {
    // 1 Jan to 31 Mar 2025: a 5-day week, 12 full weeks, a Monday: 48 + 528 + 10.
    expect(quarterCapHundredths('2025-01')).toBe(586_00);
  });

  test('a breach names the rule of the first cap broken', () => {
    expect(workingTimeBreach(new Map([['2025-01', 240_01]]), '2025-01')).toMatchObject({ rule: 'L3121-20', cap: 240_00 });
    const quarter = new Map([['2025-01', 200_00], ['2025-02', 192_00], ['2025-03', 194_01]]);
    expect(workingTimeBreach(quarter, '2025-03')).toMatchObject({ rule: 'L3121-22', months: '2025-01 à 2025-03', cap: 586_00 });
    expect(workingTimeBreach(new Map([['2025-01', 200_00], ['2025-02', 192_00], ['2025-03', 194_00]]), '2025-03')).toBeNull();
  });
});
