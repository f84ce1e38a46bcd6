import { Link, useLocation, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { Job } from '../../api/types';
import { ErrorList, ErrorView, Loading } from '../../components/States';
import { isActive } from '../../lib/jobs';
import { JobFacts, JobParameters } from './JobFacts';
import { OutputView } from './OutputView';
import { ProgressView } from './ProgressView';
import { LogDownload, RunActions } from './RunActions';
import { StatusBadge } from './StatusBadge';
import { useLiveJob } from './useLiveJob';
import { usePageTitle } from '../../lib/usePageTitle';

/** One run: live progress, cancel, run again or take it elsewhere, its outputs, what it was given and measured, its log. */
export function JobPage() {
  const { id } = useParams();
  usePageTitle(`Run ${(id ?? '').slice(0, 8)}`);
  // A new id is a new run to follow: fresh state for its stream.
  return <JobView key={id} id={id ?? ''} />;
}

function JobView({ id }: { id: string }) {
  const { job, progress, live } = useLiveJob(id);
  const list = (useLocation().state as { list?: string } | null)?.list ?? '';
  return (
    <section aria-labelledby="job-title" className="job-page">
      <p className="back"><Link to={`/runs${list}`}>‹ All runs</Link></p>
      {job.isPending && <Loading what="the run" />}
      {job.error && <ErrorView error={job.error} what="the run" onRetry={() => void job.refetch()} />}
      {job.data && progress && (
        <>
          <div className="page-head">
            <h1 id="job-title">Run of {job.data.template} <StatusBadge status={job.data.status} /></h1>
            {isActive(job.data.status) && <CancelButton job={job.data} />}
            <p className="lede mono">{job.data.id}</p>
          </div>
          <RunActions job={job.data} />
          <div className="card">
            <h2>Progress</h2>
            <ProgressView progress={progress} live={live} />
            <Outcome job={job.data} />
          </div>
          {job.data.outputs.length > 0 && (
            <div className="card">
              <h2>Outputs</h2>
              <div className="outputs">
                {job.data.outputs.map((o) => <OutputView key={o.name} output={o} />)}
              </div>
            </div>
          )}
          <div className="card">
            <h2>Details</h2>
            <JobFacts job={job.data} />
          </div>
          <div className="two-columns">
            <div className="card">
              <h2>Parameters</h2>
              <JobParameters job={job.data} />
            </div>
            <div className="card">
              <div className="card-head">
                <h2>Log</h2>
                {job.data.log && <LogDownload job={job.data} />}
              </div>
              {job.data.log ? <pre className="code log" data-testid="job-log">{job.data.log}</pre> : <p className="hint">Nothing logged{isActive(job.data.status) ? ' yet' : ''}.</p>}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

/** How a finished run ended, in words. */
function Outcome({ job }: { job: Job }) {
  if (job.status === 'failed') {
    return (
      <div className="job-error" role="alert">
        <p className="state-title">The run failed.</p>
        <p data-testid="job-error">{job.error ?? 'The worker gave no reason; see the log.'}</p>
      </div>
    );
  }
  if (job.status === 'cancelled') return <p className="hint">This run was cancelled before it finished.</p>;
  return null;
}

function CancelButton({ job }: { job: Job }) {
  const queries = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.cancelJob(job.id),
    onSuccess: (cancelled) => queries.setQueryData(keys.job(job.id), cancelled),
    // It may have finished meanwhile (409): the page re-reads it either way.
    onSettled: () => void refreshAfterWrite(queries, keys.jobs),
  });
  return (
    <div className="page-actions">
      <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {cancel.isPending ? 'Cancelling…' : 'Cancel run'}
      </button>
      {cancel.error && <ErrorList messages={cancel.error instanceof ApiError ? cancel.error.messages() : [String(cancel.error)]} />}
    </div>
  );
}
