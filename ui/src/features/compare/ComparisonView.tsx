import type { Comparison } from '../../api/types';
import { CompareGrid } from './CompareGrid';
import { comparisonActive, levelsOf, resultOf } from './comparison';
import { MetricsTable } from './MetricsTable';
import { QualityChart } from './QualityChart';

/** A comparison's outputs side by side, its metrics table and its chart; `live` says whether its events arrive. */
export function ComparisonView({ comparison, live }: { comparison: Comparison; live: boolean }) {
  const levels = levelsOf(comparison);
  const ended = levels.filter((l) => {
    const status = resultOf(comparison, l)?.status;
    return status === 'succeeded' || status === 'failed' || status === 'cancelled';
  }).length;
  return (
    <div className="comparison-view">
      <p className="hint" aria-live="polite" data-testid="comparison-progress">
        {comparisonActive(comparison)
          ? `${ended} of ${levels.length} levels finished; the page fills in as the others do${live ? '' : ' (checking every few seconds)'}.`
          : `All ${levels.length} levels finished.`}
      </p>
      <CompareGrid comparison={comparison} />
      <div className="card">
        <h2>Metrics</h2>
        <MetricsTable comparison={comparison} />
      </div>
      <div className="card">
        <h2>Quality against time</h2>
        <QualityChart comparison={comparison} />
      </div>
    </div>
  );
}
