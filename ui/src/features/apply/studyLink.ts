import type { ApplyRequest } from '../../api/types';

/**
 * The Studies page's new-study form for a request as Apply holds it: its template, quality, presets
 * (in merge order), merge strategy and the form's explicit inputs, which stay fixed in every trial.
 */
export function studyLink(request: ApplyRequest): string {
  const params = new URLSearchParams({ template: request.template, quality: request.quality ?? 'standard' });
  params.set('presets', (request.preset_ids ?? []).join(','));
  params.set('merge_strategy', request.merge_strategy ?? 'union');
  params.set('inputs', JSON.stringify(request.inputs ?? {}));
  return `/studies/new?${params}`;
}
