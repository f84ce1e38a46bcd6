import type { Job } from '../../api/types';

/** A finished image run as the API describes it, for tests; `over` replaces any member. */
export function aJob(over: Partial<Job> = {}): Job {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000001',
    status: 'succeeded',
    template: 'sd-image@1.0.0',
    quality: 'high',
    level: 3,
    preset_ids: [],
    preset_revisions: [],
    inputs: { prompt: 'a lighthouse at dusk' },
    parameters: { prompt: 'a lighthouse at dusk', steps: 40, seed: 1234 },
    estimate: 10,
    estimate_low: 8,
    estimate_high: 12,
    estimate_source: 'multipliers',
    work_units: null,
    progress: { status: 'succeeded', stage: 'succeeded', percent: 100, eta_seconds: null },
    created_at: '2026-12-07T20:00:00Z',
    started_at: '2026-12-07T20:00:01Z',
    finished_at: '2026-12-07T20:00:12Z',
    queue_wait_seconds: 1,
    run_seconds: 11,
    cpu_seconds: 10,
    peak_memory_bytes: 1048576,
    outputs: [{ name: 'image.png', media_type: 'image/png', bytes: 2048, url: '/api/jobs/6f1c/outputs/image.png' }],
    error: null,
    attempt: 1,
    ...over,
  };
}
