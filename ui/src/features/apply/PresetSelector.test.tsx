import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresetSelector } from './PresetSelector';
import { applyServer } from './testServer';

function renderSelector(selected: number[], onChange: (ids: number[]) => void = () => {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <PresetSelector template="sd-image" templateName="Image generation" selected={selected} onChange={onChange}
        strategy="union" onStrategy={() => {}} />
    </QueryClientProvider>,
  );
}

/** The picker's entries as a person reads them: group headings, then the presets under each. */
function pickerEntries(): string[] {
  const select = screen.getByLabelText<HTMLSelectElement>('Add a preset');
  return [...select.children].flatMap((child) => (child instanceof HTMLOptGroupElement
    ? [`[${child.label}]`, ...[...child.children].map((o) => o.textContent ?? '')]
    : [child.textContent ?? '']));
}

describe('PresetSelector', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the presets that fit the template first and says why each other one does not', async () => {
    const requests = applyServer();
    renderSelector([]);

    await waitFor(() => expect(pickerEntries()).toEqual([
      'Choose…', '[Fit Image generation]', 'Samplers (general)', 'Steps (general)', '[Do not fit Image generation]', 'Balanced (general)',
    ]));
    const unfit = screen.getByText('1 preset does not fit Image generation').closest('details')!;
    expect(unfit.open).toBe(true);
    expect(within(unfit).getByRole('listitem').textContent)
      .toBe('Balanced sets tp-size, mem-fraction-static, which Image generation does not have');
    // One question for every preset the picker offers.
    expect(requests.filter((r) => r.path.includes('/presets/fit')).map((r) => r.path))
      .toEqual(['/api/templates/sd-image/presets/fit?ids=13,12,11']);
  });

  it('still lets a preset that does not fit be chosen, and its chip keeps saying why', async () => {
    applyServer();
    const chosen: number[][] = [];
    renderSelector([], (ids) => chosen.push(ids));
    await screen.findByText('1 preset does not fit Image generation');
    await userEvent.setup().selectOptions(screen.getByLabelText('Add a preset'), 'Balanced (general)');
    expect(chosen).toEqual([[13]]);
  });

  it('marks a chosen preset that does not fit, with the reason, and no longer offers it', async () => {
    applyServer();
    renderSelector([13, 11]);

    const chips = within(screen.getByRole('list', { name: 'Chosen presets, in merge order' })).getAllByRole('listitem');
    await waitFor(() => expect(chips[0].textContent).toContain('does not fit'));
    expect(chips[1].textContent).not.toContain('does not fit');
    expect(screen.getByRole('group', { name: 'Chosen presets that do not fit Image generation' }).textContent)
      .toBe('Balanced sets tp-size, mem-fraction-static, which Image generation does not have.');
    expect(pickerEntries()).toEqual(['Choose…', '[Fit Image generation]', 'Samplers (general)']);
    expect(screen.queryByText(/presets? do(es)? not fit Image generation$/)).toBeNull();
  });
});
