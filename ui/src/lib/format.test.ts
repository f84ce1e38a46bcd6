import { formatCost, formatGiB, formatNumber, formatResources, formatSeconds, formatValue, significant } from './format';

describe('formatSeconds', () => {
  it('writes a short run in milliseconds, a longer one in seconds, a long one in minutes', () => {
    expect(formatSeconds(0.04)).toBe('40 ms');
    expect(formatSeconds(0.9999)).toBe('1.0 s');
    expect(formatSeconds(6)).toBe('6.0 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(60)).toBe('1 min');
  });

  it('keeps three significant digits and none of the binary noise', () => {
    expect(formatSeconds(0.22499999999999998)).toBe('225 ms');
    expect(formatSeconds(0.0045)).toBe('4.5 ms');
    expect(formatSeconds(1.875)).toBe('1.88 s');
    expect(formatSeconds(12.3456)).toBe('12.3 s');
    expect(formatSeconds(59.97)).toBe('1 min');
  });
});

describe('formatCost', () => {
  it('keeps three significant digits of a small cost, so it is never 0.0000, and says its unit', () => {
    expect(formatCost(0.00000625)).toBe('0.00000625 cost units');
    expect(formatCost(5.0e-5)).toBe('0.00005 cost units');
    expect(formatCost(0.0042)).toBe('0.0042 cost units');
    expect(formatCost(0.125)).toBe('0.125 cost units');
    expect(formatCost(0.123456)).toBe('0.123 cost units');
    expect(formatCost(2)).toBe('2 cost units');
    expect(formatCost(0)).toBe('0 cost units');
  });
});

describe('formatGiB and formatResources', () => {
  it('round memory to at most two decimals', () => {
    expect(formatGiB(4.199999999999999)).toBe('4.2 GiB');
    expect(formatGiB(12)).toBe('12 GiB');
    expect(formatGiB(0.346)).toBe('0.35 GiB');
    expect(formatResources({ cpu: 1.5000000000000002, memory: 4.8, gpu: 1, vram: 4.199999999999999 }))
      .toBe('cpu 1.5, memory 4.8 GiB, gpu 1, vram 4.2 GiB');
  });
});

describe('formatValue', () => {
  it('shows a whole number an input types as number with its decimal point', () => {
    expect(formatValue(7, 'number')).toBe('7.0');
    expect(formatValue(7.5, 'number')).toBe('7.5');
    expect(formatValue(0.00005, 'number')).toBe('0.00005');
    expect(formatValue([1, 0.5], 'array', 'number')).toBe('[1.0,0.5]');
    expect(formatValue(30, 'integer')).toBe('30');
    expect(formatValue(7)).toBe('7');
    expect(formatValue('euler', 'string')).toBe('"euler"');
    expect(formatValue(undefined, 'number')).toBe('—');
  });

  it('formats a float parameter and a significant figure without exponent', () => {
    expect(formatNumber(2)).toBe('2.0');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(significant(0.000123456, 3)).toBe('0.000123');
    expect(significant(123456, 3)).toBe('123000');
  });
});
