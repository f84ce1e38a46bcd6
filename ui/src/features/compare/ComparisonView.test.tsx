import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { keys } from '../../api/queries';
import { ComparisonView } from './ComparisonView';
import { imageComparison, text, textComparison } from './fixtures';

/** A query cache that already holds the text outputs' content, so nothing is fetched. */
function renderWith(node: ReactNode, texts: Record<string, string> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  Object.entries(texts).forEach(([url, content]) => client.setQueryData(keys.output(url), content));
  return render(<QueryClientProvider client={client}><MemoryRouter>{node}</MemoryRouter></QueryClientProvider>).container;
}

describe('ComparisonView', () => {
  it('shows one column per level: images where they finished, the error where one failed, progress where one runs', () => {
    const container = renderWith(<ComparisonView comparison={imageComparison()} live />);
    const columns = container.querySelectorAll('.compare-column');
    expect([...columns].map((c) => c.getAttribute('data-level'))).toEqual(['draft', 'standard', 'high', 'ultra']);
    expect(screen.getByRole('img', { name: 'draft: image.png' }).getAttribute('src')).toBe('/api/jobs/j-draft/outputs/image.png');
    expect(screen.getByRole('img', { name: 'standard: image.png' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Level high' })).getByRole('alert').textContent).toBe('the worker ran out of memory');
    expect(within(screen.getByRole('region', { name: 'Level ultra' })).getByText(/Running/)).toBeTruthy();
    expect(screen.getByTestId('comparison-progress').textContent).toBe('3 of 4 levels finished; the page fills in as the others do.');
  });

  it('tabulates each level with its unit, its gain per second and its time against standard, and keeps a failed level apart', () => {
    renderWith(<ComparisonView comparison={imageComparison()} live />);
    const table = screen.getByTestId('metrics-table');
    const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(header).toEqual(['Level', 'Status', 'Run time', 'Time vs standard', 'Cost', 'psnr (dB) ↑', 'psnr gain per second']);
    const row = (level: string) => [...table.querySelectorAll(`tr[data-level=${level}] > *`)].map((c) => c.textContent);
    expect(row('draft')).toEqual(['draft', 'succeeded', '500 ms', '× 0.333', '0.0005 cost units', '28.5 dB', '—']);
    expect(row('standard')).toEqual(['standard', 'succeeded', '1.5 s', '× 1', '0.0015 cost units', '31.25 dB', '+2.75 dB/s']);
    expect(row('high')).toEqual(['high', 'failed', 'the worker ran out of memory']);
    expect(row('ultra')).toEqual(['ultra', 'running', '—', '—', '—', '—', '—']);
  });

  it('charts the chosen metric against time, one point per level that has both', () => {
    const comparison = imageComparison();
    comparison.analysis.levels[0].metrics.ssim = 0.9;
    const container = renderWith(<ComparisonView comparison={comparison} live />);
    const points = () => [...container.querySelectorAll('.quality-chart .point')].map((p) => p.getAttribute('data-level'));
    expect(points()).toEqual(['draft', 'standard']);
    expect(screen.getByTestId('quality-chart').getAttribute('aria-label')).toContain('standard: 31.25 dB in 1.5 s');
    fireEvent.change(screen.getByLabelText('Quality against time:'), { target: { value: 'ssim' } });
    expect(points()).toEqual(['draft']);
  });

  it('wipes between two chosen levels: the slider uncovers one image over the other', async () => {
    renderWith(<ComparisonView comparison={imageComparison()} live />);
    const wipe = screen.getByTestId('wipe');
    const top = () => wipe.querySelector<HTMLImageElement>('img.wipe-top')!;
    expect(top().alt).toBe('A, draft');
    expect(wipe.querySelector<HTMLImageElement>('img:not(.wipe-top)')!.alt).toBe('B, standard');
    expect(top().style.clipPath).toBe('inset(0 50% 0 0)');
    fireEvent.change(within(wipe).getByRole('slider'), { target: { value: '80' } });
    expect(top().style.clipPath).toBe('inset(0 20% 0 0)');
    await userEvent.setup().selectOptions(within(wipe).getByLabelText(/^A/), 'standard');
    expect(top().alt).toBe('A, standard');
  });

  it('opens an image from the grid full size', async () => {
    // jsdom does not open a <dialog> as a modal: open it as a plain one, so it is shown and named.
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) { this.open = true; },
      close(this: HTMLDialogElement) { this.open = false; },
    });
    renderWith(<ComparisonView comparison={imageComparison()} live />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open standard: image.png full size' }));
    const dialog = screen.getByRole('dialog', { name: 'Full size: standard: image.png' });
    expect(dialog.querySelector('img')!.getAttribute('src')).toBe('/api/jobs/j-standard/outputs/image.png');
  });

  it('marks the words a text level changed against the level to its left', () => {
    const container = renderWith(<ComparisonView comparison={textComparison()} live />, {
      [text('j-d').url]: 'A short tale of the sea.',
      [text('j-h').url]: 'A long tale of the open sea.',
    });
    expect(container.querySelector('[data-level=draft] pre')!.textContent).toBe('A short tale of the sea.');
    const diff = container.querySelector('[data-level=high] [data-testid=text-diff]')!;
    expect([...diff.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['long', 'open ']);
    expect([...diff.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['short']);
    expect(screen.getByText('All 2 levels finished.')).toBeTruthy();
  });
});
