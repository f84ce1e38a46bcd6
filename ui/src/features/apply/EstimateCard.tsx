import type { Estimate } from '../../api/types';
import { formatCost, formatResources, formatSeconds } from '../../lib/format';

/** One run's expected time with its likely range and what the figure rests on, cost and resources. */
export function EstimateCard({ estimate, stale }: { estimate: Estimate; stale?: boolean }) {
  return (
    <dl className={stale ? 'estimate stale' : 'estimate'} aria-busy={stale}>
      <div><dt>Time</dt><dd data-testid="estimate-time">{formatSeconds(estimate.expected_seconds)} <span className="hint">(likely {formatSeconds(estimate.min_seconds)} to {formatSeconds(estimate.max_seconds)})</span></dd></div>
      {estimate.basis && <div><dt>Based on</dt><dd data-testid="estimate-basis">{describeBasis(estimate)}</dd></div>}
      <div><dt>Cost</dt><dd>{formatCost(estimate.cost)}</dd></div>
      <div><dt>Resources</dt><dd>{formatResources(estimate.resources)}</dd></div>
    </dl>
  );
}

function describeBasis(estimate: Estimate): string {
  const runs = estimate.runs_used ?? 0;
  const counted = `${runs} run${runs === 1 ? '' : 's'}`;
  return estimate.basis === 'history'
    ? `${counted} of this template on this server`
    : `the template's base time and the quality's multipliers${runs > 0 ? ` (${counted} so far: too few to learn from)` : ' (no runs yet)'}`;
}
