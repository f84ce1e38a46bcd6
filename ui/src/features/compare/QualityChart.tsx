import { useState } from 'react';
import type { Comparison } from '../../api/types';
import { formatSeconds, significant } from '../../lib/format';
import { analysisOf, formatMetric, levelsOf, measuredMetrics, metricLabel } from './comparison';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { left: 64, right: 24, top: 20, bottom: 44 };
const TICKS = 4;

export interface ChartPoint {
  level: string;
  seconds: number;
  value: number;
}

/** The levels that have both a run time and the metric, in the comparison's order. */
export function chartPoints(comparison: Comparison, metric: string): ChartPoint[] {
  return levelsOf(comparison).flatMap((level) => {
    const figures = analysisOf(comparison, level);
    const value = figures?.metrics[metric];
    const seconds = figures?.run_seconds;
    return value === undefined || seconds === null || seconds === undefined ? [] : [{ level, seconds, value }];
  });
}

/** A range that holds every value with some room; a single value gets room around it. */
export function span(values: number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.1 || 1;
  return [low - pad, high + pad];
}

/**
 * Quality against time: one point per level (run seconds across, the chosen metric up), joined in
 * level order, drawn as inline SVG. The points are also listed in words for a screen reader.
 */
export function QualityChart({ comparison }: { comparison: Comparison }) {
  const metrics = measuredMetrics(comparison);
  const [chosen, setChosen] = useState<string>();
  const metric = metrics.find((m) => m.name === chosen) ?? metrics[0];
  if (!metric) return <p className="hint">No level has measured a quality metric.</p>;
  const points = chartPoints(comparison, metric.name);
  const [x0, x1] = span([0, ...points.map((p) => p.seconds)]);
  const [y0, y1] = span(points.map((p) => p.value));
  const x = (s: number) => MARGIN.left + ((s - Math.max(0, x0)) / (x1 - Math.max(0, x0))) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (v: number) => HEIGHT - MARGIN.bottom - ((v - y0) / (y1 - y0)) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const ticks = (low: number, high: number) => Array.from({ length: TICKS + 1 }, (_, i) => low + ((high - low) * i) / TICKS);
  const summary = points.map((p) => `${p.level}: ${formatMetric(p.value, metric)} in ${formatSeconds(p.seconds)}`).join('; ');
  return (
    <figure className="quality-chart">
      <figcaption>
        <label htmlFor="chart-metric">Quality against time:</label>{' '}
        <select id="chart-metric" value={metric.name} onChange={(e) => setChosen(e.target.value)}>
          {metrics.map((m) => <option key={m.name} value={m.name}>{metricLabel(m)}</option>)}
        </select>
        {metric.description && <span className="hint"> {metric.description}</span>}
      </figcaption>
      {points.length === 0 ? <p className="hint">No level has both a run time and {metric.name} yet.</p> : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${metricLabel(metric)} against run time. ${summary}`} data-testid="quality-chart">
          <g className="axis">
            <line x1={MARGIN.left} y1={HEIGHT - MARGIN.bottom} x2={WIDTH - MARGIN.right} y2={HEIGHT - MARGIN.bottom} />
            <line x1={MARGIN.left} y1={MARGIN.top} x2={MARGIN.left} y2={HEIGHT - MARGIN.bottom} />
            {ticks(Math.max(0, x0), x1).map((t) => (
              <text key={`x${t}`} x={x(t)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">{formatSeconds(t)}</text>
            ))}
            {ticks(y0, y1).map((t) => (
              <g key={`y${t}`}>
                <line className="grid" x1={MARGIN.left} y1={y(t)} x2={WIDTH - MARGIN.right} y2={y(t)} />
                <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end">{significant(t, 3)}</text>
              </g>
            ))}
            <text x={(WIDTH + MARGIN.left) / 2} y={HEIGHT - 6} textAnchor="middle" className="axis-title">run time</text>
            <text x={14} y={(HEIGHT - MARGIN.bottom + MARGIN.top) / 2} textAnchor="middle" className="axis-title"
              transform={`rotate(-90 14 ${(HEIGHT - MARGIN.bottom + MARGIN.top) / 2})`}>{metricLabel(metric)}</text>
          </g>
          <polyline className="series" points={points.map((p) => `${x(p.seconds)},${y(p.value)}`).join(' ')} />
          {points.map((p) => (
            <g key={p.level} className="point" data-level={p.level}>
              <circle cx={x(p.seconds)} cy={y(p.value)} r={5} />
              <text x={x(p.seconds) + 8} y={y(p.value) - 8}>{p.level}</text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
