import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import type { Comparison, Preset, Template } from '../../api/types';
import { imageComparison } from '../compare/fixtures';
import { PresetSample, presetSampleRequest } from './PresetSample';
import { SamplePreview } from './SamplePreview';

const template = {
  id: 'sd-image', version: '1.0.0', ref: 'sd-image@1.0.0', name: 'SD image', category: 'image_generation',
  inputs: { prompt: { type: 'string', required: true } },
} as unknown as Template;

/** The sample: still running when first read, finished when remade. */
function fakeServer() {
  const calls: string[] = [];
  const finished: Comparison = { ...imageComparison(), comparison_id: 'remade', results: {
    ...imageComparison().results, ultra: { job_id: 'j-ultra', status: 'succeeded', outputs: [] } } };
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${path}`);
    const body = init.method === 'POST' ? finished : imageComparison();
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

describe('SamplePreview', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('makes nothing until asked, then shows the sample outputs per level with their progress, and remakes them on request', async () => {
    const calls = fakeServer();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<QueryClientProvider client={client}><MemoryRouter><SamplePreview template={template} /></MemoryRouter></QueryClientProvider>);
    expect(calls).toEqual([]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show sample outputs' }));
    await screen.findByRole('img', { name: 'draft: image.png' });
    expect(screen.getByTestId('comparison-progress').textContent).toMatch(/^3 of 4 levels finished/);
    expect(calls[0]).toBe('GET /api/templates/sd-image/samples');

    await user.click(screen.getByRole('button', { name: 'Remake' }));
    await waitFor(() => expect(screen.getByTestId('comparison-progress').textContent).toBe('All 4 levels finished.'));
    expect(calls).toContain('POST /api/templates/sd-image/samples');
    expect(screen.getByRole('link', { name: 'Open on the Compare page' }).getAttribute('href')).toBe('/compare/remade');
  });
});

const preset = { id: 9, slug: 'custom_crisp', name: 'Crisp' } as Preset;

describe('PresetSample', () => {
  beforeEach(() => vi.stubGlobal('EventSource', class { addEventListener() {} close() {} }));
  afterEach(() => vi.unstubAllGlobals());

  function renderSample(saved?: Preset) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(<QueryClientProvider client={client}><MemoryRouter><PresetSample template={template} preset={saved} base="high" /></MemoryRouter></QueryClientProvider>);
  }

  it('asks for the preset to be saved before it can run a sample of it', () => {
    renderSample();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Preview this preset' }).disabled).toBe(true);
    screen.getByText('Save the preset to run a sample of it.');
  });

  it('runs the saved preset beside its base and shows the comparison', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal('fetch', async (_path: string, init: RequestInit = {}) => {
      if (init.method === 'POST') posted.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify(imageComparison()), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    renderSample(preset);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Preview this preset' }));
    await screen.findByRole('img', { name: 'draft: image.png' });
    expect(posted).toEqual([presetSampleRequest(template, preset, 'high')]);
    expect(screen.getByRole('link', { name: 'Open on the Compare page' }).getAttribute('href')).toBe(`/compare/${imageComparison().comparison_id}`);
  });
});

describe('presetSampleRequest', () => {
  it('runs a preset beside the level it is based on, on the sample inputs', () => {
    expect(presetSampleRequest(template, preset, 'high')).toEqual({
      template: 'sd-image', inputs: { prompt: 'a lighthouse at dusk' }, levels: ['high'], quality_presets: ['custom_crisp'],
    });
  });

  it('runs a preset beside the custom preset it is based on', () => {
    expect(presetSampleRequest(template, preset, 'custom_soft')).toMatchObject({ levels: [], quality_presets: ['custom_soft', 'custom_crisp'] });
  });
});
