import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, POLL_MILLIS } from '../../api/queries';
import { Pagination } from '../../components/Pagination';
import { Empty, ErrorView, Loading } from '../../components/States';
import { formatDate, formatSeconds } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { endedCount } from './BatchCounts';

const PAGE_SIZE = 20;

/** The user's batches and comparisons, newest first; the page lives in the address. */
export function BatchesPage() {
  usePageTitle('Batches');
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = useQuery({
    queryKey: keys.batchList(offset, PAGE_SIZE),
    queryFn: () => api.listBatches({ offset, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((b) => b.status === 'running') ? POLL_MILLIS * 2 : false),
  });
  return (
    <section aria-labelledby="batches-title">
      <div className="page-head">
        <h1 id="batches-title">Batches</h1>
        <p className="lede">Batches and comparisons you started, newest first. Start a comparison from <Link to="/compare">Compare</Link> or the Apply page; submit a batch with <code>setpoint batch FILE</code> or <code>POST /api/batches</code>.</p>
      </div>
      {list.isPending && <Loading what="batches" />}
      {list.error && <ErrorView error={list.error} what="the batches" onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <Empty title="No batches yet." />}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="stack-narrow">
            <caption className="visually-hidden">Batches</caption>
            <thead>
              <tr>
                <th scope="col">Batch</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Ended</th>
                <th scope="col">Failed</th>
                <th scope="col">Estimate</th>
                <th scope="col">Measured</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((b) => (
                <tr key={b.id} data-batch={b.id}>
                  <th scope="row"><Link to={b.kind === 'batch' ? `/batches/${b.id}` : `/compare/${b.id}`}>{b.name ?? b.id.slice(0, 8)}</Link></th>
                  <td data-label="Kind">{b.kind}</td>
                  <td data-label="Status"><span className={`badge batch-${b.status}`}>{b.status}</span></td>
                  <td data-label="Ended" className="nowrap">{endedCount(b)} of {b.items}</td>
                  <td data-label="Failed">{b.counts.failed}</td>
                  <td data-label="Estimate" className="nowrap">{formatSeconds(b.estimate_seconds)}</td>
                  <td data-label="Measured" className="nowrap">{formatSeconds(b.measured_seconds)}</td>
                  <td data-label="Created" className="nowrap">{formatDate(b.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && <Pagination offset={offset} limit={PAGE_SIZE} total={list.data.total} onOffset={(o) => setParams(o ? { offset: String(o) } : {}, { replace: true })} />}
    </section>
  );
}
