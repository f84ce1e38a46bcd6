import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Study } from '../../api/types';
import { gridStudy, STUDY_ID, trial, twoObjectiveStudy, videoTemplate } from './fixtures';
import { StudyPage } from './StudyPage';

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

/** The charts measure their box; jsdom has none to measure. */
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** A server with one study: cancel cancels it, saving a preset makes preset 17. */
function fakeServer(study: Study) {
  const calls: { call: string; body?: unknown }[] = [];
  let current = study;
  const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    const call = `${init.method ?? 'GET'} ${path}`;
    calls.push({ call, body: init.body ? JSON.parse(init.body as string) : undefined });
    if (path.startsWith('/api/templates/')) return answer(200, videoTemplate());
    if (path.endsWith('/cancel')) current = { ...current, status: 'cancelled', reason: 'cancelled by its owner' };
    if (path.endsWith('/presets')) {
      const { name } = JSON.parse(init.body as string) as { name: string };
      return answer(201, { id: 17, name, slug: 'x264-speed-best', kind: 'parameter' });
    }
    return answer(200, current);
  });
  return calls;
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/studies/${STUDY_ID}`]}>
        <Routes><Route path="/studies/:id" element={<StudyPage />} /></Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const rowOrder = () => within(screen.getByTestId('trial-table')).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-trial'));

describe('StudyPage', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.stubGlobal('ResizeObserver', NoResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follows a running study over its events until it ends, the whole document in each', async () => {
    const running = gridStudy();
    fakeServer(running);
    renderPage();
    await screen.findByRole('heading', { name: /x264 speed/ });
    expect(screen.getByTestId('study-progress').textContent).toBe('3 of 4 trials ended, 1 failed.');
    await waitFor(() => expect(FakeEventSource.opened.length).toBe(1));
    const source = FakeEventSource.opened[0];
    expect(source.url).toBe(`/api/studies/${STUDY_ID}/events`);

    const last = trial(3, 28, 'slow', 0.99, { best_so_far: 0.99 });
    source.send('study', {
      ...running, status: 'finished', reason: null, trials: [...running.trials.slice(0, 3), last], best: last,
      progress: { ...running.progress, running: 0, succeeded: 3 },
    });
    expect(source.closed).toBe(true);
    expect(screen.getByTestId('study-status').textContent).toBe('finished');
    expect(screen.getByTestId('study-progress').textContent).toBe('4 of 4 trials ended, 1 failed.');
    expect(screen.getByTestId('best-trial').textContent).toContain('Trial 4 scored 0.99');
    expect(screen.queryByRole('button', { name: 'Cancel study' })).toBeNull();
  });

  it('lists every trial with its reason and its run, sorts by any column, and describes the score chart in words', async () => {
    fakeServer(gridStudy('finished'));
    renderPage();
    await screen.findByTestId('trial-table');
    expect(rowOrder()).toEqual(['0', '1', '2', '3']);
    expect(screen.getByRole('link', { name: 'Run of trial 2' }).getAttribute('href')).toBe('/runs/00000000-0000-4000-8000-000000000101');
    expect(screen.getAllByTestId('trial-reason')[0].textContent).toBe('ffmpeg exited with status 1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Score (max ssim)' }));
    expect(rowOrder()).toEqual(['0', '2', '1', '3']);
    await user.click(screen.getByRole('button', { name: /Score \(max ssim\)/ }));
    expect(rowOrder()).toEqual(['2', '0', '1', '3']);
    expect(screen.getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: 'crf' }));
    expect(rowOrder()).toEqual(['0', '1', '2', '3']);

    const chart = await screen.findByTestId('score-chart');
    expect(within(chart).getByRole('img').getAttribute('aria-label'))
      .toBe('Score of max ssim for 2 of 4 trials; best so far 0.97, reached at trial 3.');
    expect(screen.getByTestId('effects').textContent).toContain('crf');
  });

  it('saves the best trial as a preset, then opens Apply with it', async () => {
    const calls = fakeServer(gridStudy('finished'));
    renderPage();
    const actions = await screen.findByTestId('trial-actions');
    const apply = () => within(actions).getByRole('link', { name: 'Open in Apply' }).getAttribute('href')!;
    expect(new URL(apply(), 'http://x').searchParams.get('inputs')).toBe('{"duration":2,"crf":28,"x264_preset":"fast"}');
    const user = userEvent.setup();
    await user.clear(within(actions).getByLabelText('Preset name'));
    await user.type(within(actions).getByLabelText('Preset name'), 'x264 best');
    await user.click(within(actions).getByRole('button', { name: 'Save as preset' }));
    expect((await within(actions).findByRole('link', { name: 'x264 best' })).getAttribute('href')).toBe('/presets/17');
    expect(calls.find((c) => c.call === `POST /api/studies/${STUDY_ID}/presets`)?.body).toEqual({ name: 'x264 best', trial: 2 });
    expect(new URL(apply(), 'http://x').searchParams.get('presets')).toBe('17');
  });

  it('acts on a trial chosen in the table, and offers no save for one that failed', async () => {
    fakeServer(gridStudy('finished'));
    renderPage();
    await screen.findByTestId('trial-table');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Choose trial 1' }));
    expect(screen.getByTestId('trial-actions').textContent).toContain('Chosen: trial 1');
    await user.click(screen.getByRole('radio', { name: 'Choose trial 2' }));
    expect(screen.getByRole('button', { name: 'Save as preset' })).toHaveProperty('disabled', true);
  });

  it('marks the Pareto front of two objectives and describes the scatter in words', async () => {
    fakeServer(twoObjectiveStudy());
    renderPage();
    expect((await screen.findByTestId('pareto-front')).textContent).toContain('Trials 1, 3');
    const chart = await screen.findByTestId('pareto-chart');
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toContain('the Pareto front has 2');
    expect(screen.getAllByText('front')).toHaveLength(2);
  });

  it('cancels a running study', async () => {
    const calls = fakeServer(gridStudy());
    renderPage();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Cancel study' }));
    await waitFor(() => expect(screen.getByTestId('study-status').textContent).toBe('cancelled'));
    expect(calls.map((c) => c.call)).toContain(`POST /api/studies/${STUDY_ID}/cancel`);
    expect(screen.getByTestId('study-reason').textContent).toBe('cancelled by its owner');
  });
});
