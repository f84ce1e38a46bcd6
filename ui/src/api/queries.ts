import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { anyActive, isActive } from '../lib/jobs';
import type { ApplyRequest, JobQuery, MergeStrategy, PresetQuery } from './types';

/** Query keys in one place, so a write can invalidate exactly what it changed. */
export const keys = {
  me: ['me'] as const,
  presets: ['presets'] as const,
  presetList: (query: PresetQuery) => ['presets', 'list', query] as const,
  preset: (id: number) => ['presets', 'one', id] as const,
  resolvedPreset: (id: number) => ['presets', 'resolved', id] as const,
  categories: ['presets', 'categories'] as const,
  templates: ['templates'] as const,
  template: (ref: string) => ['templates', ref] as const,
  merge: (ids: number[], strategy: string) => ['merge', ids, strategy] as const,
  presetFit: (template: string, ids: number[]) => ['presets', 'fit', template, ids] as const,
  apply: (request: ApplyRequest) => ['apply', request] as const,
  qualityPreview: (template: string, preset: unknown) => ['quality-preview', template, preset] as const,
  estimate: (request: ApplyRequest) => ['estimate', request] as const,
  jobs: ['jobs'] as const,
  jobList: (query: JobQuery) => ['jobs', 'list', query] as const,
  job: (id: string) => ['jobs', 'one', id] as const,
  output: (url: string) => ['output', url] as const,
  batches: ['batches'] as const,
  batchList: (offset: number, limit: number) => ['batches', 'list', offset, limit] as const,
  batch: (id: string) => ['batches', 'one', id] as const,
  comparison: (id: string) => ['comparisons', id] as const,
  samples: (template: string) => ['samples', template] as const,
  studies: ['studies'] as const,
  studyList: (offset: number, limit: number) => ['studies', 'list', offset, limit] as const,
  study: (id: string) => ['studies', 'one', id] as const,
};

/**
 * Re-reads every query under `key` after a write. A query's first read may still be in flight,
 * begun before the write was committed; a refetch would join that read instead of starting one,
 * so in-flight reads are cancelled first.
 */
export async function refreshAfterWrite(queries: QueryClient, key: readonly unknown[]): Promise<void> {
  await queries.cancelQueries({ queryKey: key });
  await queries.invalidateQueries({ queryKey: key });
}

/** How often a page re-reads a job that is still queued or running without its event stream. */
export const POLL_MILLIS = 1500;

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: api.me, retry: false, staleTime: 60_000 });
}

export function usePresetList(query: PresetQuery) {
  return useQuery({ queryKey: keys.presetList(query), queryFn: () => api.listPresets(query), placeholderData: keepPreviousData });
}

/** Every preset of one kind the user can see (the server's page limit is 200). */
export function useAllPresets(kind: 'parameter' | 'quality') {
  return useQuery({
    queryKey: keys.presetList({ kind, sort: 'name', limit: 200 }),
    queryFn: () => api.listPresets({ kind, sort: 'name', limit: 200 }),
    select: (page) => page.items,
  });
}

/** The merged search space of the presets, in order; nothing is asked for no preset. */
export function useMerge(ids: number[], strategy: MergeStrategy) {
  return useQuery({ queryKey: keys.merge(ids, strategy), queryFn: () => api.merge(ids, strategy), enabled: ids.length > 0 });
}

/** Which of the presets fit the template, each on its own; nothing is asked for no preset. */
export function usePresetFit(template: string, ids: number[]) {
  return useQuery({
    queryKey: keys.presetFit(template, ids),
    queryFn: () => api.presetFit(template, ids),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function usePreset(id: number) {
  return useQuery({ queryKey: keys.preset(id), queryFn: () => api.preset(id) });
}

/** A quality preset's chain and resolved values; not asked for a parameter preset. */
export function useResolvedPreset(id: number, enabled: boolean) {
  return useQuery({ queryKey: keys.resolvedPreset(id), queryFn: () => api.resolvedPreset(id), enabled });
}

export function useCategories() {
  return useQuery({ queryKey: keys.categories, queryFn: api.categories });
}

export function useTemplates() {
  return useQuery({ queryKey: keys.templates, queryFn: api.templates, staleTime: 30_000 });
}

export function useTemplate(ref: string | undefined) {
  return useQuery({
    queryKey: keys.template(ref ?? ''),
    queryFn: () => api.template(ref!),
    enabled: !!ref,
    staleTime: 30_000,
  });
}

export function useEstimate(request: ApplyRequest | undefined) {
  return useQuery({
    queryKey: keys.estimate(request ?? { template: '' }),
    queryFn: () => api.estimate(request!),
    enabled: !!request,
    placeholderData: keepPreviousData,
  });
}

/** The user's jobs; re-read while any of them is queued or running. */
export function useJobList(query: JobQuery) {
  return useQuery({
    queryKey: keys.jobList(query),
    queryFn: () => api.listJobs(query),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (anyActive(q.state.data?.items) ? POLL_MILLIS * 2 : false),
  });
}

/** One job; `poll` re-reads it while it is active (when its event stream is not there to say it changed). */
export function useJob(id: string, poll: boolean) {
  return useQuery({
    queryKey: keys.job(id),
    queryFn: () => api.job(id),
    refetchInterval: (q) => (poll && q.state.data && isActive(q.state.data.status) ? POLL_MILLIS : false),
  });
}

/** A text output's content. */
export function useOutputText(url: string, enabled: boolean) {
  return useQuery({ queryKey: keys.output(url), queryFn: () => api.outputText(url), enabled, staleTime: Infinity });
}
