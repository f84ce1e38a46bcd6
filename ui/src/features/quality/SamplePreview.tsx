import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys } from '../../api/queries';
import type { Template } from '../../api/types';
import { ErrorList, Loading } from '../../components/States';
import { useSessionState } from '../../lib/useSessionState';
import { ComparisonView } from '../compare/ComparisonView';
import { useLiveComparison } from '../compare/useLiveComparison';

/**
 * What each level's output looks like for this template: its sample comparison, made once per
 * template version from a fixed input and seed and shared by everyone; Remake runs it again. Asking
 * for a template's samples may run four jobs, so they are shown once asked for (and from then on in
 * this tab, for every template chosen).
 */
export function SamplePreview({ template }: { template: Template }) {
  const [shown, setShown] = useSessionState('quality.samples', false);
  return (
    <div className="card samples" data-testid="samples">
      {shown ? <Samples template={template} /> : (
        <div className="samples-head">
          <h2>Sample outputs per level</h2>
          <button type="button" onClick={() => setShown(true)}>Show sample outputs</button>
          <p className="hint">What each level makes of {template.name}: the same sample input and seed at every level, made once and kept for everyone.</p>
        </div>
      )}
    </div>
  );
}

function Samples({ template }: { template: Template }) {
  const key = keys.samples(template.id);
  // A sample's batch belongs to no one: its events are not the user's to follow, so it is polled.
  const { comparison, live } = useLiveComparison(key, () => api.samples(template.id), false);
  const queries = useQueryClient();
  const remake = useMutation({
    mutationFn: () => api.remakeSamples(template.id),
    onSuccess: (made) => queries.setQueryData(key, made),
  });
  const refusal = comparison.error ?? remake.error;
  return (
    <>
      <div className="samples-head">
        <h2>Sample outputs per level</h2>
        <button type="button" onClick={() => remake.mutate()} disabled={remake.isPending || comparison.isPending}>
          {remake.isPending ? 'Remaking…' : 'Remake'}
        </button>
      </div>
      <p className="hint">
        The same sample input and seed at every level of {template.name} {template.version}, made once and kept.
        {comparison.data && <> <Link to={`/compare/${comparison.data.comparison_id}`}>Open on the Compare page</Link>.</>}
      </p>
      {comparison.isPending && <Loading what="the samples" />}
      {refusal && (
        <div className="run-refused" role="alert">
          <p className="state-title">No samples for this template here.</p>
          <ErrorList messages={refusal instanceof ApiError ? refusal.messages() : [String(refusal)]} />
        </div>
      )}
      {comparison.data && <ComparisonView comparison={comparison.data} live={live} />}
    </>
  );
}
