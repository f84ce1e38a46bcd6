import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('marks the words added and removed, and the parts join back into both texts', () => {
    const before = 'The old lighthouse stood at dusk';
    const after = 'The tall lighthouse stood alone at dusk';
    const parts = wordDiff(before, after)!;
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['tall', 'alone']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['old']);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
  });

  it('finds nothing to mark in equal texts, and everything in a text that was empty', () => {
    expect(wordDiff('same words\nhere', 'same words\nhere')).toEqual([{ kind: 'same', text: 'same words\nhere' }]);
    expect(wordDiff('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
  });

  it('gives up on texts too long to compare in a page', () => {
    const long = Array.from({ length: 2100 }, (_, i) => `w${i}`).join(' ');
    expect(wordDiff(long, `${long} more`)).toBeUndefined();
  });
});
