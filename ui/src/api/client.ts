import { send, sendForText } from './http';
import type {
  ApplyRequest, ApplyResult, Batch, Comparison, EstimateResult, Job, JobQuery, ListPage, Me, MergeResult, MergeStrategy, NewToken, Preset,
  NewBatch, NewComparison, NewStudy, PresetFits, PresetInput, PresetPage, PresetQuery, QualityPreview, JsonObject, ResolvedQuality, Study,
  StudySummary, Template, TemplateSummary,
} from './types';

/** Every endpoint the pages call, typed; docs/API.md describes them. */
export const api = {
  me: async () => (await send<Me>('GET', '/api/me')).data,

  /** Form login with the session cookie; the server answers JSON to a JSON client. */
  signIn: async (username: string, password: string): Promise<void> => {
    await ensureCsrfCookie();
    const body = new URLSearchParams({ username, password });
    await send('POST', '/login', {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  },

  signOut: async () => {
    await send('POST', '/logout');
  },

  createToken: async (name: string) => (await send<NewToken>('POST', '/api/me/tokens', { json: { name } })).data,

  listPresets: (query: PresetQuery): Promise<PresetPage> => listPage<Preset>('/api/presets', query),

  categories: async () => (await send<string[]>('GET', '/api/presets/categories')).data,
  preset: async (id: number) => (await send<Preset>('GET', `/api/presets/${id}`)).data,
  resolvedPreset: async (id: number) => (await send<ResolvedQuality>('GET', `/api/presets/${id}/resolved`)).data,
  createPreset: async (input: PresetInput) => (await send<Preset>('POST', '/api/presets', { json: input })).data,

  updatePreset: async (id: number, input: PresetInput, revision: number) =>
    (await send<Preset>('PUT', `/api/presets/${id}`, { json: input, headers: { 'If-Match': `"${revision}"` } })).data,

  /** With detach, presets based on this one get its values first (else a 409 when there are any). */
  deletePreset: async (id: number, detach = false) => {
    await send('DELETE', detach ? `/api/presets/${id}?detach=true` : `/api/presets/${id}`);
  },

  clonePreset: async (id: number) => (await send<Preset>('POST', `/api/presets/${id}/clone`)).data,

  importFile: async (file: File): Promise<Preset[]> => {
    const form = new FormData();
    form.append('file', file);
    return (await send<Preset[]>('POST', '/api/presets/import', { body: form })).data;
  },

  exportUrl: (id: number) => `/api/presets/${id}/export`,
  bulkExportUrl: (ids: number[]) => (ids.length > 0 ? `/api/presets/export?ids=${ids.join(',')}` : '/api/presets/export'),

  merge: async (presetIds: number[], strategy: MergeStrategy) =>
    (await send<MergeResult>('POST', '/api/presets/merge', { json: { preset_ids: presetIds, merge_strategy: strategy } })).data,

  /** Whether each of the parameter presets fits the template on its own, and why not. */
  presetFit: async (template: string, ids: number[]) =>
    (await send<PresetFits>('GET', `/api/templates/${encodeURIComponent(template)}/presets/fit?ids=${ids.join(',')}`)).data,

  apply: async (request: ApplyRequest) => (await send<ApplyResult>('POST', '/api/apply', { json: request })).data,
  estimate: async (request: ApplyRequest) => (await send<EstimateResult>('POST', '/api/estimate', { json: request })).data,

  qualityPreview: async (template: string, preset: PresetInput, inputs: JsonObject) =>
    (await send<QualityPreview>('POST', '/api/quality/preview', { json: { template, preset, inputs } })).data,

  listJobs: (query: JobQuery): Promise<ListPage<Job>> => listPage<Job>('/api/jobs', query),
  job: async (id: string) => (await send<Job>('GET', `/api/jobs/${encodeURIComponent(id)}`)).data,
  /** Queues a run of the request Apply shows; 409 when the template cannot run on this server. */
  submitJob: async (request: ApplyRequest) => (await send<Job>('POST', '/api/jobs', { json: request })).data,
  cancelJob: async (id: string) => (await send<Job>('POST', `/api/jobs/${encodeURIComponent(id)}/cancel`)).data,
  jobEventsUrl: (id: string) => `/api/jobs/${encodeURIComponent(id)}/events`,
  /** A text output's content (its `url` from the job). */
  outputText: (url: string) => sendForText(url),

  templates: async () => (await send<TemplateSummary[]>('GET', '/api/templates')).data,
  template: async (ref: string) => (await send<Template>('GET', `/api/templates/${encodeURIComponent(ref)}`)).data,

  listBatches: (query: { offset?: number; limit?: number }): Promise<ListPage<Batch>> => listPage<Batch>('/api/batches', query),
  batch: async (id: string) => (await send<Batch>('GET', `/api/batches/${encodeURIComponent(id)}`)).data,
  /** Queues every item in one go, or none (a 400 whose errors point at `/items/N/...`). */
  submitBatch: async (batch: NewBatch) => (await send<Batch>('POST', '/api/batches', { json: batch })).data,
  /** Cancels every item that has not finished. */
  cancelBatch: async (id: string) => (await send<Batch>('POST', `/api/batches/${encodeURIComponent(id)}/cancel`)).data,
  batchEventsUrl: (id: string) => `/api/batches/${encodeURIComponent(id)}/events`,

  startComparison: async (comparison: NewComparison) =>
    (await send<Comparison>('POST', '/api/comparisons', { json: comparison })).data,
  comparison: async (id: string) => (await send<Comparison>('GET', `/api/comparisons/${encodeURIComponent(id)}`)).data,
  /** The sample comparison of a template's current version; a 404 until someone has made it. Runs nothing. */
  samples: async (template: string) => (await send<Comparison>('GET', `/api/templates/${encodeURIComponent(template)}/samples`)).data,
  /** Makes the template's samples, or makes them again (the current ones while they still run). */
  makeSamples: async (template: string) =>
    (await send<Comparison>('POST', `/api/templates/${encodeURIComponent(template)}/samples`)).data,

  listStudies: (query: { offset?: number; limit?: number }): Promise<ListPage<StudySummary>> => listPage<StudySummary>('/api/studies', query),
  study: async (id: string) => (await send<Study>('GET', `/api/studies/${encodeURIComponent(id)}`)).data,
  /** Checks the whole specification first: a 400 whose errors point at `/objectives/0/metric`, `/space/crf/2`, ... */
  startStudy: async (study: NewStudy) => (await send<Study>('POST', '/api/studies', { json: study })).data,
  /** Cancels the pending trials and keeps the finished ones. */
  cancelStudy: async (id: string) => (await send<Study>('POST', `/api/studies/${encodeURIComponent(id)}/cancel`)).data,
  /** Saves a trial's point (the best without `trial`) as a parameter preset with one value per parameter. */
  saveStudyPreset: async (id: string, name: string, trial?: number) =>
    (await send<Preset>('POST', `/api/studies/${encodeURIComponent(id)}/presets`, { json: trial === undefined ? { name } : { name, trial } })).data,
  studyEventsUrl: (id: string) => `/api/studies/${encodeURIComponent(id)}/events`,
};

/** A paged list: the query's non-empty members as parameters, the total from X-Total-Count. */
async function listPage<T>(path: string, query: object): Promise<ListPage<T>> {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([key, value]) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  });
  const { data, headers } = await send<T[]>('GET', `${path}?${params}`);
  return { items: data, total: Number(headers.get('X-Total-Count') ?? data.length) };
}

/** The server sets the XSRF-TOKEN cookie on page loads and on /api/me; a first visit may not have one yet. */
async function ensureCsrfCookie(): Promise<void> {
  if (!document.cookie.includes('XSRF-TOKEN=')) {
    await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  }
}
