import type { MetricSpec } from '../../api/types';
import { formatMetric, mainInput, metricsOf, thumbnailOf, tookText } from './runSummary';
import { aJob } from './testJob';

const psnr: MetricSpec = { name: 'psnr', unit: 'dB', better: 'higher', description: 'against the reference' };
const size: MetricSpec = { name: 'output_bytes', unit: 'bytes', better: 'lower', description: 'the file' };

describe('a run in the list', () => {
  it('is described by its prompt, else its main input, else its first text input', () => {
    expect(mainInput(aJob())).toBe('a lighthouse at dusk');
    expect(mainInput(aJob({ inputs: {}, parameters: { text: 'Hello there', voice: 'en' } }))).toBe('Hello there');
    expect(mainInput(aJob({ inputs: { steps: 4, style: 'ink' }, parameters: {} }))).toBe('ink');
    expect(mainInput(aJob({ inputs: { prompt: '  ' }, parameters: { steps: 4 } }))).toBeUndefined();
  });

  it('shows its first image, else a frame of its first video, else nothing', () => {
    const out = (name: string, media_type: string) => ({ name, media_type, bytes: 1, url: `/o/${name}` });
    expect(thumbnailOf(aJob({ outputs: [out('a.mp4', 'video/mp4'), out('b.png', 'image/png')] }))).toEqual({ kind: 'image', output: out('b.png', 'image/png') });
    expect(thumbnailOf(aJob({ outputs: [out('log.txt', 'text/plain'), out('a.webm', 'video/webm')] }))?.kind).toBe('video');
    expect(thumbnailOf(aJob({ outputs: [out('a.wav', 'audio/wav')] }))).toBeUndefined();
  });

  it('writes metrics in their units', () => {
    expect(formatMetric(31.2466, psnr)).toBe('31.2 dB');
    expect(formatMetric(0.98123, { unit: '' })).toBe('0.981');
    expect(formatMetric(1536, size)).toBe('1.5 KiB');
    expect(formatMetric(2.5, { unit: 's' })).toBe('2.5 s');
    expect(formatMetric(512, { unit: 'kbit/s' })).toBe('512 kbit/s');
    expect(formatMetric(12)).toBe('12');
  });

  it('lists metrics in the order the template declares them, then any other by name', () => {
    const job = aJob({ metrics: { zeta: 1, output_bytes: 10, psnr: 30 } });
    expect(metricsOf(job, [psnr, size]).map((m) => m.name)).toEqual(['psnr', 'output_bytes', 'zeta']);
    expect(metricsOf(aJob(), [psnr])).toEqual([]);
  });

  it('puts the time a finished run took against its estimate, and not that of a run that stopped early', () => {
    expect(tookText(aJob({ run_seconds: 12, estimate: 10 }))).toBe('12.0 s (+20 %)');
    expect(tookText(aJob({ status: 'failed', run_seconds: 0.1, estimate: 10 }))).toBe('100 ms');
    expect(tookText(aJob({ status: 'cancelled', run_seconds: 0.1, estimate: 10 }))).toBe('100 ms');
    expect(tookText(aJob({ run_seconds: null }))).toBe('—');
  });
});
