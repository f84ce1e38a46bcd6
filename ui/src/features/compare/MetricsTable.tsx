import type { Comparison, MetricSpec } from '../../api/types';
import { formatCost, formatSeconds, significant } from '../../lib/format';
import { StatusBadge } from '../runs/StatusBadge';
import { analysisOf, formatMetric, levelsOf, measuredMetrics, metricLabel, resultOf } from './comparison';

/**
 * One row per level: its status, run seconds, cost, each metric with its unit, the metric gained
 * per extra second over the level below, and its time against standard. A failed level shows its
 * error in its row; the other rows still compare.
 */
export function MetricsTable({ comparison }: { comparison: Comparison }) {
  const metrics = measuredMetrics(comparison);
  const ratios = comparison.analysis.time_ratios ?? {};
  return (
    <div className="table-wrap">
      <table className="compact metrics-table" data-testid="metrics-table">
        <caption>
          Measured per level. “Gain per second” is the metric gained per extra second of run time against the
          level above it in this table; positive is better.{metrics.length === 0 && ' The template measures no quality metric.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Status</th>
            <th scope="col">Run time</th>
            <th scope="col">Time vs standard</th>
            <th scope="col">Cost</th>
            {metrics.map((m) => <th scope="col" key={m.name} title={m.description}>{metricLabel(m)}{betterMark(m)}</th>)}
            {metrics.map((m) => <th scope="col" key={`gain-${m.name}`}>{m.name} gain per second</th>)}
          </tr>
        </thead>
        <tbody>
          {levelsOf(comparison).map((level) => {
            const result = resultOf(comparison, level);
            const figures = analysisOf(comparison, level);
            const ratio = ratios[level];
            return (
              <tr key={level} data-level={level}>
                <th scope="row">{level}</th>
                <td>{result ? <StatusBadge status={result.status} /> : '—'}</td>
                {result?.status === 'failed' ? (
                  <td colSpan={3 + metrics.length * 2} className="level-error" data-testid="level-error">
                    {result.error ?? 'The run failed without a reason; see its log.'}
                  </td>
                ) : (
                  <>
                    <td className="nowrap">{figures?.run_seconds == null ? '—' : formatSeconds(figures.run_seconds)}</td>
                    <td className="nowrap">{ratio === undefined ? '—' : `× ${significant(ratio, 3)}`}</td>
                    <td className="nowrap">{figures?.cost == null ? '—' : formatCost(figures.cost)}</td>
                    {metrics.map((m) => <td className="nowrap mono" key={m.name} data-metric={m.name}>{formatMetric(figures?.metrics[m.name], m)}</td>)}
                    {metrics.map((m) => <td className="nowrap mono" key={`gain-${m.name}`}>{gainText(figures?.gain_per_second[m.name], m)}</td>)}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function betterMark(spec: MetricSpec): string {
  if (spec.better === 'higher') return ' ↑';
  if (spec.better === 'lower') return ' ↓';
  return '';
}

/** "+0.52 dB/s"; a dash for the first level or a missing value. */
function gainText(gain: number | null | undefined, spec: MetricSpec): string {
  if (gain === null || gain === undefined || !Number.isFinite(gain)) return '—';
  const text = significant(gain, 3);
  return `${gain > 0 ? '+' : ''}${text}${spec.unit ? ` ${spec.unit}` : ''}/s`;
}
