import type { InputSpec } from '../../api/types';
import { visibleErrors } from './SchemaForm';

const inputs: Record<string, InputSpec> = {
  prompt: { type: 'string', required: true },
  steps: { type: 'integer', required: false, min: 1 },
};
const errors = { prompt: ['Prompt: is required; give it in the inputs'], steps: ['Steps: -5 is below the minimum 1 (from custom_crisp)'] };

describe('visibleErrors', () => {
  it('keeps an untouched required input quiet on a fresh form, but not the other inputs', () => {
    expect(visibleErrors(errors, inputs, {}, new Set(), false)).toEqual({ steps: errors.steps });
  });

  it('shows a required input once it was left, edited, or a run was attempted', () => {
    expect(visibleErrors(errors, inputs, {}, new Set(['prompt']), false)).toEqual(errors);
    expect(visibleErrors(errors, inputs, { prompt: '' }, new Set(), false)).toEqual(errors);
    expect(visibleErrors(errors, inputs, {}, new Set(), true)).toEqual(errors);
  });
});
