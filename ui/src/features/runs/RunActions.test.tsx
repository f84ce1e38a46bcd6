import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { LogDownload, RunActions } from './RunActions';
import { aJob } from './testJob';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function renderActions() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/runs/6f1c']}>
        <Routes>
          <Route path="*" element={<><RunActions job={aJob({ preset_ids: [2], inputs: { prompt: 'a fox' } })} /><Where /></>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('RunActions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the same request again, seed included, and opens the new run', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
      sent.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify(aJob({ id: 'next-run', status: 'queued' })), { status: 201, headers: { 'Content-Type': 'application/json' } });
    });
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/runs/next-run'));
    expect(sent).toEqual([{ template: 'sd-image@1.0.0', quality: 'high', preset_ids: [2], inputs: { prompt: 'a fox', seed: 1234 } }]);
  });

  it('says why the server refused to run it again', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ title: 'Conflict', status: 409, detail: 'ffmpeg is not installed', errors: [] }),
      { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect((await screen.findByRole('alert')).textContent).toContain('ffmpeg is not installed');
    expect(screen.getByTestId('where').textContent).toBe('/runs/6f1c');
  });

  it('links to Apply and to Compare with the run filled in', () => {
    renderActions();
    const apply = new URL(screen.getByRole('link', { name: 'Open in Apply' }).getAttribute('href')!, 'http://x');
    expect(apply.pathname).toBe('/apply');
    expect(Object.fromEntries(apply.searchParams)).toEqual({ template: 'sd-image', quality: 'high', presets: '2', inputs: '{"prompt":"a fox","seed":1234}' });
    const compare = new URL(screen.getByRole('link', { name: 'Compare levels' }).getAttribute('href')!, 'http://x');
    expect(compare.pathname).toBe('/compare');
    expect(Object.fromEntries(compare.searchParams)).toEqual({ template: 'sd-image', inputs: '{"prompt":"a fox","seed":1234}' });
  });
});

/** jsdom's Blob has no text(); its FileReader reads one. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('LogDownload', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the whole log as a text file named for the run', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:log';
    };
    URL.revokeObjectURL = () => {};
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    render(<LogDownload job={aJob({ log: 'frame=120\nframe=240\n' })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the log' }));
    expect(clicked.map((a) => [a.getAttribute('href'), a.download])).toEqual([['blob:log', 'run-6f1c2d3e-0000-4000-8000-000000000001.log.txt']]);
    expect(blobs[0].type).toBe('text/plain;charset=utf-8');
    expect(await textOf(blobs[0])).toBe('frame=120\nframe=240\n');
  });
});
