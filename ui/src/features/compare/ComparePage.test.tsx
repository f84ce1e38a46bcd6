import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Comparison } from '../../api/types';
import { ComparePage } from './ComparePage';
import { image, imageComparison } from './fixtures';

/** The one EventSource the page opens; the test sends its events. */
interface Source { url: string; listeners: Record<string, (e: MessageEvent<string>) => void>; closed: boolean }
const sources: Source[] = [];
class FakeEventSource {
  readonly entry: Source;
  onerror = null;
  constructor(url: string) {
    this.entry = { url, listeners: {}, closed: false };
    sources.push(this.entry);
  }
  addEventListener(type: string, listener: (e: MessageEvent<string>) => void) {
    this.entry.listeners[type] = listener;
  }
  close() {
    this.entry.closed = true;
  }
}

describe('ComparePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('follows the batch of a running comparison and fills in each level as it finishes', async () => {
    let current: Comparison = imageComparison();
    const reads: string[] = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('fetch', async (path: string) => {
      reads.push(path);
      return new Response(JSON.stringify(current), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/compare/${current.comparison_id}`]}>
          <Routes><Route path="/compare/:id" element={<ComparePage />} /></Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { name: 'Comparison of sd-image' });
    expect(screen.getByTestId('comparison-seed').textContent).toBe('1234');
    expect(screen.getByRole('link', { name: 'Its batch' }).getAttribute('href')).toBe(`/batches/${current.comparison_id}`);
    await waitFor(() => expect(sources.length).toBe(1));
    expect(sources[0].url).toBe(`/api/batches/${current.comparison_id}/events`);

    current = { ...current, results: { ...current.results, ultra: { job_id: 'j-ultra', status: 'succeeded', outputs: [image('j-ultra')] } } };
    const event = { id: current.comparison_id, counts: { queued: 0, running: 0, succeeded: 3, failed: 1, cancelled: 0 }, status: 'finished', measured_seconds: 9 };
    act(() => sources[0].listeners.batch(new MessageEvent('batch', { data: JSON.stringify(event) })));
    await screen.findByRole('img', { name: 'ultra: image.png' });
    expect(sources[0].closed).toBe(true);
    expect(screen.getByTestId('comparison-progress').textContent).toBe('All 4 levels finished.');
    expect(reads.filter((r) => r === `/api/comparisons/${current.comparison_id}`).length).toBeGreaterThanOrEqual(2);
  });

  it('shows a shared sample without a link to its batch, which is no one\'s, and polls it instead of following the batch', async () => {
    const sample: Comparison = { ...imageComparison(), kind: 'sample' };
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(sample), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const before = sources.length;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/compare/${sample.comparison_id}`]}>
          <Routes><Route path="/compare/:id" element={<ComparePage />} /></Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { name: 'Comparison of sd-image' });
    expect(screen.queryByRole('link', { name: 'Its batch' })).toBeNull();
    screen.getByRole('link', { name: 'Compare again' });
    expect(screen.getByTestId('comparison-progress').textContent).toMatch(/checking every few seconds/);
    expect(sources.length).toBe(before);
  });
});
