import { Link, useLocation } from 'react-router-dom';
import { useTemplate } from '../../api/queries';
import type { Job } from '../../api/types';
import { formatDate, formatSeconds } from '../../lib/format';
import { metricsOf, formatMetric, mainInput, thumbnailOf, tookText } from './runSummary';
import { StatusBadge } from './StatusBadge';

/**
 * The user's runs: a picture of the output, the prompt, status, template, quality, what the run
 * measured, the estimate it was given against the time it took, created.
 */
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
            <th scope="col"><span className="visually-hidden">Output</span></th>
            <th scope="col">Status</th>
            <th scope="col">Template</th>
            <th scope="col">Quality</th>
            <th scope="col">Metrics</th>
            <th scope="col">Estimate</th>
            <th scope="col">Took</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const input = mainInput(job);
            return (
              <tr key={job.id} data-job={job.id}>
                <th scope="row" className="run-cell">
                  <Link to={`/runs/${job.id}`} state={{ list }} className="mono" aria-label={`Run ${job.id.slice(0, 8)} of ${job.template}`}>
                    {job.id.slice(0, 8)}
                  </Link>
                  {input && <span className="run-input" title={input} data-testid="run-input">{input}</span>}
                </th>
                <td className="thumb-cell"><Thumbnail job={job} /></td>
                <td data-label="Status">
                  <StatusBadge status={job.status} />
                  {job.status === 'running' && <span className="hint"> {job.progress.percent.toFixed(0)} %</span>}
                  {job.status === 'running' && job.progress.stage && <span className="run-stage hint" data-testid="run-stage">{job.progress.stage}</span>}
                </td>
                <td data-label="Template">{job.template}</td>
                <td data-label="Quality" data-testid="run-quality">{job.quality}</td>
                <td data-label="Metrics"><Metrics job={job} /></td>
                <td data-label="Estimate" className="nowrap">{job.estimate === null ? '—' : formatSeconds(job.estimate)}</td>
                <td data-label="Took" className="nowrap">{tookText(job)}</td>
                <td data-label="Created" className="nowrap">{formatDate(job.created_at)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A small picture of the run's first image, or a frame of its first video (the browser loads only
 * the video's start for it); decoration, since the row's link names the run.
 */
function Thumbnail({ job }: { job: Job }) {
  const thumb = thumbnailOf(job);
  if (!thumb) return null;
  if (thumb.kind === 'image') {
    return <img className="run-thumb" src={thumb.output.url} alt="" loading="lazy" decoding="async" data-testid="run-thumb" />;
  }
  // The fragment asks for the frame at 0.1 s: the very first one is often black.
  return <video className="run-thumb" src={`${thumb.output.url}#t=0.1`} preload="metadata" muted playsInline aria-hidden="true" tabIndex={-1} data-testid="run-thumb" />;
}

/** What the run measured, in the units its template declares. */
function Metrics({ job }: { job: Job }) {
  const hasMetrics = Object.keys(job.metrics ?? {}).length > 0;
  // Only a run that measured something needs its template's units.
  const specs = useTemplate(hasMetrics ? job.template : undefined).data?.metrics;
  if (!hasMetrics) return <span className="hint">—</span>;
  return (
    <ul className="run-metrics" data-testid="run-metrics">
      {metricsOf(job, specs).map((m) => (
        <li key={m.name} title={m.spec?.description}><span className="metric-name">{m.name}</span> {formatMetric(m.value, m.spec)}</li>
      ))}
    </ul>
  );
}
