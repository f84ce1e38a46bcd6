import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { gridStudy, videoTemplate } from './fixtures';
import { NewStudyPage } from './NewStudyPage';

const preset = { id: 9, name: 'x264 study', kind: 'parameter', slug: 'x264-study', is_system: true, category: 'video' };
const merged = { parameters: { crf: [18, 23, 28], x264_preset: ['fast', 'slow'] }, applied_presets: ['x264-study'], conflicts: [], grid_size: 6 };

/** A server that knows the video template and preset 9; a POST of a study answers `refusal` when given, else the study. */
function fakeServer(refusal?: unknown) {
  const posted: unknown[] = [];
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    if (path === '/api/presets/merge') return answer(200, merged);
    if (init.method === 'POST') {
      posted.push(JSON.parse(init.body as string));
      return refusal ? answer(400, refusal) : answer(201, gridStudy());
    }
    if (path.includes('/presets/fit')) return answer(200, { template: 'ffmpeg-video@1.1.0', presets: [{ id: 9, name: preset.name, fits: true, summary: null, reasons: [] }] });
    if (path.startsWith('/api/templates/')) return answer(200, videoTemplate());
    if (path.startsWith('/api/templates')) return answer(200, [videoTemplate()]);
    if (path.startsWith('/api/presets')) return answer(200, [preset], { 'X-Total-Count': '1' });
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
          <Route path="/studies/new" element={<NewStudyPage />} />
          <Route path="/studies/:id" element={<p>study page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const TUNE = `/studies/new?template=ffmpeg-video&quality=draft&presets=9&merge_strategy=intersection&inputs=${encodeURIComponent('{"duration":2}')}`;

describe('NewStudyPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts the study Apply linked to, with one or two objectives from the template metrics, and opens it', async () => {
    const posted = fakeServer();
    renderAt(TUNE);
    const user = userEvent.setup();
    expect((await screen.findByTestId('study-grid')).textContent).toBe("The study's grid: 6 points.");
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Intersection' }).checked).toBe(true);
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Objective 1 metric').value).toBe('ssim'));
    expect(screen.getByLabelText<HTMLSelectElement>('Objective 1 direction').value).toBe('maximize');
    await user.click(screen.getByRole('button', { name: 'Add a second objective' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Objective 2 metric').value).toBe('run_seconds');
    await user.selectOptions(screen.getByLabelText('Objective 2 metric'), 'bytes');
    await user.click(screen.getByRole('button', { name: 'Start study' }));

    expect(await screen.findByText('study page')).toBeTruthy();
    expect(posted[0]).toEqual({
      template: 'ffmpeg-video', quality: 'draft', preset_ids: [9], merge_strategy: 'intersection', inputs: { duration: 2 },
      objectives: [{ metric: 'ssim', direction: 'maximize' }, { metric: 'bytes', direction: 'minimize' }],
      constraints: [], strategy: 'grid', budget: { parallelism: 1 },
    });
  });

  it('sends the constraints, strategy, seed and budget chosen', async () => {
    const posted = fakeServer();
    renderAt(TUNE);
    const user = userEvent.setup();
    await screen.findByTestId('study-grid');
    await user.click(screen.getByRole('button', { name: 'Add a constraint' }));
    // Typed in one go: the form re-renders on every key, which a keystroke at a time makes slow on a busy machine.
    const type = (label: string, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
    type('Constraint 1 value', '2');
    fireEvent.change(screen.getByLabelText('Constraint 1 kind'), { target: { value: 'soft' } });
    type('Constraint 1 weight', '2');
    await user.click(screen.getByRole('radio', { name: /Random/ }));
    type('Seed', '7');
    type('Max trials', '4');
    type('Max time (minutes)', '1.5');
    await user.click(screen.getByRole('button', { name: 'Start study' }));

    expect(await screen.findByText('study page')).toBeTruthy();
    expect(posted[0]).toMatchObject({
      constraints: [{ metric: 'run_seconds', op: '<=', value: 2, hard: false, weight: 2 }],
      strategy: 'random', seed: 7, budget: { max_trials: 4, max_seconds: 90, parallelism: 1 },
    });
  });

  it('says before it starts that a grid larger than the budget will not all run', async () => {
    fakeServer();
    renderAt(TUNE);
    await screen.findByTestId('study-grid');
    await userEvent.setup().type(screen.getByLabelText('Max trials'), '2');
    expect(screen.getByTestId('budget-warning').textContent).toBe('The grid has 6 points and the budget runs 2 of them: raise max trials or narrow the space to run them all.');
  });

  it("shows the server's problems next to the fields its pointers name", async () => {
    fakeServer({
      title: 'Bad study', status: 400, errors: [
        { pointer: '/objectives/0/metric', message: "unknown metric 'vmaf': the template reports ssim, bytes" },
        { pointer: '/constraints/0/metric', message: 'the template does not report it' },
        { pointer: '/budget/max_trials', message: 'is above 10000' },
        { pointer: '/space/crf/2', message: '99 is above the maximum 51' },
        { pointer: '/preset_ids/0', message: 'preset 9 does not exist' },
        { pointer: '/objectives', message: 'at most two' },
      ],
    });
    renderAt(TUNE);
    const user = userEvent.setup();
    await screen.findByTestId('study-grid');
    await user.click(screen.getByRole('button', { name: 'Add a constraint' }));
    await user.type(screen.getByLabelText('Constraint 1 value'), '2');
    await user.click(screen.getByRole('button', { name: 'Start study' }));

    const objective = document.querySelector<HTMLElement>('[data-objective="0"]')!;
    expect((await within(objective).findByRole('alert')).textContent).toBe("unknown metric 'vmaf': the template reports ssim, bytes");
    const constraint = document.querySelector<HTMLElement>('[data-constraint="0"]')!;
    expect(within(constraint).getByRole('alert').textContent).toBe('metric: the template does not report it');
    expect(document.getElementById('study-trials-errors')!.textContent).toBe('is above 10000');
    expect(screen.getByRole('list', { name: 'Problems with the space' }).textContent).toContain('preset 9 does not exist');
    expect(screen.getByRole('list', { name: 'Problems with the space' }).textContent).toContain('crf › 2: 99 is above the maximum 51');
    expect(screen.getByText('objectives: at most two')).toBeTruthy();
  });

  it('refuses inputs that are not a JSON object before anything is sent', async () => {
    const posted = fakeServer();
    renderAt(TUNE);
    const inputs = await screen.findByLabelText('Fixed inputs (JSON)');
    const user = userEvent.setup();
    await user.clear(inputs);
    await user.type(inputs, '[[1]');
    expect(screen.getByRole('button', { name: 'Start study' })).toHaveProperty('disabled', true);
    expect(screen.getAllByText('The inputs must be a JSON object.').length).toBeGreaterThan(0);
    expect(posted).toEqual([]);
  });
});
