import type { Comparison, ComparisonResult, LevelAnalysis, MetricSpec } from '../../api/types';
import { isActive } from '../../lib/jobs';
import { significant } from '../../lib/format';

/** The compared levels in the comparison's own order (the analysis's), then any the analysis does not name yet. */
export function levelsOf(comparison: Comparison): string[] {
  const named = comparison.analysis.levels.map((l) => l.level);
  return [...named, ...Object.keys(comparison.results).filter((l) => !named.includes(l))];
}

/** The id of the batch that runs a comparison: the last segment of its link (the comparison's id when there is none). */
export function batchIdOf(comparison: Comparison): string {
  const link = typeof comparison.batch === 'string' ? comparison.batch : '';
  const last = link.split('/').filter((s) => s !== '').pop();
  return last ?? comparison.comparison_id;
}

/** Any level still queued or running: the page follows the comparison until none is. */
export function comparisonActive(comparison: Comparison | undefined): boolean {
  return !comparison || Object.values(comparison.results).some((r) => isActive(r.status));
}

export function analysisOf(comparison: Comparison, level: string): LevelAnalysis | undefined {
  return comparison.analysis.levels.find((l) => l.level === level);
}

export function resultOf(comparison: Comparison, level: string): ComparisonResult | undefined {
  return comparison.results[level];
}

/** A measured value with its unit, four significant digits ("31.24 dB", "0.9731"), whole from 1000 on ("48213 bytes"). */
export function formatMetric(value: number | null | undefined, spec?: MetricSpec): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value) >= 1000 ? String(Math.round(value)) : significant(value, 4);
  return spec?.unit ? `${text} ${spec.unit}` : text;
}

/** A metric's name as a column heads it: "psnr (dB)". */
export function metricLabel(spec: MetricSpec): string {
  return spec.unit ? `${spec.name} (${spec.unit})` : spec.name;
}

/** The metrics some level measured, in the template's order; undeclared names the levels report come after. */
export function measuredMetrics(comparison: Comparison): MetricSpec[] {
  const seen = new Set(comparison.analysis.levels.flatMap((l) => Object.keys(l.metrics)));
  const declared = comparison.metrics.filter((m) => seen.has(m.name));
  const extra = [...seen].filter((name) => !comparison.metrics.some((m) => m.name === name))
    .map((name): MetricSpec => ({ name, unit: '', better: 'none', description: '' }));
  return [...declared, ...extra];
}
