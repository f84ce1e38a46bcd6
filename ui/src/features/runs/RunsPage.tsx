import { useSearchParams } from 'react-router-dom';
import { useAllPresets, useJobList, useTemplate, useTemplates } from '../../api/queries';
import { JOB_STATUSES, type Job, type JobQuery, type JobStatus, type MetricSpec } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { Empty, ErrorView, Loading } from '../../components/States';
import { latestTemplates, LEVELS } from '../../lib/templates';
import { JobTable } from './JobTable';
import { usePageTitle } from '../../lib/usePageTitle';

const PAGE_SIZE = 20;

/** The sort choices; a metric's come after, per metric the runs measure. */
const SORTS: { value: string; label: string }[] = [
  { value: 'created:desc', label: 'Newest first' },
  { value: 'created:asc', label: 'Oldest first' },
  { value: 'run_seconds:desc', label: 'Longest run first' },
  { value: 'run_seconds:asc', label: 'Shortest run first' },
];

/**
 * The user's runs, newest first unless sorted otherwise; the filters, sort and page live in the
 * address (`?status=&template=&quality=&preset=&sort=&metric=&order=&offset=`), so Back returns to
 * them and a view can be shared.
 */
export function RunsPage() {
  usePageTitle('Runs');
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const list = useJobList(query);
  const templates = useTemplates();
  const template = useTemplate(query.template);
  const qualityPresets = useAllPresets('quality');
  const parameterPresets = useAllPresets('parameter');

  function set(patch: Record<string, string>) {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    setParams(next, { replace: true });
  }

  const sort = query.sort === 'metric' ? `metric:${query.metric}:${query.order}` : `${query.sort ?? 'created'}:${query.order ?? 'desc'}`;
  function setSort(value: string) {
    const [by, a, b] = value.split(':');
    // The default sort leaves the address as it was before sorting existed.
    if (value === 'created:desc') set({ sort: '', metric: '', order: '', offset: '' });
    else if (by === 'metric') set({ sort: 'metric', metric: a, order: b, offset: '' });
    else set({ sort: by, metric: '', order: a, offset: '' });
  }

  const filtered = !!(query.status || query.template || query.quality || query.preset);
  const custom = (qualityPresets.data ?? []).filter((p) => !p.is_system);
  return (
    <section aria-labelledby="runs-title">
      <div className="page-head">
        <h1 id="runs-title">Runs</h1>
        <p className="lede">Every run you started: what it was given and promised, what it made and measured, and what it took. Start one from Apply.</p>
      </div>
      <div className="toolbar" role="search">
        <label>
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => set({ status: e.target.value, offset: '' })}>
            <option value="">All statuses</option>
            {JOB_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          <span>Template</span>
          <select value={query.template ?? ''} onChange={(e) => set({ template: e.target.value, offset: '' })}>
            <option value="">All templates</option>
            {latestTemplates(templates.data ?? []).map((t) => <option key={t.id} value={t.id}>{t.name} ({t.id})</option>)}
          </select>
        </label>
        <label>
          <span>Level</span>
          <select value={query.quality ?? ''} onChange={(e) => set({ quality: e.target.value, offset: '' })}>
            <option value="">All levels</option>
            <optgroup label="Levels">
              {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
            </optgroup>
            {custom.length > 0 && (
              <optgroup label="Custom quality presets">
                {custom.map((p) => <option key={p.id} value={p.slug}>{p.name}</option>)}
              </optgroup>
            )}
          </select>
        </label>
        <label>
          <span>Preset</span>
          <select value={query.preset ?? ''} onChange={(e) => set({ preset: e.target.value, offset: '' })}>
            <option value="">Any or none</option>
            {(parameterPresets.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>
          <span>Sort</span>
          <select value={sort} onChange={(e) => setSort(e.target.value)}>
            {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
            {metricSorts(template.data?.metrics, list.data?.items, query).map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </label>
      </div>
      {list.isPending && <Loading what="runs" />}
      {list.error && <ErrorView error={list.error} what="the runs" onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && (
        <Empty title={filtered ? 'No runs match.' : 'No runs yet.'}>
          <p>{filtered ? 'Choose another status, template, level or preset.' : 'Choose a template and a quality on Apply, then Run.'}</p>
        </Empty>
      )}
      {list.data && list.data.items.length > 0 && <JobTable jobs={list.data.items} />}
      {list.data && <Pagination offset={query.offset ?? 0} limit={PAGE_SIZE} total={list.data.total} onOffset={(o) => set({ offset: o ? String(o) : '' })} />}
    </section>
  );
}

/** The list query the address asks for; what it does not say is left to the server's defaults. */
export function queryOf(params: URLSearchParams): JobQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const status = text('status');
  const preset = Number(text('preset'));
  const sort = text('sort');
  const order = text('order');
  const metric = text('metric');
  return {
    status: JOB_STATUSES.includes(status as JobStatus) ? (status as JobStatus) : undefined,
    template: text('template'),
    quality: text('quality'),
    preset: Number.isInteger(preset) && preset > 0 ? preset : undefined,
    sort: sort === 'run_seconds' || (sort === 'metric' && metric) ? sort : undefined,
    metric: sort === 'metric' ? metric : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    offset: Number(params.get('offset') ?? 0) || 0,
    limit: PAGE_SIZE,
  };
}

/**
 * Sorting by a metric: the chosen template's metrics (best first, then worst first, by which way
 * is better), else those the listed runs measured; the one sorted by stays offered either way.
 */
export function metricSorts(specs: MetricSpec[] | undefined, jobs: Job[] | undefined, query: JobQuery): { value: string; label: string }[] {
  const names = new Map<string, MetricSpec | undefined>();
  (specs ?? []).forEach((s) => names.set(s.name, s));
  if (!specs) (jobs ?? []).forEach((j) => Object.keys(j.metrics ?? {}).forEach((n) => names.has(n) || names.set(n, undefined)));
  if (query.sort === 'metric' && query.metric && !names.has(query.metric)) names.set(query.metric, undefined);
  return [...names].flatMap(([name, spec]) => {
    const best = spec?.better === 'lower' ? 'asc' : 'desc';
    const worst = best === 'asc' ? 'desc' : 'asc';
    const words = spec && spec.better !== 'none' ? ['best first', 'worst first'] : ['highest first', 'lowest first'];
    return [
      { value: `metric:${name}:${best}`, label: `${name}, ${words[0]}` },
      { value: `metric:${name}:${worst}`, label: `${name}, ${words[1]}` },
    ];
  });
}
