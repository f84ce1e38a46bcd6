import type { Batch } from '../../api/types';
import { JOB_STATUSES } from '../../api/types';

/** How many items have ended (succeeded, failed or cancelled). */
export function endedCount(batch: Pick<Batch, 'counts'>): number {
  return batch.counts.succeeded + batch.counts.failed + batch.counts.cancelled;
}

/** The items per status, and a bar of how many have ended. */
export function BatchCounts({ batch }: { batch: Batch }) {
  const ended = endedCount(batch);
  const percent = batch.items === 0 ? 100 : Math.round((ended / batch.items) * 100);
  return (
    <div className="batch-counts">
      <dl className="counts" aria-label="Items per status">
        {JOB_STATUSES.map((status) => (
          <div key={status} className={`count status-${status}`}>
            <dt>{status}</dt>
            <dd data-testid={`count-${status}`}>{batch.counts[status]}</dd>
          </div>
        ))}
      </dl>
      <span className="progress-track" role="progressbar" aria-label="Items ended" aria-valuemin={0}
        aria-valuemax={batch.items} aria-valuenow={ended} aria-valuetext={`${ended} of ${batch.items} ended`}>
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <p className="hint" data-testid="batch-ended">{ended} of {batch.items} items ended ({percent} %).</p>
    </div>
  );
}
