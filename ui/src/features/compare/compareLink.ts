import type { ApplyRequest } from '../../api/types';

/** The Compare page's start form for a request as Apply holds it: its template, quality, presets and inputs. */
export function compareLink(request: ApplyRequest): string {
  const params = new URLSearchParams({ template: request.template });
  if (request.quality) params.set('quality', request.quality);
  if (request.preset_ids && request.preset_ids.length > 0) params.set('presets', request.preset_ids.join(','));
  params.set('inputs', JSON.stringify(request.inputs ?? {}));
  return `/compare?${params}`;
}
