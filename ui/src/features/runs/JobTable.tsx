import { Link, useLocation } from 'react-router-dom';
import type { Job } from '../../api/types';
import { formatDate, formatSeconds } from '../../lib/format';
import { isActive } from '../../lib/jobs';
import { StatusBadge } from './StatusBadge';

/** The user's runs: status, template, quality, the estimate it was given against the time it took, created. */
export function JobTable({ jobs }: { jobs: Job[] }) {
  // The run's page links back to this list with the same filters and page.
  const list = useLocation().search;
  return (
    <div className="table-wrap">
      <table className="jobs-table stack-narrow">
        <caption className="visually-hidden">Runs</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Status</th>
            <th scope="col">Template</th>
            <th scope="col">Quality</th>
            <th scope="col">Estimate</th>
            <th scope="col">Took</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} data-job={job.id}>
              <th scope="row">
                <Link to={`/runs/${job.id}`} state={{ list }} className="mono" aria-label={`Run ${job.id.slice(0, 8)} of ${job.template}`}>
                  {job.id.slice(0, 8)}
                </Link>
              </th>
              <td data-label="Status">
                <StatusBadge status={job.status} />
                {isActive(job.status) && job.status === 'running' && <span className="hint"> {job.progress.percent.toFixed(0)} %</span>}
              </td>
              <td data-label="Template">{job.template}</td>
              <td data-label="Quality">{job.quality}</td>
              <td data-label="Estimate" className="nowrap">{job.estimate === null ? '—' : formatSeconds(job.estimate)}</td>
              <td data-label="Took" className="nowrap">{tookText(job)}</td>
              <td data-label="Created" className="nowrap">{formatDate(job.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The measured run time, with how far it was from the estimate. */
function tookText(job: Job): string {
  if (job.run_seconds === null) return '—';
  const took = formatSeconds(job.run_seconds);
  if (!job.estimate) return took;
  const off = Math.round(((job.run_seconds - job.estimate) / job.estimate) * 100);
  return `${took} (${off > 0 ? '+' : ''}${off} %)`;
}
