import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { Job } from '../../api/types';
import { ErrorList } from '../../components/States';
import { applyLink, compareLink, rerunRequest } from '../../lib/runLinks';

/** What to do next with a run: the same again, edit it in Apply, or compare it across quality levels. */
export function RunActions({ job }: { job: Job }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const again = useMutation({
    mutationFn: () => api.submitJob(rerunRequest(job)),
    onSuccess: (next) => {
      queries.setQueryData(keys.job(next.id), next);
      void refreshAfterWrite(queries, keys.jobs);
      void navigate(`/runs/${next.id}`);
    },
  });
  return (
    <div className="run-actions">
      <div className="page-actions">
        <button type="button" onClick={() => again.mutate()} disabled={again.isPending}
          title="The same template version, quality level, presets, inputs and seed">
          {again.isPending ? 'Starting…' : 'Run again'}
        </button>
        <Link className="button" to={applyLink(job)} title="Apply with this run's template, quality, presets and inputs filled in">Open in Apply</Link>
        <Link className="button" to={compareLink(job)} title="These inputs and seed at every quality level">Compare levels</Link>
      </div>
      {again.error && (
        <div className="run-refused" role="alert">
          <p className="state-title">The run was not started again.</p>
          <ErrorList messages={again.error instanceof ApiError ? again.error.messages() : [String(again.error)]} />
        </div>
      )}
    </div>
  );
}

/** The run's whole log as a text file, made in the page (the API gives the log in the job document only). */
export function LogDownload({ job }: { job: Job }) {
  function download() {
    const url = URL.createObjectURL(new Blob([job.log ?? ''], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `run-${job.id}.log.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }
  return (
    <button type="button" className="log-download" onClick={download} aria-label="Download the log">
      Download log
    </button>
  );
}
