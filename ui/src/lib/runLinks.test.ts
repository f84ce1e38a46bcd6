import { aJob } from '../features/runs/testJob';
import { applyLink, compareLink, inputsWithSeed, readApplyLink, rerunRequest, templateId } from './runLinks';

describe('run links', () => {
  it('keeps the seed a run drew, which is in its parameters only', () => {
    expect(inputsWithSeed(aJob({ inputs: { prompt: 'x', seed: -1 }, parameters: { seed: 77 } }))).toEqual({ prompt: 'x', seed: 77 });
    expect(inputsWithSeed(aJob({ inputs: { text: 'hi' }, parameters: { voice: 'en' } }))).toEqual({ text: 'hi' });
  });

  it('runs again the same template version, quality, presets, inputs and seed', () => {
    expect(rerunRequest(aJob({ preset_ids: [3, 1] }))).toEqual({
      template: 'sd-image@1.0.0', quality: 'high', preset_ids: [3, 1], inputs: { prompt: 'a lighthouse at dusk', seed: 1234 },
    });
  });

  it('opens Apply with the template, quality, presets and inputs, and reads the link back', () => {
    const link = applyLink(aJob({ preset_ids: [1, 2], inputs: { prompt: 'a & b = c?' } }));
    expect(link).toBe('/apply?template=sd-image&quality=high&presets=1%2C2&inputs=%7B%22prompt%22%3A%22a+%26+b+%3D+c%3F%22%2C%22seed%22%3A1234%7D');
    expect(readApplyLink(new URL(link, 'http://x').searchParams)).toEqual({
      template: 'sd-image', quality: 'high', presetIds: [1, 2], inputs: { prompt: 'a & b = c?', seed: 1234 },
    });
  });

  it('leaves the presets out of a link for a run without any', () => {
    expect(applyLink(aJob())).not.toContain('presets=');
    expect(readApplyLink(new URL(applyLink(aJob()), 'http://x').searchParams)?.presetIds).toBeUndefined();
  });

  it('starts a comparison with the template and the inputs, seed included', () => {
    expect(compareLink(aJob())).toBe('/compare?template=sd-image&inputs=%7B%22prompt%22%3A%22a+lighthouse+at+dusk%22%2C%22seed%22%3A1234%7D');
  });

  it('reads nothing without a template, and leaves out what does not parse', () => {
    expect(readApplyLink(new URLSearchParams('quality=high'))).toBeNull();
    expect(readApplyLink(new URLSearchParams('template=+&quality=high'))).toBeNull();
    expect(readApplyLink(new URLSearchParams('template=tts&presets=1,x,-2,,0,5&inputs=[1]'))).toEqual({ template: 'tts', presetIds: [1, 5] });
    expect(readApplyLink(new URLSearchParams('template=tts&inputs={nope'))).toEqual({ template: 'tts' });
    expect(readApplyLink(new URLSearchParams('template=tts&presets='))).toEqual({ template: 'tts', presetIds: [] });
  });

  it('drops the version from a template reference', () => {
    expect(templateId('sd-image@1.0.0')).toBe('sd-image');
    expect(templateId('sd-image')).toBe('sd-image');
  });
});
