import { ApiError, type FieldError } from '../api/http';
import { fieldErrors, overrideErrors } from './errors';

const refusal = (...errors: FieldError[]) => new ApiError({ title: 'Bad Request', status: 400, errors });

describe('fieldErrors', () => {
  it('names the field in words next to it: its label, or its id made readable', () => {
    const error = refusal(
      { field: 'steps', message: '-5 is below the minimum 1 (from custom_crisp)' },
      { pointer: '/base_preset', message: 'no quality preset custom_x' },
      { pointer: '/kind', message: 'kind cannot change' });

    expect(fieldErrors(error, '', ['steps', 'base_preset'], { base_preset: 'Based on' })).toEqual({
      byField: { steps: ['Steps: -5 is below the minimum 1 (from custom_crisp)'], base_preset: ['Based on: no quality preset custom_x'] },
      general: ['kind: kind cannot change'],
    });
  });

  it('places a problem only under a prefix that is a whole pointer segment', () => {
    const error = refusal({ pointer: '/presets/1/name', message: 'taken' });
    expect(fieldErrors(error, '/preset').byField).toEqual({});
  });
});

describe('overrideErrors', () => {
  it('puts a value problem at its function type and parameter, and a problem of applying it at the template category', () => {
    const error = refusal(
      { pointer: '/preset/parameters/image_generation/steps', message: '-5 is below the minimum 1' },
      { pointer: '/preset/parameters/painting', message: "unknown function type 'painting'" },
      { field: 'cfg_scale', message: '99 is above the maximum 30 (from custom_crisp)' },
      { pointer: '/preset/name', message: 'a preset needs a name' });

    expect(overrideErrors(error, '/preset', 'image_generation')).toEqual({
      'image_generation/steps': ['Steps: -5 is below the minimum 1'],
      painting: ["Painting: unknown function type 'painting'"],
      'image_generation/cfg_scale': ['Cfg scale: 99 is above the maximum 30 (from custom_crisp)'],
    });
  });
});
