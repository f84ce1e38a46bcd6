import type { MetricSpec } from '../../api/types';
import { metricSorts, queryOf } from './RunsPage';
import { aJob } from './testJob';

const q = (search: string) => queryOf(new URLSearchParams(search));

describe('the Runs page address', () => {
  it('asks for newest first by default, on the page it names', () => {
    expect(q('offset=40')).toEqual({ offset: 40, limit: 20 });
  });

  it('filters by status, template, level and preset', () => {
    expect(q('status=failed&template=sd-image&quality=high&preset=7')).toMatchObject({ status: 'failed', template: 'sd-image', quality: 'high', preset: 7 });
  });

  it('sorts by run time or by a metric, in either order', () => {
    expect(q('sort=run_seconds&order=asc')).toMatchObject({ sort: 'run_seconds', order: 'asc', metric: undefined });
    expect(q('sort=metric&metric=psnr&order=desc')).toMatchObject({ sort: 'metric', metric: 'psnr', order: 'desc' });
  });

  it('leaves out what it does not understand rather than sending it on', () => {
    expect(q('status=lost&preset=x&sort=metric&order=up&offset=-')).toEqual({ offset: 0, limit: 20 });
    expect(q('preset=0').preset).toBeUndefined();
  });
});

describe('sorting by a metric', () => {
  const psnr: MetricSpec = { name: 'psnr', unit: 'dB', better: 'higher', description: '' };
  const bytes: MetricSpec = { name: 'output_bytes', unit: 'bytes', better: 'lower', description: '' };

  it('offers the template metrics best first, then worst first', () => {
    expect(metricSorts([psnr, bytes], [], {})).toEqual([
      { value: 'metric:psnr:desc', label: 'psnr, best first' },
      { value: 'metric:psnr:asc', label: 'psnr, worst first' },
      { value: 'metric:output_bytes:asc', label: 'output_bytes, best first' },
      { value: 'metric:output_bytes:desc', label: 'output_bytes, worst first' },
    ]);
  });

  it('without a template, offers what the listed runs measured, and always the one sorted by', () => {
    const sorts = metricSorts(undefined, [aJob({ metrics: { snr: 20 } }), aJob({ metrics: { snr: 21 } })], { sort: 'metric', metric: 'ssim' });
    expect(sorts.map((s) => s.label)).toEqual(['snr, highest first', 'snr, lowest first', 'ssim, highest first', 'ssim, lowest first']);
  });
});
