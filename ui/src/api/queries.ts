import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ApplyRequest, PresetQuery } from './types';

/** Query keys in one place, so a write can invalidate exactly what it changed. */
export const keys = {
  me: ['me'] as const,
  presets: ['presets'] as const,
  presetList: (query: PresetQuery) => ['presets', 'list', query] as const,
  categories: ['presets', 'categories'] as const,
  templates: ['templates'] as const,
  template: (ref: string) => ['templates', ref] as const,
  merge: (ids: number[], strategy: string) => ['merge', ids, strategy] as const,
  apply: (request: ApplyRequest) => ['apply', request] as const,
  qualityPreview: (template: string, preset: unknown) => ['quality-preview', template, preset] as const,
  estimate: (request: ApplyRequest) => ['estimate', request] as const,
};

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
