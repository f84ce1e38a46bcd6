import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Template } from '../../api/types';
import { ToastProvider } from '../../components/Toast';
import { CustomPresetBuilder, presetOf, updateOf } from './CustomPresetBuilder';

const draft = { name: 'Sharp', description: '', base: 'high', timeMultiplier: '', costMultiplier: '', overrides: [] };

describe('presetOf', () => {
  it('sends a multiplier as a number, an empty one not at all, and one too large for a number as its text', () => {
    expect(presetOf({ ...draft, timeMultiplier: '2.5' }).time_multiplier).toBe(2.5);
    expect(presetOf(draft).time_multiplier).toBeUndefined();
    // JSON.stringify would send Infinity as null, which the server takes as "inherited".
    expect(presetOf({ ...draft, timeMultiplier: '1e400' }).time_multiplier).toBe('1e400');
  });
});

describe('updateOf', () => {
  it('clears what was emptied and leaves the kind alone', () => {
    expect(updateOf(presetOf({ ...draft, costMultiplier: '2' }))).toEqual({
      name: 'Sharp', description: null, base_preset: 'high', time_multiplier: null, cost_multiplier: 2, parameters: {},
    });
  });
});

const template = {
  id: 'sd-image', version: '1.0.0', ref: 'sd-image@1.0.0', name: 'SD image', category: 'image_generation',
  inputs: { prompt: { type: 'string', required: true }, steps: { type: 'integer', required: false, default: 30, min: 1 } },
} as unknown as Template;

const result = { parameters: { _quality_preset: { name: 'x', level: 3 } }, provenance: {}, conflicts: [],
  estimate: { expected_seconds: 1, cost: 0.001 } };

interface Sent { name?: string; parameters?: unknown; preset?: { parameters?: { image_generation?: { steps?: unknown } } } }
interface Call { method: string; path: string; body?: Sent; ifMatch?: string }

/** The few endpoints the builder calls; the preview refuses a negative or zero steps as the server does. */
function fakeServer() {
  const calls: Call[] = [];
  let revision = 0;
  const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), {
    status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) as Sent : undefined;
    const method = init.method ?? 'GET';
    calls.push({ method, path, body, ifMatch: (init.headers as Record<string, string>)?.['If-Match'] });
    if (path.startsWith('/api/quality/preview')) {
      const steps = body?.preset?.parameters?.image_generation?.steps;
      return typeof steps === 'number' && steps < 1
        ? answer(400, { title: 'Bad Request', status: 400, errors: [
          { pointer: '/preset/parameters/image_generation/steps', message: `${steps} is below the minimum 1` }] })
        : answer(200, { preset: { id: 'c', name: 'x', level: 3, base: 'high' }, result, base: result, diff: [] });
    }
    if (path.startsWith('/api/presets?')) return answer(200, []);
    if (method === 'POST' || method === 'PUT') {
      revision++;
      return answer(method === 'POST' ? 201 : 200, { id: 7, slug: 'custom_crisp', kind: 'quality', name: body?.name ?? 'Crisp', revision });
    }
    return answer(404, { title: 'Not Found', status: 404 });
  });
  return calls;
}

function renderBuilder() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><ToastProvider><CustomPresetBuilder template={template} /></ToastProvider></QueryClientProvider>);
}

describe('CustomPresetBuilder', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('cannot save while the preview reports a problem, and names the parameter in words at its row', async () => {
    fakeServer();
    renderBuilder();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Name/), 'Crisp');
    await user.type(screen.getByLabelText('Parameter'), 'steps');
    await user.type(screen.getByLabelText('Value'), '-5');

    const override = screen.getByRole('group', { name: 'Override 1' });
    await waitFor(() => expect(override.querySelector('[role=alert]')?.textContent).toBe('Steps: -5 is below the minimum 1'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save preset' }).disabled).toBe(true);
    screen.getByText('Fix the problems above to save it.');
  });

  it('creates the preset once, then updates the same preset on the next save', async () => {
    const calls = fakeServer();
    renderBuilder();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Name/), 'Crisp');
    await user.type(screen.getByLabelText('Parameter'), 'steps');
    await user.type(screen.getByLabelText('Value'), '60');
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save preset' }).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Save preset' }));
    await screen.findByText(/^Saved Crisp \(custom_crisp\)/);

    await user.clear(screen.getByLabelText('Value'));
    await user.type(screen.getByLabelText('Value'), '70');
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save changes' }).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Updated Crisp (custom_crisp).');

    const writes = calls.filter((c) => c.method !== 'GET' && !c.path.startsWith('/api/quality'));
    expect(writes.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/presets', 'PUT /api/presets/7']);
    expect(writes[1].ifMatch).toBe('"1"');
    expect(writes[1].body).toMatchObject({ parameters: { image_generation: { steps: 70 } } });
    screen.getByRole('heading', { name: 'Edit Crisp' });
  });
});
