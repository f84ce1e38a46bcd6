import type { ApplyRequest, Job, JsonObject } from '../api/types';

/** The input that names a run's seed (core's Seeds.INPUT). */
const SEED = 'seed';

/** A template reference without its version: `sd-image@1.2.0` is `sd-image`. */
export function templateId(ref: string): string {
  const at = ref.indexOf('@');
  return at < 0 ? ref : ref.slice(0, at);
}

/**
 * A run's inputs with the seed it ran with: a seed drawn at submission (-1, "pick one") is in its
 * parameters only, and running it again means giving that seed as an input.
 */
export function inputsWithSeed(job: Pick<Job, 'inputs' | 'parameters'>): JsonObject {
  const seed = job.parameters[SEED];
  return typeof seed === 'number' ? { ...job.inputs, [SEED]: seed } : { ...job.inputs };
}

/** What "Run again" submits: the same template version, quality, presets, inputs and seed. */
export function rerunRequest(job: Job): ApplyRequest {
  return { template: job.template, quality: job.quality, preset_ids: job.preset_ids, inputs: inputsWithSeed(job) };
}

/** The Apply page filled in with a run's template, quality, presets and inputs (the seed kept). */
export function applyLink(job: Job): string {
  const params = new URLSearchParams({ template: templateId(job.template), quality: job.quality });
  if (job.preset_ids.length > 0) params.set('presets', job.preset_ids.join(','));
  params.set('inputs', JSON.stringify(inputsWithSeed(job)));
  return `/apply?${params.toString()}`;
}

/** The Compare page started with a run's template and inputs (the seed kept, so every level draws the same). */
export function compareLink(job: Job): string {
  const params = new URLSearchParams({ template: templateId(job.template), inputs: JSON.stringify(inputsWithSeed(job)) });
  return `/compare?${params.toString()}`;
}

/** What an Apply link asks the form to show; absent parts keep what the form had. */
export interface ApplyPrefill {
  template: string;
  quality?: string;
  presetIds?: number[];
  inputs?: JsonObject;
}

/**
 * Reads `?template=&quality=&presets=1,2&inputs=<JSON object>`; null without a template. A part
 * that does not parse (inputs that are not a JSON object, a preset id that is not a positive whole
 * number) is left out rather than guessed at: the form then shows what it would have anyway.
 */
export function readApplyLink(params: URLSearchParams): ApplyPrefill | null {
  const template = params.get('template')?.trim();
  if (!template) return null;
  const prefill: ApplyPrefill = { template };
  const quality = params.get('quality')?.trim();
  if (quality) prefill.quality = quality;
  const presets = params.get('presets');
  if (presets !== null) {
    prefill.presetIds = presets.split(',').map((p) => p.trim()).filter((p) => /^[1-9][0-9]{0,15}$/.test(p)).map(Number);
  }
  const inputs = parseObject(params.get('inputs'));
  if (inputs) prefill.inputs = inputs;
  return prefill;
}

function parseObject(text: string | null): JsonObject | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}
