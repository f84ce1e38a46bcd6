import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, POLL_MILLIS } from '../../api/queries';
import type { StudyProgress, StudyStatus } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { Empty, ErrorView, Loading } from '../../components/States';
import { formatDate, significant } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { objectiveText } from './study';

const PAGE_SIZE = 20;

/** "3 of 4 trials ended, 1 failed". */
export function progressText(progress: StudyProgress): string {
  const ended = progress.succeeded + progress.failed + progress.cancelled;
  const failed = progress.failed > 0 ? `, ${progress.failed} failed` : '';
  return `${ended} of ${progress.max_trials} ${progress.max_trials === 1 ? 'trial' : 'trials'} ended${failed}`;
}

/** A study's status as a coloured word (the word is there: the colour is never the only sign). */
export function StudyStatusBadge({ status }: { status: StudyStatus }) {
  return <span className={`badge study-${status}`} data-testid="study-status">{status}</span>;
}

/** The user's tuning studies, newest first; the page lives in the address. */
export function StudiesPage() {
  usePageTitle('Studies');
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = useQuery({
    queryKey: keys.studyList(offset, PAGE_SIZE),
    queryFn: () => api.listStudies({ offset, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((s) => s.status === 'running') ? POLL_MILLIS * 2 : false),
  });
  return (
    <section aria-labelledby="studies-title">
      <div className="page-head">
        <h1 id="studies-title">Studies</h1>
        <div className="page-actions"><Link className="button primary" to="/studies/new">New study</Link></div>
        <p className="lede">Tuning studies you started, newest first: each runs points of a merged search space as jobs and scores them against its objectives. Start one here, from Apply's <em>Tune</em>, or with <code>setpoint tune</code>.</p>
      </div>
      {list.isPending && <Loading what="studies" />}
      {list.error && <ErrorView error={list.error} what="the studies" onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <Empty title="No studies yet."><p><Link to="/studies/new">Start a study</Link>.</p></Empty>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="stack-narrow">
            <caption className="visually-hidden">Studies</caption>
            <thead>
              <tr>
                <th scope="col">Study</th>
                <th scope="col">Template</th>
                <th scope="col">Strategy</th>
                <th scope="col">Objectives</th>
                <th scope="col">Status</th>
                <th scope="col">Best score</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.id} data-study={s.id}>
                  <th scope="row"><Link to={`/studies/${s.id}`}>{s.name ?? `Study ${s.id.slice(0, 8)}`}</Link></th>
                  <td data-label="Template">{s.template}</td>
                  <td data-label="Strategy">{s.strategy}</td>
                  <td data-label="Objectives">{s.objectives.map(objectiveText).join(', ')}</td>
                  <td data-label="Status">
                    <StudyStatusBadge status={s.status} />{' '}
                    <span className="hint nowrap">{progressText(s.progress)}</span>
                  </td>
                  <td data-label="Best score">{s.best_score === null ? '—' : significant(s.best_score, 4)}</td>
                  <td data-label="Created" className="nowrap">{formatDate(s.created_at)}</td>
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
