import { formatSeconds } from './format';

describe('formatSeconds', () => {
  it('writes a short run in milliseconds, a longer one in seconds, a long one in minutes', () => {
    expect(formatSeconds(0.04)).toBe('40 ms');
    expect(formatSeconds(0.9999)).toBe('1.0 s');
    expect(formatSeconds(6)).toBe('6.0 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(60)).toBe('1 min');
  });
});
