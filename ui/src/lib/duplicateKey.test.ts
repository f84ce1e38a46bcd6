import { duplicateKey } from './duplicateKey';

describe('duplicateKey', () => {
  it('finds a key an object gives twice, at any depth', () => {
    expect(duplicateKey('{"tp-size": [2, 4], "tp-size": [1]}')).toBe('tp-size');
    expect(duplicateKey('{"a": {"b": 1, "c": {"d": 1, "d": 2}}}')).toBe('d');
    expect(duplicateKey('{"a\\"b": 1, "a\\"b": 2}')).toBe('a"b');
  });

  it('lets the same key stand in different objects, and strings that are values', () => {
    expect(duplicateKey('{"a": {"x": 1}, "b": {"x": 2}}')).toBeUndefined();
    expect(duplicateKey('{"a": "a", "b": ["a", "a"], "c": [{"a": 1}, {"a": 2}]}')).toBeUndefined();
    expect(duplicateKey('{"a": "{\\"a\\": 1, \\"a\\": 2}"}')).toBeUndefined();
  });
});
