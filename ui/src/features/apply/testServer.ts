import type { Json, MergeResult, Preset, PresetFit, Template } from '../../api/types';

/** Image generation with the inputs the Apply tests tune. */
export const imageTemplate = {
  ref: 'sd-image@1.0.0', id: 'sd-image', version: '1.0.0', name: 'Image generation', description: '', category: 'image_generation',
  runtime: null, resources: { cpu: 1, memory: 1, gpu: 0, vram: 0 }, base_execution_time: 1, cost_per_second: 1, quality: {},
  inputs: {
    prompt: { type: 'string', required: true, max_length: 2000 },
    steps: { type: 'integer', required: false, default: 30, min: 1, max: 150 },
    sampler: { type: 'enum', required: false, default: 'euler', values: ['euler', 'ddim'] },
  },
} satisfies Template;

function preset(id: number, name: string, parameters: Record<string, Json[]>): Preset {
  return { id, slug: `p${id}`, kind: 'parameter', name, category: 'general', parameters } as Preset;
}

export const stepsPreset = preset(11, 'Steps', { steps: [20, 40] });
export const samplersPreset = preset(12, 'Samplers', { sampler: ['euler', 'ddim'] });
export const balancedPreset = preset(13, 'Balanced', { 'tp-size': [1, 2], 'mem-fraction-static': [0.85] });

const fits: Record<number, PresetFit> = {
  11: { id: 11, name: 'Steps', fits: true, summary: null, reasons: [] },
  12: { id: 12, name: 'Samplers', fits: true, summary: null, reasons: [] },
  13: { id: 13, name: 'Balanced', fits: false, summary: 'sets tp-size, mem-fraction-static, which Image generation does not have', reasons: [
    { code: 'unknown_parameter', source: 'Balanced', parameter: 'tp-size', message: "template sd-image@1.0.0 has no input 'tp-size'" },
    { code: 'unknown_parameter', source: 'Balanced', parameter: 'mem-fraction-static', message: "template sd-image@1.0.0 has no input 'mem-fraction-static'" },
  ] },
};

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

function merged(ids: number[]): MergeResult {
  const parameters: Record<string, Json[]> = {};
  ids.forEach((id) => Object.assign(parameters, [stepsPreset, samplersPreset, balancedPreset].find((p) => p.id === id)!.parameters));
  const grid = Object.values(parameters).reduce((n, v) => n * v.length, 1);
  return { parameters, applied_presets: ids.map((id) => fits[id].name), conflicts: [], grid_size: grid };
}

/** What the server answers the Apply page, with the resolution rules that matter here; the requests it was sent. */
export function applyServer(presets: Preset[] = [balancedPreset, samplersPreset, stepsPreset]) {
  const requests: { method: string; path: string; body?: unknown }[] = [];
  vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) => Promise.resolve(respond(path, init)));
  function respond(path: string, init: RequestInit): Response {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(init.body as string) as { preset_ids?: number[]; inputs?: Record<string, Json> } : undefined;
    requests.push({ method, path, body });
    if (path.startsWith('/api/templates/sd-image/presets/fit')) {
      const ids = new URLSearchParams(path.split('?')[1]).get('ids')!.split(',').map(Number);
      return answer(200, { template: 'sd-image@1.0.0', presets: ids.map((id) => fits[id]) });
    }
    if (path.startsWith('/api/templates/')) return answer(200, imageTemplate);
    if (path.startsWith('/api/templates')) return answer(200, [imageTemplate]);
    if (path.startsWith('/api/presets/merge')) return answer(200, merged(body!.preset_ids!));
    if (path.startsWith('/api/presets?kind=parameter')) return answer(200, presets);
    if (path === '/api/apply') return applied(body!.preset_ids ?? [], body!.inputs ?? {});
    if (path === '/api/estimate') return answer(400, { title: 'Bad request', status: 400, errors: [{ pointer: '/steps', message: 'later' }] });
    return answer(200, []);
  }
  return requests;
}

/** As core's Resolver: presets that do not fit are a 422; an open parameter a 400 at it; else the parameters. */
function applied(ids: number[], inputs: Record<string, Json>): Response {
  const unfit = ids.filter((id) => !fits[id].fits).flatMap((id) => fits[id].reasons);
  if (unfit.length > 0) {
    return answer(422, { title: 'Incompatible', status: 422, errors: unfit.map((r) => ({ pointer: `/${r.parameter}`, message: `${r.message} (from ${r.source})` })) });
  }
  const open = Object.entries(merged(ids).parameters).filter(([name, values]) => values.length > 1 && !(name in inputs));
  if (open.length > 0) {
    return answer(400, { title: 'Bad request', status: 400, errors: open.map(([name, values]) => ({
      pointer: `/${name}`, message: `the merged presets leave ${values.length} candidate values ${JSON.stringify(values)}; one run needs one: choose it in the inputs`,
    })) });
  }
  const single = Object.fromEntries(Object.entries(merged(ids).parameters).map(([name, [value]]) => [name, value]));
  return answer(200, {
    parameters: { prompt: '', steps: 30, sampler: 'euler', ...single, ...inputs, _quality_preset: { id: 'standard', name: 'Standard Quality', level: 2 } },
    provenance: {}, conflicts: [],
  });
}
