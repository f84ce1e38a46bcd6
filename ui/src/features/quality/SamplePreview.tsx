import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys } from '../../api/queries';
import type { Template } from '../../api/types';
import { ErrorList, Loading } from '../../components/States';
import { ComparisonView } from '../compare/ComparisonView';
import { comparisonActive } from '../compare/comparison';
import { useLiveComparison } from '../compare/useLiveComparison';

/**
 * What each level's output looks like for this template: its sample comparison, made once per
 * template version from a fixed input and seed and shared by everyone. Reading it runs nothing, so
 * it is shown as soon as the template is; until someone has made it the server answers 404, which
 * here is the state "not made yet" with a button that makes it. Remake makes it again.
 */
export function SamplePreview({ template }: { template: Template }) {
  const key = keys.samples(template.id);
  const { comparison, live } = useLiveComparison(key, () => api.samples(template.id));
  const queries = useQueryClient();
  const make = useMutation({
    mutationFn: () => api.makeSamples(template.id),
    onSuccess: (made) => queries.setQueryData(key, made),
  });
  const notMade = !comparison.data && comparison.error instanceof ApiError && comparison.error.status === 404;
  const refusal = (notMade ? null : comparison.error) ?? make.error;
  const running = !!comparison.data && comparisonActive(comparison.data);
  return (
    <div className="card samples" data-testid="samples">
      <div className="samples-head">
        <h2>Sample outputs per level</h2>
        {(comparison.data || notMade) && (
          <button type="button" onClick={() => make.mutate()} disabled={make.isPending || running}>
            {buttonLabel(notMade, make.isPending)}
          </button>
        )}
      </div>
      <p className="hint">
        The same sample input and seed at every level of {template.name} {template.version}, made once and kept for everyone.
        {comparison.data && <> <Link to={`/compare/${comparison.data.comparison_id}`}>Open on the Compare page</Link>.</>}
      </p>
      {comparison.isPending && <Loading what="the samples" />}
      {notMade && !make.isPending && (
        <p className="state-title" data-testid="samples-not-made">No sample outputs have been made for this version yet.</p>
      )}
      {refusal && (
        <div className="run-refused" role="alert">
          <p className="state-title">No samples for this template here.</p>
          <ErrorList messages={refusal instanceof ApiError ? refusal.messages() : [String(refusal)]} />
        </div>
      )}
      {comparison.data && <ComparisonView comparison={comparison.data} live={live} />}
    </div>
  );
}

function buttonLabel(notMade: boolean, pending: boolean): string {
  if (notMade) return pending ? 'Making…' : 'Make sample outputs';
  return pending ? 'Remaking…' : 'Remake';
}
