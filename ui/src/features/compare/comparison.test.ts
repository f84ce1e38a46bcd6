import { batchIdOf, comparisonActive, formatMetric, levelsOf, measuredMetrics, metricLabel } from './comparison';
import { compareLink } from './compareLink';
import { imageComparison } from './fixtures';
import { chartPoints, span } from './QualityChart';

describe('a comparison document', () => {
  it('lists its levels in the analysis order, then levels only the results name', () => {
    const c = imageComparison();
    expect(levelsOf(c)).toEqual(['draft', 'standard', 'high', 'ultra']);
    c.results.custom_crisp = { job_id: 'j-c', status: 'queued', outputs: [] };
    expect(levelsOf(c)).toEqual(['draft', 'standard', 'high', 'ultra', 'custom_crisp']);
  });

  it('names its batch by the link, or by its own id without one', () => {
    const c = imageComparison();
    expect(batchIdOf({ ...c, batch: '/api/batches/b-42' })).toBe('b-42');
    expect(batchIdOf({ ...c, batch: '' })).toBe(c.comparison_id);
  });

  it('is active while a level is queued or running', () => {
    const c = imageComparison();
    expect(comparisonActive(c)).toBe(true);
    c.results.ultra.status = 'succeeded';
    expect(comparisonActive(c)).toBe(false);
  });

  it('lists only the metrics some level measured, declared ones first with their units', () => {
    const c = imageComparison();
    c.analysis.levels[0].metrics.total_tokens = 12;
    expect(measuredMetrics(c).map(metricLabel)).toEqual(['psnr (dB)', 'total_tokens']);
  });

  it('formats a metric with its unit, and a missing one as a dash', () => {
    const psnr = imageComparison().metrics[0];
    expect(formatMetric(31.2468, psnr)).toBe('31.25 dB');
    expect(formatMetric(48213.4, { ...psnr, unit: 'bytes' })).toBe('48213 bytes');
    expect(formatMetric(0.97312, { ...psnr, unit: '' })).toBe('0.9731');
    expect(formatMetric(undefined, psnr)).toBe('—');
    expect(formatMetric(null)).toBe('—');
  });
});

describe('the quality chart', () => {
  it('plots the levels that have both a run time and the metric', () => {
    expect(chartPoints(imageComparison(), 'psnr')).toEqual([
      { level: 'draft', seconds: 0.5, value: 28.5 },
      { level: 'standard', seconds: 1.5, value: 31.25 },
    ]);
  });

  it('leaves room around its values, also around a single one', () => {
    expect(span([0, 10])).toEqual([-1, 11]);
    expect(span([5, 5])).toEqual([4.5, 5.5]);
    expect(span([0])).toEqual([-1, 1]);
  });
});

describe('compareLink', () => {
  it('carries the template, quality, presets and inputs to the start form', () => {
    const link = compareLink({ template: 'sd-image', quality: 'high', preset_ids: [3, 5], inputs: { prompt: 'a & b' } });
    const params = new URL(link, 'http://x').searchParams;
    expect(link.startsWith('/compare?')).toBe(true);
    expect(params.get('template')).toBe('sd-image');
    expect(params.get('quality')).toBe('high');
    expect(params.get('presets')).toBe('3,5');
    expect(JSON.parse(params.get('inputs')!)).toEqual({ prompt: 'a & b' });
  });
});
