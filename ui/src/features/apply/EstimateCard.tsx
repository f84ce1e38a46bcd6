import type { Estimate } from '../../api/types';
import { formatCost, formatSeconds } from '../../lib/format';

/** One run's expected time (with its range), cost and resources. */
export function EstimateCard({ estimate, stale }: { estimate: Estimate; stale?: boolean }) {
  const r = estimate.resources;
  return (
    <dl className={stale ? 'estimate stale' : 'estimate'} aria-busy={stale}>
      <div><dt>Time</dt><dd data-testid="estimate-time">{formatSeconds(estimate.expected_seconds)} <span className="hint">({formatSeconds(estimate.min_seconds)} to {formatSeconds(estimate.max_seconds)})</span></dd></div>
      <div><dt>Cost</dt><dd>{formatCost(estimate.cost)}</dd></div>
      <div><dt>Resources</dt><dd>cpu {r.cpu}, memory {r.memory} GiB, gpu {r.gpu}, vram {r.vram} GiB</dd></div>
    </dl>
  );
}
