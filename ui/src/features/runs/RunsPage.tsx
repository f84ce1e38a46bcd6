import { useSearchParams } from 'react-router-dom';
import { useJobList, useTemplates } from '../../api/queries';
import { JOB_STATUSES, type JobStatus } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { Empty, ErrorView, Loading } from '../../components/States';
import { latestTemplates } from '../../lib/templates';
import { JobTable } from './JobTable';
import { usePageTitle } from '../../lib/usePageTitle';

const PAGE_SIZE = 20;

/** The user's runs, newest first; the filters and the page live in the address, so Back returns to them. */
export function RunsPage() {
  usePageTitle('Runs');
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as JobStatus | '';
  const template = params.get('template') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const list = useJobList({ status: status || undefined, template: template || undefined, offset, limit: PAGE_SIZE });
  const templates = useTemplates();

  function set(patch: Record<string, string>) {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    setParams(next, { replace: true });
  }

  const filtered = status !== '' || template !== '';
  return (
    <section aria-labelledby="runs-title">
      <div className="page-head">
        <h1 id="runs-title">Runs</h1>
        <p className="lede">Every run you started, newest first: what it was promised and what it took. Start one from Apply.</p>
      </div>
      <div className="toolbar" role="search">
        <label>
          <span>Status</span>
          <select value={status} onChange={(e) => set({ status: e.target.value, offset: '' })}>
            <option value="">All statuses</option>
            {JOB_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          <span>Template</span>
          <select value={template} onChange={(e) => set({ template: e.target.value, offset: '' })}>
            <option value="">All templates</option>
            {latestTemplates(templates.data ?? []).map((t) => <option key={t.id} value={t.id}>{t.name} ({t.id})</option>)}
          </select>
        </label>
      </div>
      {list.isPending && <Loading what="runs" />}
      {list.error && <ErrorView error={list.error} what="the runs" onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <Empty title={filtered ? 'No runs match.' : 'No runs yet.'}>
          <p>{filtered ? 'Choose another status or template.' : 'Choose a template and a quality on Apply, then Run.'}</p>
        </Empty>
      )}
      {list.data && list.data.items.length > 0 && <JobTable jobs={list.data.items} />}
      {list.data && <Pagination offset={offset} limit={PAGE_SIZE} total={list.data.total} onOffset={(o) => set({ offset: o ? String(o) : '' })} />}
    </section>
  );
}
