import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { ErrorView, Loading } from '../../components/States';
import { templateId } from '../../lib/runLinks';
import { usePageTitle } from '../../lib/usePageTitle';
import { batchIdOf } from './comparison';
import { compareLink } from './compareLink';
import { ComparisonView } from './ComparisonView';
import { useLiveComparison } from './useLiveComparison';

/** One comparison: the same inputs and seed at each level, side by side, filling in as levels finish. */
export function ComparePage() {
  const { id } = useParams();
  usePageTitle(`Comparison ${(id ?? '').slice(0, 8)}`);
  return <CompareView key={id} id={id ?? ''} />;
}

function CompareView({ id }: { id: string }) {
  const { comparison, live } = useLiveComparison(keys.comparison(id), () => api.comparison(id));
  const data = comparison.data;
  return (
    <section aria-labelledby="compare-title" className="compare-page">
      <p className="back"><Link to="/batches">‹ All batches</Link></p>
      {comparison.isPending && <Loading what="the comparison" />}
      {comparison.error && <ErrorView error={comparison.error} what="the comparison" onRetry={() => void comparison.refetch()} />}
      {data && (
        <>
          <div className="page-head">
            <h1 id="compare-title">Comparison of {data.template_id}</h1>
            <div className="page-actions">
              {/* A shared sample's batch is no one's: its page would be a 404. */}
              {data.kind !== 'sample' && <Link className="button" to={`/batches/${batchIdOf(data)}`}>Its batch</Link>}
              {/* The start form offers each template's latest version. */}
              <Link className="button" to={compareLink({ template: templateId(data.template_id), inputs: data.inputs })}>Compare again</Link>
            </div>
            <p className="lede">
              The same inputs at every level{data.seed !== null && <>, with seed <span className="mono" data-testid="comparison-seed">{data.seed}</span></>}:{' '}
              <span className="mono">{JSON.stringify(data.inputs)}</span>
            </p>
          </div>
          <ComparisonView comparison={data} live={live} />
        </>
      )}
    </section>
  );
}
