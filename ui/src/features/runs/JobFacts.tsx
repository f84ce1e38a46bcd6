import { useTemplate } from '../../api/queries';
import type { Job } from '../../api/types';
import { formatDate, formatSeconds, formatValue } from '../../lib/format';
import { formatBytes } from '../../lib/jobs';
import { formatMetric, metricsOf } from './runSummary';

const seconds = (s: number | null) => (s === null ? '—' : formatSeconds(s));
const date = (iso: string | null) => (iso === null ? '—' : formatDate(iso));

/** What a run was asked and promised, what it took, and what it measured of its output. */
export function JobFacts({ job }: { job: Job }) {
  const presets = job.preset_revisions.map((p) => `${p.slug} (revision ${p.revision})`).join(', ');
  return (
    <dl className="facts">
      <div><dt>Template</dt><dd className="mono">{job.template}</dd></div>
      <div><dt>Quality</dt><dd>{job.quality} (level {job.level})</dd></div>
      <div><dt>Presets used</dt><dd>{presets || '—'}</dd></div>
      <div>
        <dt>Estimate</dt>
        <dd data-testid="job-estimate">
          {seconds(job.estimate)}
          {job.estimate_low !== null && job.estimate_high !== null && (
            <span className="hint"> ({formatSeconds(job.estimate_low)} to {formatSeconds(job.estimate_high)}{job.estimate_source ? `, from ${job.estimate_source}` : ''})</span>
          )}
        </dd>
      </div>
      <div><dt>Run time</dt><dd data-testid="job-run-seconds">{seconds(job.run_seconds)}</dd></div>
      <div><dt>Waited in the queue</dt><dd>{seconds(job.queue_wait_seconds)}</dd></div>
      <div><dt>CPU time</dt><dd>{seconds(job.cpu_seconds)}</dd></div>
      <div><dt>Peak memory</dt><dd>{job.peak_memory_bytes === null ? '—' : formatBytes(job.peak_memory_bytes)}</dd></div>
      <div><dt>Created</dt><dd>{date(job.created_at)}</dd></div>
      <div><dt>Started</dt><dd>{date(job.started_at)}</dd></div>
      <div><dt>Finished</dt><dd>{date(job.finished_at)}</dd></div>
      {job.attempt > 1 && <div><dt>Attempt</dt><dd>{job.attempt} (recovered after a restart)</dd></div>}
      <JobMetrics job={job} />
    </dl>
  );
}

/** What the run measured of its output, in the units its template declares, each metric a fact. */
function JobMetrics({ job }: { job: Job }) {
  const specs = useTemplate(job.template).data?.metrics;
  return metricsOf(job, specs).map((m) => (
    <div key={m.name} data-testid="job-metric">
      <dt title={m.spec?.description}>{m.name}</dt>
      <dd>{formatMetric(m.value, m.spec)}</dd>
    </div>
  ));
}

/** The resolved parameters the run was given; with the template's input types, a float keeps its decimal point. */
export function JobParameters({ job }: { job: Job }) {
  const inputs = useTemplate(job.template).data?.inputs;
  return (
    <div className="table-wrap">
      <table className="compact params-table">
        <caption className="visually-hidden">Parameters</caption>
        <tbody>
          {Object.entries(job.parameters).filter(([name]) => !name.startsWith('_')).map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="mono">{name}</th>
              <td className="mono">{formatValue(value, inputs?.[name]?.type, inputs?.[name]?.items)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
