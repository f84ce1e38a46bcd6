import type { InputSpec } from '../../api/types';
import { candidatesFor, openParameters, remainingGrid, singleCandidates, withoutOpenParameters } from './candidates';
import { studyLink } from './studyLink';

const inputs: Record<string, InputSpec> = {
  steps: { type: 'integer', required: false, default: 30 },
  sampler: { type: 'enum', required: false, default: 'euler', values: ['euler', 'ddim'] },
  cfg_scale: { type: 'number', required: false, default: 7.5 },
};
const merged = { steps: [20, 30, 40], sampler: ['euler', 'ddim'], cfg_scale: [7], 'tp-size': [1, 2] };

describe('candidates', () => {
  it('keeps only the parameters the template has: no run or study could use the others', () => {
    expect(candidatesFor(merged, inputs)).toEqual({ steps: [20, 30, 40], sampler: ['euler', 'ddim'], cfg_scale: [7] });
    expect(candidatesFor(undefined, inputs)).toEqual({});
  });

  it('counts the grid that remains once the user pins parameters: one is a single run', () => {
    const candidates = candidatesFor(merged, inputs);
    expect(openParameters(candidates, {})).toEqual(['steps', 'sampler']);
    expect(remainingGrid(candidates, {})).toBe(6);
    expect(remainingGrid(candidates, { steps: 30 })).toBe(2);
    expect(openParameters(candidates, { steps: 30, sampler: 'ddim' })).toEqual([]);
    expect(remainingGrid(candidates, { steps: 30, sampler: 'ddim' })).toBe(1);
    expect(remainingGrid({}, {})).toBe(1);
  });

  it('gives the value of each parameter left a single candidate', () => {
    expect(singleCandidates(candidatesFor(merged, inputs))).toEqual({ cfg_scale: 7 });
  });

  it('drops the one-run-needs-one-value errors of open parameters, but never a misfit preset\'s', () => {
    const byField = { steps: ['Steps: the merged presets leave 3 candidate values'], prompt: ['Prompt: is required'] };
    expect(withoutOpenParameters(byField, ['steps'], 400)).toEqual({ prompt: ['Prompt: is required'] });
    expect(withoutOpenParameters(byField, ['steps'], 422)).toBe(byField);
    expect(withoutOpenParameters(byField, ['steps'], undefined)).toBe(byField);
  });
});

describe('studyLink', () => {
  it('carries the template, quality, presets in merge order, strategy and the explicit inputs to the new-study form', () => {
    const link = studyLink({ template: 'sd-image', quality: 'high', preset_ids: [12, 3], merge_strategy: 'intersection',
      inputs: { prompt: 'a red boat', seed: 7 } });
    const [path, query] = link.split('?');
    const params = new URLSearchParams(query);
    expect(path).toBe('/studies/new');
    expect([...params.keys()]).toEqual(['template', 'quality', 'presets', 'merge_strategy', 'inputs']);
    expect(params.get('template')).toBe('sd-image');
    expect(params.get('quality')).toBe('high');
    expect(params.get('presets')).toBe('12,3');
    expect(params.get('merge_strategy')).toBe('intersection');
    expect(JSON.parse(params.get('inputs')!)).toEqual({ prompt: 'a red boat', seed: 7 });
  });

  it('says the defaults it stands for when the request leaves them out', () => {
    const params = new URLSearchParams(studyLink({ template: 'sd-image' }).split('?')[1]);
    expect(params.get('quality')).toBe('standard');
    expect(params.get('merge_strategy')).toBe('union');
    expect(params.get('inputs')).toBe('{}');
  });
});
