import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { ApplyRequest } from '../../api/types';
import { ErrorList } from '../../components/States';

interface Props {
  request: ApplyRequest;
  /** Why Run cannot be pressed now. */
  blocked?: string;
  /** What pressing Run does instead of running: the page has problems still to show (required inputs left empty). */
  instead?: () => void;
}

/** Runs the request Apply shows and opens the run; says in words why the server refused it. */
export function RunButton({ request, blocked, instead }: Props) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const run = useMutation({
    mutationFn: (r: ApplyRequest) => api.submitJob(r),
    onSuccess: (job) => {
      queries.setQueryData(keys.job(job.id), job);
      void refreshAfterWrite(queries, keys.jobs);
      void navigate(`/runs/${job.id}`);
    },
  });
  const { reset } = run;
  // A refusal is about the request it was given; a changed request may well run.
  useEffect(() => reset(), [request, reset]);

  const error = run.error instanceof ApiError ? run.error : undefined;
  // A 409 names the template in its message already; the field name in front would only repeat it.
  const messages = !error ? [String(run.error)]
    : error.status === 409 && error.problem.errors.length > 0 ? error.problem.errors.map((e) => e.message) : error.messages();
  return (
    <div className="run-action">
      <button type="button" className="primary" onClick={() => (instead ? instead() : run.mutate(request))} disabled={run.isPending || !!blocked}>
        {run.isPending ? 'Starting…' : 'Run'}
      </button>
      {blocked && <p className="hint">{blocked}</p>}
      {run.error && (
        <div className="run-refused" role="alert">
          <p className="state-title">{error?.status === 409 ? 'This template cannot run on this server.' : 'The run was not started.'}</p>
          <ErrorList messages={messages} />
        </div>
      )}
    </div>
  );
}
