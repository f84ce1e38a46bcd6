import type { JobStatus } from '../../api/types';

/** A job's status as a coloured word (the colour is never the only sign: the word is there). */
export function StatusBadge({ status }: { status: JobStatus }) {
  return <span className={`badge status-${status}`} data-testid="job-status">{status}</span>;
}
