import { renderHook } from '@testing-library/react';
import { useSessionState } from './useSessionState';

describe('useSessionState', () => {
  beforeEach(() => sessionStorage.clear());

  it('starts from what the tab kept, else from the initial value', () => {
    sessionStorage.setItem('k', JSON.stringify('kept'));
    expect(renderHook(() => useSessionState('k', 'initial')).result.current[0]).toBe('kept');
    expect(renderHook(() => useSessionState('other', 'initial')).result.current[0]).toBe('initial');
  });

  it('lets a link change what was kept, once, and keeps the change', () => {
    sessionStorage.setItem('edits', JSON.stringify({ a: 1 }));
    const { result, rerender } = renderHook(({ adjust }) => useSessionState<Record<string, number>>('edits', {}, adjust), {
      initialProps: { adjust: (kept: Record<string, number>) => ({ ...kept, b: 2 }) },
    });
    expect(result.current[0]).toEqual({ a: 1, b: 2 });
    rerender({ adjust: () => ({ b: 3 }) });
    expect(result.current[0]).toEqual({ a: 1, b: 2 });
    expect(JSON.parse(sessionStorage.getItem('edits')!)).toEqual({ a: 1, b: 2 });
  });
});
