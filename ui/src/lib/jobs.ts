import type { Job, JobStatus } from '../api/types';

/** A job that may still change: its page follows it. */
export function isActive(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Any job of the list still queued or running (the list refreshes itself until none is). */
export function anyActive(jobs: Job[] | undefined): boolean {
  return (jobs ?? []).some((j) => isActive(j.status));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
