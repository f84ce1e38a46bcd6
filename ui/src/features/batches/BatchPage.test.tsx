import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Batch, BatchEvent } from '../../api/types';
import { batch } from '../compare/fixtures';
import { BatchPage } from './BatchPage';
import { shownBatch } from './useLiveBatch';

/** The EventSources the page opened; a test sends their events. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly url: string;
  closed = false;
  onerror: (() => void) | null = null;
  private listeners: Record<string, ((e: MessageEvent<string>) => void)[]> = {};

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (e: MessageEvent<string>) => void) {
    (this.listeners[type] ??= []).push(listener);
  }

  close() {
    this.closed = true;
  }

  send(type: string, data: unknown) {
    act(() => (this.listeners[type] ?? []).forEach((l) => l(new MessageEvent(type, { data: JSON.stringify(data) }))));
  }
}

function event(b: Batch, counts: Partial<Batch['counts']>, status: Batch['status'] = 'running'): BatchEvent {
  return { id: b.id, counts: { ...b.counts, ...counts }, status, measured_seconds: 1.25 };
}

/** A server with one batch; a cancel cancels it. */
function fakeServer(batch: Batch) {
  const calls: string[] = [];
  let current = batch;
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${path}`);
    if (path.endsWith('/cancel')) current = { ...current, status: 'cancelled' };
    return new Response(JSON.stringify(current), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

function renderPage(id: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/batches/${id}`]}>
        <Routes><Route path="/batches/:id" element={<BatchPage />} /></Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const count = (status: string) => screen.getByTestId(`count-${status}`).textContent;

describe('BatchPage', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('moves its counts with every event of the batch, and lists each item with its run', async () => {
    const running = batch(['succeeded', 'running', 'queued', 'queued']);
    fakeServer(running);
    renderPage(running.id);
    await screen.findByRole('heading', { name: /nightly/ });
    expect(count('queued')).toBe('2');
    expect(screen.getByRole('link', { name: 'Run of item 2' }).getAttribute('href')).toBe(`/runs/${running.jobs![1].job.id}`);
    await waitFor(() => expect(FakeEventSource.opened.length).toBe(1));
    const source = FakeEventSource.opened[0];
    expect(source.url).toBe(`/api/batches/${running.id}/events`);

    source.send('batch', event(running, { succeeded: 3, running: 1, queued: 0 }));
    expect(count('succeeded')).toBe('3');
    expect(count('queued')).toBe('0');
    expect(screen.getByTestId('batch-ended').textContent).toBe('3 of 4 items ended (75 %).');
    expect(screen.getByTestId('batch-measured').textContent).toBe('1.25 s');

    source.send('batch', event(running, { succeeded: 3, running: 0, failed: 1, queued: 0 }, 'finished'));
    expect(source.closed).toBe(true);
    expect(screen.getByTestId('batch-status').textContent).toBe('finished');
    expect(screen.queryByRole('button', { name: 'Cancel batch' })).toBeNull();
  });

  it('cancels what has not finished', async () => {
    const running = batch(['succeeded', 'queued']);
    const calls = fakeServer(running);
    renderPage(running.id);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Cancel batch' }));
    await waitFor(() => expect(screen.getByTestId('batch-status').textContent).toBe('cancelled'));
    expect(calls).toContain(`POST /api/batches/${running.id}/cancel`);
  });
});

describe('shownBatch', () => {
  it('takes an event newer than the batch as read, but not an older one, nor one after the batch ended', () => {
    const read = batch(['succeeded', 'queued', 'queued']);
    expect(shownBatch(read, event(read, { queued: 1, succeeded: 2 }))!.counts.succeeded).toBe(2);
    expect(shownBatch(read, event(read, { queued: 3, succeeded: 0 }))!.counts.succeeded).toBe(1);
    const ended = { ...read, status: 'cancelled' as const };
    expect(shownBatch(ended, event(read, { queued: 1, succeeded: 2 }))).toBe(ended);
  });
});
