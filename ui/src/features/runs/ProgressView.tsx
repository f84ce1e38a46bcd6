import type { JobProgress } from '../../api/types';
import { formatSeconds } from '../../lib/format';

/** Where a run is: its stage, a bar of its percent and, while it runs, the time left in words. */
export function ProgressView({ progress, live }: { progress: JobProgress; live?: boolean }) {
  const percent = Math.min(100, Math.max(0, progress.percent));
  return (
    <div className={`progress-view status-${progress.status}`}>
      <div className="progress-line">
        <span className="progress-stage" data-testid="progress-stage">{progress.stage}</span>
        <span className="progress-percent">{percent.toFixed(0)} %</span>
      </div>
      <div className="progress-track" role="progressbar" aria-label="Progress" aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={Math.round(percent)} aria-valuetext={`${percent.toFixed(0)} %, ${progress.stage}`}>
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-eta" data-testid="progress-eta" aria-live="polite">
        {describeProgress(progress)}
        {live === false && progress.status === 'running' && <span className="hint"> (checking every few seconds)</span>}
      </p>
    </div>
  );
}

/** The line under the bar: what the run is doing and how long it still needs. */
function describeProgress(progress: JobProgress): string {
  const eta = progress.eta_seconds;
  switch (progress.status) {
    case 'queued':
      return eta === null ? 'Waiting for a worker.' : `Waiting for a worker; expected to take about ${formatSeconds(eta)} once it starts.`;
    case 'running':
      return eta === null ? 'Running; time left not known yet.' : `About ${formatSeconds(eta)} left.`;
    case 'succeeded':
      return 'Finished.';
    case 'failed':
      // Live, the stage the run stopped in; from the stored record, only that it ended.
      return progress.stage === 'failed' ? 'Failed.' : `Failed during ${progress.stage}.`;
    case 'cancelled':
      return progress.stage === 'cancelled' ? 'Cancelled.' : `Cancelled during ${progress.stage}.`;
  }
}
