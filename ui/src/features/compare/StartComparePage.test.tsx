import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { imageComparison } from './fixtures';
import { parseInputs, StartComparePage } from './StartComparePage';

const template = {
  id: 'sd-image', version: '1.0.0', ref: 'sd-image@1.0.0', name: 'SD image', category: 'image_generation',
  inputs: { prompt: { type: 'string', required: true } },
};

function fakeServer() {
  const posted: unknown[] = [];
  const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    if (init.method === 'POST') {
      posted.push(JSON.parse(init.body as string));
      return answer(201, imageComparison());
    }
    if (path.startsWith('/api/templates/')) return answer(200, template);
    if (path.startsWith('/api/templates')) return answer(200, [template]);
    return answer(200, []);
  });
  return posted;
}

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/compare" element={<StartComparePage />} />
          <Route path="/compare/:id" element={<p>comparison page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('StartComparePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts a comparison of the template and inputs it was given, at the levels left ticked, and opens it', async () => {
    const posted = fakeServer();
    renderAt(`/compare?template=sd-image&quality=high&presets=3&inputs=${encodeURIComponent('{"prompt":"a red boat"}')}`);
    const user = userEvent.setup();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Inputs (JSON)').value).toBe('{"prompt":"a red boat"}');
    await user.click(screen.getByRole('checkbox', { name: 'ultra' }));
    await user.type(screen.getByLabelText('Seed'), '42');
    await user.click(screen.getByRole('button', { name: 'Start comparison' }));
    await screen.findByText('comparison page');
    expect(posted).toEqual([{
      template: 'sd-image', inputs: { prompt: 'a red boat' }, levels: ['draft', 'standard', 'high'], preset_ids: [3], seed: 42,
    }]);
  });

  it('fills in the sample inputs of the template when none are given, and will not start with fewer than two levels', async () => {
    fakeServer();
    renderAt('/compare?template=sd-image');
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>('Inputs (JSON)').value).toContain('"prompt": "a lighthouse at dusk"'));
    const user = userEvent.setup();
    for (const level of ['standard', 'high', 'ultra']) await user.click(screen.getByRole('checkbox', { name: level }));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Start comparison' }).disabled).toBe(true);
    screen.getByText('Choose at least two levels or presets to compare.');
  });

  it('reads the inputs as a JSON object or says why not', () => {
    expect(parseInputs('{"a": 1}')).toEqual({ a: 1 });
    expect(parseInputs('[1]')).toBe('The inputs must be a JSON object.');
    expect(parseInputs('{')).toBe('The inputs are not valid JSON.');
  });
});
