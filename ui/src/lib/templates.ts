import type { JsonObject, Template, TemplateSummary } from '../api/types';

/** The latest version of each template id (the list has every version), by name. */
export function latestTemplates(all: TemplateSummary[]): TemplateSummary[] {
  const latest = new Map<string, TemplateSummary>();
  all.forEach((t) => {
    const seen = latest.get(t.id);
    if (!seen || compareVersions(t.version, seen.version) > 0) latest.set(t.id, t);
  });
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number(p) || 0);
  const pb = b.split(/[.-]/).map((p) => Number(p) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Inputs that let a comparison run: each required string gets a sample text. */
export function sampleInputs(template: Template): JsonObject {
  const inputs: JsonObject = {};
  Object.entries(template.inputs).forEach(([name, spec]) => {
    if (spec.required && spec.default === undefined && spec.type === 'string') inputs[name] = 'a lighthouse at dusk';
  });
  return inputs;
}

export const LEVELS = ['draft', 'standard', 'high', 'ultra'] as const;

export const FUNCTION_TYPES = ['image_generation', 'video_generation', 'audio_generation', 'text_generation'] as const;

export function humanize(id: string): string {
  const text = id.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
