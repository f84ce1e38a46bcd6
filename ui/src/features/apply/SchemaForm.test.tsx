import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SchemaForm } from './SchemaForm';
import type { InputSpec, Json, JsonObject } from '../../api/types';

const inputs: Record<string, InputSpec> = {
  prompt: { type: 'string', required: true, min_length: 1, max_length: 2000, description: 'What the image should show' },
  width: { type: 'integer', required: false, default: 512, min: 64, max: 2048, multiple_of: 8, description: 'Image width in pixels' },
  cfg_scale: { type: 'number', required: false, default: 7.5, min: 1, max: 30 },
  sampler: { type: 'enum', required: false, default: 'euler', values: ['euler', 'ddim'] },
  enable_hr_fix: { type: 'boolean', required: false, default: false },
};
const resolved: JsonObject = { prompt: '', width: 768, cfg_scale: 8, sampler: 'euler', enable_hr_fix: false };

/** The form as a page holds it: edits kept in state; the last change is reported. */
function Harness({ onEdit, onTouch, errors, candidates }: { onEdit?: (name: string, value: Json | undefined) => void;
  onTouch?: (name: string) => void; errors?: Record<string, string[]>; candidates?: Record<string, Json[]> }) {
  const [edits, setEdits] = useState<JsonObject>({});
  return (
    <SchemaForm inputs={inputs} values={resolved} edits={edits} errors={errors} onTouch={onTouch} candidates={candidates}
      onEdit={(name, value) => {
        onEdit?.(name, value);
        setEdits((e) => {
          const next = { ...e };
          if (value === undefined) delete next[name]; else next[name] = value;
          return next;
        });
      }} />
  );
}

describe('SchemaForm', () => {
  it('makes one labelled control per input, of the input type', () => {
    render(<Harness />);
    expect(screen.getByLabelText(/^prompt/).tagName).toBe('TEXTAREA');
    const width = screen.getByLabelText<HTMLInputElement>('width');
    expect([width.type, width.min, width.max, width.step, width.value]).toEqual(['number', '64', '2048', '8', '768']);
    expect(screen.getByLabelText<HTMLInputElement>('cfg_scale').step).toBe('any');
    const sampler = screen.getByLabelText<HTMLSelectElement>('sampler');
    expect([...sampler.options].map((o) => o.textContent)).toEqual(['euler', 'ddim']);
    expect(screen.getByLabelText<HTMLInputElement>('enable_hr_fix').type).toBe('checkbox');
  });

  it('describes each input: its description, range, step and default', () => {
    render(<Harness />);
    const width = screen.getByLabelText('width');
    const hint = document.getElementById(width.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(hint.textContent).toBe('Image width in pixels. Integer, from 64 to 2048, a multiple of 8. Default 512.');
  });

  it('reports edits with their JSON types and marks the field as yours until reset', async () => {
    const edits: [string, Json | undefined][] = [];
    render(<Harness onEdit={(n, v) => edits.push([n, v])} />);
    const user = userEvent.setup();
    const width = screen.getByLabelText('width');
    await user.clear(width);
    await user.type(width, '1024');
    await user.selectOptions(screen.getByLabelText('sampler'), 'ddim');
    await user.click(screen.getByLabelText('enable_hr_fix'));

    expect(edits.at(-3)).toEqual(['width', 1024]);
    expect(edits.at(-2)).toEqual(['sampler', 'ddim']);
    expect(edits.at(-1)).toEqual(['enable_hr_fix', true]);
    expect(screen.getAllByText('your value')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Reset width' }));
    expect(edits.at(-1)).toEqual(['width', undefined]);
    expect(screen.getByLabelText<HTMLInputElement>('width').value).toBe('768');
    expect(screen.getAllByText('your value')).toHaveLength(2);
  });

  it('shows a server error next to its field and marks the control invalid', () => {
    render(<Harness errors={{ prompt: ['is required; give it in the inputs'] }} />);
    const prompt = screen.getByLabelText(/^prompt/);
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    const errorId = prompt.getAttribute('aria-describedby')!.split(' ')[1];
    expect(document.getElementById(errorId)!.textContent).toBe('is required; give it in the inputs');
  });

  it('says which input was left, so its required error may show from then on', async () => {
    const touched: string[] = [];
    render(<Harness onTouch={(name) => touched.push(name)} />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/^prompt/));
    await user.click(screen.getByLabelText('width'));
    await user.click(screen.getByLabelText('sampler'));

    expect(touched).toEqual(['prompt', 'width']);
  });

  it('offers the merged candidates instead of a value, all for a study until one is chosen for a run', async () => {
    const edits: [string, Json | undefined][] = [];
    render(<Harness onEdit={(n, v) => edits.push([n, v])} candidates={{ cfg_scale: [7, 9], sampler: ['ddim'] }} />);
    const user = userEvent.setup();

    expect(screen.getByLabelText<HTMLInputElement>('cfg_scale').value).toBe('');
    expect(screen.getByTestId('candidates-cfg_scale').textContent).toContain('2 candidates: all go to a study.');
    const choices = within(screen.getByRole('group', { name: 'cfg_scale candidates' })).getAllByRole('button');
    // cfg_scale is a number: its candidates keep their decimal point, as the final parameters show them.
    expect(choices.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([['7.0', 'false'], ['9.0', 'false']]);
    // A single candidate is just the value the field shows.
    expect(screen.queryByTestId('candidates-sampler')).toBeNull();

    await user.click(choices[1]);
    expect(edits.at(-1)).toEqual(['cfg_scale', 9]);
    expect(screen.getByLabelText<HTMLInputElement>('cfg_scale').value).toBe('9');
    expect(screen.getByRole('button', { name: '9.0' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('candidates-cfg_scale').textContent).toContain('One of 2 candidates, for a single run');
    expect(screen.getByText('your value')).toBeTruthy();

    await user.tripleClick(screen.getByLabelText('cfg_scale'));
    await user.keyboard('12');
    expect(screen.getByTestId('candidates-cfg_scale').textContent).toContain('Your own value, none of the 2 candidates');

    await user.click(screen.getByRole('button', { name: 'Reset cfg_scale' }));
    expect(edits.at(-1)).toEqual(['cfg_scale', undefined]);
    expect(screen.getByLabelText<HTMLInputElement>('cfg_scale').value).toBe('');
    expect(screen.getByTestId('candidates-cfg_scale').textContent).toContain('2 candidates: all go to a study.');
  });
});
