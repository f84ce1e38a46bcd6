import { formatCost, formatSeconds } from './format';

describe('formatSeconds', () => {
  it('writes a short run in milliseconds, a longer one in seconds, a long one in minutes', () => {
    expect(formatSeconds(0.04)).toBe('40 ms');
    expect(formatSeconds(0.9999)).toBe('1.0 s');
    expect(formatSeconds(6)).toBe('6.0 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(60)).toBe('1 min');
  });
});

describe('formatCost', () => {
  it('keeps three significant digits of a small cost, so it is never 0.0000', () => {
    expect(formatCost(0.00000625)).toBe('0.00000625');
    expect(formatCost(0.00005)).toBe('0.00005');
    expect(formatCost(0.0042)).toBe('0.0042');
    expect(formatCost(0.125)).toBe('0.125');
    expect(formatCost(2)).toBe('2.000');
    expect(formatCost(0)).toBe('0.000');
  });
});
