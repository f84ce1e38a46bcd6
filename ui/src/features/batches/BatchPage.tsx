import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { Batch, BatchItem } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { ErrorList, ErrorView, Loading } from '../../components/States';
import { formatDate, formatSeconds } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge } from '../runs/StatusBadge';
import { BatchCounts } from './BatchCounts';
import { useLiveBatch } from './useLiveBatch';

/** Items listed per page of the batch's table (a batch may hold thousands). */
const ITEMS_PER_PAGE = 50;

/** One batch: its counts per status as they change, each item's job, estimate against measured time, cancel. */
export function BatchPage() {
  const { id } = useParams();
  usePageTitle(`Batch ${(id ?? '').slice(0, 8)}`);
  return <BatchView key={id} id={id ?? ''} />;
}

function BatchView({ id }: { id: string }) {
  const { batch, shown, live } = useLiveBatch(id);
  return (
    <section aria-labelledby="batch-title" className="batch-page">
      <p className="back"><Link to="/batches">‹ All batches</Link></p>
      {batch.isPending && <Loading what="the batch" />}
      {batch.error && <ErrorView error={batch.error} what="the batch" onRetry={() => void batch.refetch()} />}
      {shown && (
        <>
          <div className="page-head">
            <h1 id="batch-title">{shown.name ?? `Batch ${shown.id.slice(0, 8)}`} <span className={`badge batch-${shown.status}`} data-testid="batch-status">{shown.status}</span></h1>
            {shown.status === 'running' && <CancelBatch batch={shown} />}
            <p className="lede">
              {kindText(shown)} of {shown.items} {shown.items === 1 ? 'item' : 'items'}, created {formatDate(shown.created_at)}.
              {shown.kind !== 'batch' && <> <Link to={`/compare/${shown.id}`}>Open the comparison</Link>.</>}
            </p>
          </div>
          <div className="card" aria-live="polite">
            <h2>Progress</h2>
            <BatchCounts batch={shown} />
            <dl className="facts">
              <div><dt>Estimate (all items)</dt><dd data-testid="batch-estimate">{formatSeconds(shown.estimate_seconds)}</dd></div>
              <div><dt>Measured so far</dt><dd data-testid="batch-measured">{formatSeconds(shown.measured_seconds)}</dd></div>
              <div><dt>Updates</dt><dd className="hint">{shown.status !== 'running' ? 'Final.' : live ? 'Live.' : 'Checking every few seconds.'}</dd></div>
            </dl>
          </div>
          <div className="card">
            <h2>Items</h2>
            <ItemTable items={batch.data?.jobs ?? []} />
          </div>
        </>
      )}
    </section>
  );
}

function kindText(batch: Batch): string {
  if (batch.kind === 'comparison') return 'A comparison';
  if (batch.kind === 'sample') return 'A sample comparison';
  return 'A batch';
}

function ItemTable({ items }: { items: BatchItem[] }) {
  const [offset, setOffset] = useState(0);
  const page = items.slice(offset, offset + ITEMS_PER_PAGE);
  return (
    <>
      <div className="table-wrap">
        <table className="jobs-table stack-narrow">
          <caption className="visually-hidden">Items of the batch</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Run</th>
              <th scope="col">Status</th>
              <th scope="col">Template</th>
              <th scope="col">Quality</th>
              <th scope="col">Estimate</th>
              <th scope="col">Took</th>
            </tr>
          </thead>
          <tbody>
            {page.map(({ index, job }) => (
              <tr key={job.id} data-item={index}>
                <th scope="row">{index + 1}</th>
                <td data-label="Run"><Link to={`/runs/${job.id}`} className="mono" aria-label={`Run of item ${index + 1}`}>{job.id.slice(0, 8)}</Link></td>
                <td data-label="Status"><StatusBadge status={job.status} /></td>
                <td data-label="Template">{job.template}</td>
                <td data-label="Quality">{job.quality}</td>
                <td data-label="Estimate" className="nowrap">{job.estimate === null ? '—' : formatSeconds(job.estimate)}</td>
                <td data-label="Took" className="nowrap">{job.run_seconds === null ? '—' : formatSeconds(job.run_seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination offset={offset} limit={ITEMS_PER_PAGE} total={items.length} onOffset={setOffset} />
    </>
  );
}

function CancelBatch({ batch }: { batch: Batch }) {
  const queries = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.cancelBatch(batch.id),
    onSuccess: (cancelled) => queries.setQueryData(keys.batch(batch.id), cancelled),
    onSettled: () => {
      void refreshAfterWrite(queries, keys.batches);
      void refreshAfterWrite(queries, keys.jobs);
    },
  });
  return (
    <div className="page-actions">
      <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {cancel.isPending ? 'Cancelling…' : 'Cancel batch'}
      </button>
      {cancel.error && <ErrorList messages={cancel.error instanceof ApiError ? cancel.error.messages() : [String(cancel.error)]} />}
    </div>
  );
}
