import { presetOf } from './CustomPresetBuilder';

const draft = { name: 'Sharp', description: '', base: 'high', timeMultiplier: '', costMultiplier: '', overrides: [] };

describe('presetOf', () => {
  it('sends a multiplier as a number, an empty one not at all, and one too large for a number as its text', () => {
    expect(presetOf({ ...draft, timeMultiplier: '2.5' }).time_multiplier).toBe(2.5);
    expect(presetOf(draft).time_multiplier).toBeUndefined();
    // JSON.stringify would send Infinity as null, which the server takes as "inherited".
    expect(presetOf({ ...draft, timeMultiplier: '1e400' }).time_multiplier).toBe('1e400');
  });
});
