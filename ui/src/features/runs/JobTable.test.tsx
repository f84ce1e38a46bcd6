import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { keys } from '../../api/queries';
import type { Job } from '../../api/types';
import { JobTable } from './JobTable';
import { aJob } from './testJob';

/** The table with the image template (and its metric units) already in the query cache. */
function renderTable(jobs: Job[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(keys.template('sd-image@1.0.0'), {
    metrics: [{ name: 'psnr', unit: 'dB', better: 'higher', description: 'PSNR against the reference' }],
  });
  render(<QueryClientProvider client={client}><MemoryRouter><JobTable jobs={jobs} /></MemoryRouter></QueryClientProvider>);
  return (id: string) => within(document.querySelector<HTMLElement>(`tr[data-job='${id}']`)!);
}

describe('JobTable', () => {
  it('shows a run by a picture of its image, its prompt, its level and what it measured, in units', () => {
    const row = renderTable([aJob({ id: 'a1', metrics: { psnr: 31.24, extra: 2 } })])('a1');
    const thumb = row.getByTestId('run-thumb');
    expect(thumb.tagName).toBe('IMG');
    expect(thumb.getAttribute('src')).toBe('/api/jobs/6f1c/outputs/image.png');
    expect(thumb.getAttribute('loading')).toBe('lazy');
    expect(row.getByTestId('run-input').textContent).toBe('a lighthouse at dusk');
    expect(row.getByTestId('run-quality').textContent).toBe('high');
    expect(row.getByTestId('run-metrics').textContent).toBe('psnr 31.2 dBextra 2');
    expect(row.getAllByRole('link')).toHaveLength(1);
  });

  it('shows a video by a frame of it, loading only its start', () => {
    const video = { name: 'video.mp4', media_type: 'video/mp4', bytes: 10, url: '/api/jobs/b2/outputs/video.mp4' };
    const thumb = renderTable([aJob({ id: 'b2', outputs: [video] })])('b2').getByTestId('run-thumb');
    expect(thumb.tagName).toBe('VIDEO');
    expect(thumb.getAttribute('src')).toBe('/api/jobs/b2/outputs/video.mp4#t=0.1');
    expect(thumb.getAttribute('preload')).toBe('metadata');
  });

  it('shows no picture and no metrics for a run that made no picture and measured nothing', () => {
    const row = renderTable([aJob({ id: 'c3', outputs: [{ name: 's.wav', media_type: 'audio/wav', bytes: 1, url: '/s.wav' }], metrics: {} })])('c3');
    expect(row.queryByTestId('run-thumb')).toBeNull();
    expect(row.queryByTestId('run-metrics')).toBeNull();
  });

  it('puts no percentage against the estimate of a run that failed or was cancelled', () => {
    const rows = renderTable([
      aJob({ id: 'f4', status: 'failed', run_seconds: 0.1, estimate: 10, outputs: [] }),
      aJob({ id: 'c5', status: 'cancelled', run_seconds: 0.05, estimate: 10, outputs: [] }),
      aJob({ id: 's6', run_seconds: 12, estimate: 10 }),
    ]);
    expect(rows('f4').getByText('100 ms')).toBeTruthy();
    expect(rows('c5').queryByText(/%/)).toBeNull();
    expect(rows('f4').queryByText(/%/)).toBeNull();
    expect(rows('s6').getByText('12.0 s (+20 %)')).toBeTruthy();
  });

  it('says what stage a running run is in', () => {
    const running = aJob({ id: 'r7', status: 'running', outputs: [], progress: { status: 'running', stage: 'encoding, frame 120 of 240', percent: 50, eta_seconds: 5 } });
    const row = renderTable([running])('r7');
    expect(row.getByTestId('run-stage').textContent).toBe('encoding, frame 120 of 240');
    expect(row.getByText('50 %')).toBeTruthy();
  });
});
