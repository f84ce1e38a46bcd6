import { act, renderHook } from '@testing-library/react';
import { useBatchEvents } from './useBatchEvents';

/** EventSources that fail on demand. */
class FailingEventSource {
  static opened: FailingEventSource[] = [];
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FailingEventSource.opened.push(this);
  }
  addEventListener() {}
  close() {}
}

describe('useBatchEvents', () => {
  beforeEach(() => {
    FailingEventSource.opened = [];
    vi.useFakeTimers();
    vi.stubGlobal('EventSource', FailingEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens a failed stream again after a pause, and stops after three failures in a row', () => {
    const { result } = renderHook(() => useBatchEvents('b-1', true, () => {}));
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(FailingEventSource.opened).toHaveLength(attempt);
      act(() => {
        FailingEventSource.opened[attempt - 1].onerror!();
      });
      act(() => {
        vi.advanceTimersByTime(3000);
      });
    }
    expect(FailingEventSource.opened).toHaveLength(3);
    expect(FailingEventSource.opened[0].url).toBe('/api/batches/b-1/events');
    expect(result.current).toBe(false);
  });

  it('opens nothing for a batch that is not active', () => {
    renderHook(() => useBatchEvents('b-1', false, () => {}));
    expect(FailingEventSource.opened).toHaveLength(0);
  });
});
