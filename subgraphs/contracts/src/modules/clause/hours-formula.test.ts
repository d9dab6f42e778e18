import { calculateInsertionHours } from './hours-formula';

const formula = (amount: string, labourShare: string, insertionRate: string, hourlyCost: string) =>
  calculateInsertionHours({ amount, labourShare, insertionRate, hourlyCost }, 'input');

describe('the insertion hours formula', () => {
  test('1,000,000 € × 50 % × 5 % ÷ 30 €/h gives 833 hours (833.33 before rounding)', () => {
    expect(formula('1000000', '0.5', '0.05', '30')).toEqual({
      amount: '1000000.00',
      labourShare: '0.5000',
      insertionRate: '0.0500',
      hourlyCost: '30.00',
      hours: '833.00',
      exactHours: '833.33',
    });
  });

  test.each([
    ['833.50 rounds up to 834 (an exact half hour goes up)', '1667000', '0.5', '0.05', '50', '834.00', '833.50'],
    ['833.49 rounds down to 833', '1666980', '0.5', '0.05', '50', '833.00', '833.49'],
    ['833.99 rounds up to 834 (nearest, not truncated)', '1667980', '0.5', '0.05', '50', '834.00', '833.99'],
    ['0.4 hour rounds to 0', '240', '1', '0.05', '30', '0.00', '0.40'],
    ['a zero amount gives 0 hours', '0', '0.5', '0.05', '30', '0.00', '0.00'],
    ['cents and fractional rates are exact', '123456.78', '0.4321', '0.0725', '27.35', '141.00', '141.41'],
  ])('%s', (_name, amount, share, rate, cost, hours, exactHours) => {
    expect(formula(amount, share, rate, cost)).toMatchObject({ hours, exactHours });
  });

  test.each([
    ['-1', '0.5', '0.05', '30', 'input.amount', /at least 0/],
    ['1000.001', '0.5', '0.05', '30', 'input.amount', /at most 2 decimals/],
    ['1000', '0', '0.05', '30', 'input.labourShare', /greater than 0 and at most 1/],
    ['1000', '1.01', '0.05', '30', 'input.labourShare', /greater than 0 and at most 1/],
    ['1000', '0.5', '0', '30', 'input.insertionRate', /greater than 0 and at most 1/],
    ['1000', '0.5', '0.00001', '30', 'input.insertionRate', /at most 4 decimals/],
    ['1000', '0.5', '0.05', '0', 'input.hourlyCost', /greater than 0/],
    ['1000', '0.5', '0.05', 'thirty', 'input.hourlyCost', /decimal number/],
  ])('refuses %s × %s × %s ÷ %s on %s', (amount, share, rate, cost, field, message) => {
    expect(() => formula(amount, share, rate, cost)).toThrow(message);
    try {
      formula(amount, share, rate, cost);
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  test('a labour share and an insertion rate of exactly 1 are allowed', () => {
    expect(formula('300', '1', '1', '30').hours).toBe('10.00');
  });
});
