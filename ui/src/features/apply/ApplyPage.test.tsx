import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ApplyPage } from './ApplyPage';
import { applyServer } from './testServer';

function StudyForm() {
  const location = useLocation();
  return <p data-testid="study-form">{location.search}</p>;
}

function renderApply(presets: number[], inputs: object = { prompt: 'a red boat' }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const link = `/apply?template=sd-image&presets=${presets.join(',')}&inputs=${encodeURIComponent(JSON.stringify(inputs))}`;
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[link]}>
        <Routes>
          <Route path="/apply" element={<ApplyPage />} />
          <Route path="/studies/new" element={<StudyForm />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const runButton = () => screen.queryByRole('button', { name: 'Run' });

describe('ApplyPage', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('offers Tune instead of Run while the candidates make more than one point, and Run once choices pin them', async () => {
    applyServer();
    renderApply([11, 12]);
    const user = userEvent.setup();

    const tune = await screen.findByRole('link', { name: 'Tune' });
    expect(runButton()).toBeNull();
    expect(screen.getByTestId('tune-hint').textContent).toContain('4 runs, one per combination of the candidates for steps, sampler');
    expect(screen.getByTestId('candidates-steps').textContent).toContain('2 candidates: all go to a study.');
    expect(screen.getByTestId('candidates-sampler').textContent).toContain('2 candidates: all go to a study.');
    // The one-run-needs-one-value refusals are what the candidates say: no red errors for them.
    await screen.findByTestId('open-parameters');
    expect(document.querySelectorAll('.field-errors, .apply-problems')).toHaveLength(0);
    // Nor the last parameters that resolved: they are not what the presets make.
    expect(screen.queryByTestId('final-parameters')).toBeNull();
    const params = new URLSearchParams(tune.getAttribute('href')!.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({
      template: 'sd-image', quality: 'standard', presets: '11,12', merge_strategy: 'union', inputs: '{"prompt":"a red boat"}',
    });

    await user.click(within(screen.getByRole('group', { name: 'steps candidates' })).getByRole('button', { name: '40' }));
    expect(screen.getByLabelText<HTMLInputElement>('steps').value).toBe('40');
    expect(screen.getByTestId('tune-hint').textContent).toContain('2 runs, one per combination of the candidates for sampler');
    expect(new URLSearchParams(screen.getByRole('link', { name: 'Tune' }).getAttribute('href')!.split('?')[1]).get('inputs'))
      .toBe('{"prompt":"a red boat","steps":40}');

    await user.click(within(screen.getByRole('group', { name: 'sampler candidates' })).getByRole('button', { name: 'ddim' }));
    expect(screen.queryByRole('link', { name: 'Tune' })).toBeNull();
    expect(runButton()).not.toBeNull();
    await waitFor(() => expect(screen.getByTestId('final-parameters').textContent).toContain('Standard Quality'));

    // Edits win and survive: switching presets off and on keeps the choices, so the grid stays one point.
    const usePresets = screen.getByRole('switch', { name: 'Use presets' });
    await user.click(usePresets);
    await user.click(usePresets);
    expect(screen.getByLabelText<HTMLInputElement>('steps').value).toBe('40');
    expect(runButton()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reset sampler' }));
    await user.click(screen.getByRole('link', { name: 'Tune' }));
    expect(new URLSearchParams(screen.getByTestId('study-form').textContent).get('presets')).toBe('11,12');
  });

  it('says in a sentence per preset why chosen presets do not fit, with every reason one click away', async () => {
    applyServer();
    renderApply([13]);

    const problems = await screen.findByRole('alert');
    await waitFor(() => expect(problems.textContent).toContain('A chosen preset does not fit Image generation:'));
    expect(problems.querySelector('.unfit-chosen')!.textContent)
      .toBe('Balanced sets tp-size, mem-fraction-static, which Image generation does not have.');
    const every = within(problems).getByText('Every reason (2)').closest('details')!;
    expect(every.open).toBe(false);
    expect(every.textContent).toContain("tp-size: template sd-image@1.0.0 has no input 'tp-size' (from Balanced)");
    // Nothing is left to tune: the template has none of the preset's parameters.
    expect(screen.queryByRole('link', { name: 'Tune' })).toBeNull();
    expect(runButton()).not.toBeNull();
  });
});
