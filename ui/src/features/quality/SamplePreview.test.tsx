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

/** A sample as the server keeps it: shared, so its kind is `sample`. */
function sample(overrides: Partial<Comparison> = {}): Comparison {
  return { ...imageComparison(), kind: 'sample', ...overrides };
}

const finished = sample({ results: { ...imageComparison().results, ultra: { job_id: 'j-ultra', status: 'succeeded', outputs: [] } } });

function json(body: unknown, status = 200) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const notMade = {
  title: 'Not Found', status: 404, detail: 'no sample outputs have been made yet for sd-image@1.0.0; POST /api/templates/sd-image@1.0.0/samples makes them',
  errors: [{ field: 'id', message: 'no sample outputs have been made yet for sd-image@1.0.0' }],
};

/** A server whose GET answers `read` (a document, or a problem with its status) and whose POST answers `made`. */
function fakeServer(read: () => Response, made: () => Response) {
  const calls: string[] = [];
  const streams: string[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    calls.push(`${init.method ?? 'GET'} ${path}`);
    return init.method === 'POST' ? made() : read();
  });
  vi.stubGlobal('EventSource', class {
    constructor(url: string) { streams.push(url); }
    addEventListener() {}
    close() {}
  });
  return { calls, streams };
}

function renderPreview() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><MemoryRouter><SamplePreview template={template} /></MemoryRouter></QueryClientProvider>);
}

describe('SamplePreview', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the samples that have been made without a click, makes nothing, and remakes them on request', async () => {
    const { calls, streams } = fakeServer(() => json(finished), () => json(sample({ comparison_id: 'remade' }), 201));
    renderPreview();
    await screen.findByRole('img', { name: 'draft: image.png' });
    expect(screen.getByTestId('comparison-progress').textContent).toBe('All 4 levels finished.');
    expect(calls).toEqual(['GET /api/templates/sd-image/samples']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Remake' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open on the Compare page' }).getAttribute('href')).toBe('/compare/remade'));
    expect(calls).toContain('POST /api/templates/sd-image/samples');
    expect(screen.getByTestId('comparison-progress').textContent).toMatch(/^3 of 4 levels finished/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remake' }).disabled).toBe(true);
    expect(streams).toEqual([]);
  });

  it('says the samples have not been made yet (no error) and makes them on request, showing their progress', async () => {
    const { calls, streams } = fakeServer(() => json(notMade, 404), () => json(sample(), 201));
    renderPreview();
    await screen.findByTestId('samples-not-made');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toEqual(['GET /api/templates/sd-image/samples']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Make sample outputs' }));
    await screen.findByRole('img', { name: 'draft: image.png' });
    expect(calls).toEqual(['GET /api/templates/sd-image/samples', 'POST /api/templates/sd-image/samples']);
    expect(screen.getByTestId('comparison-progress').textContent).toMatch(/^3 of 4 levels finished.*checking every few seconds/);
    expect(screen.queryByTestId('samples-not-made')).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remake' }).disabled).toBe(true);
    expect(streams).toEqual([]);
  });

  it('shows why the samples could not be made', async () => {
    const refused = { title: 'Conflict', status: 409, detail: 'sd-image cannot run here: no GPU', errors: [] };
    fakeServer(() => json(notMade, 404), () => json(refused, 409));
    renderPreview();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Make sample outputs' }));
    expect((await screen.findByRole('alert')).textContent).toContain('sd-image cannot run here: no GPU');
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
