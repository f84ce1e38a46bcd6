import type { Batch, Comparison, Job, JobOutput, JobStatus } from '../../api/types';

/** Test documents in the shapes of docs/API.md (GET /api/comparisons/{id}, GET /api/batches/{id}). */

export function image(job: string): JobOutput {
  return { name: 'image.png', media_type: 'image/png', bytes: 20480, url: `/api/jobs/${job}/outputs/image.png` };
}

export function text(job: string, bytes = 40): JobOutput {
  return { name: 'text.txt', media_type: 'text/plain; charset=utf-8', bytes, url: `/api/jobs/${job}/outputs/text.txt` };
}

/** Four image levels: draft and standard done, high failed, ultra still running. */
export function imageComparison(): Comparison {
  return {
    comparison_id: 'c0ffee00-0000-4000-8000-000000000001',
    template_id: 'sd-image',
    inputs: { prompt: 'a lighthouse at dusk' },
    seed: 1234,
    batch: '/api/batches/c0ffee00-0000-4000-8000-000000000001',
    kind: 'comparison',
    results: {
      draft: { job_id: 'j-draft', status: 'succeeded', outputs: [image('j-draft')] },
      standard: { job_id: 'j-standard', status: 'succeeded', outputs: [image('j-standard')] },
      high: { job_id: 'j-high', status: 'failed', outputs: [], error: 'the worker ran out of memory' },
      ultra: { job_id: 'j-ultra', status: 'running', outputs: [] },
    },
    timings: { draft: 0.5, standard: 1.5, high: null, ultra: null },
    analysis: {
      time_ratios: { draft: 0.3333, standard: 1 },
      levels: [
        { level: 'draft', run_seconds: 0.5, cost: 0.0005, metrics: { psnr: 28.5 }, gain_per_second: { psnr: null } },
        { level: 'standard', run_seconds: 1.5, cost: 0.0015, metrics: { psnr: 31.25 }, gain_per_second: { psnr: 2.75 } },
        { level: 'high', run_seconds: null, cost: null, metrics: {}, gain_per_second: { psnr: null } },
        { level: 'ultra', run_seconds: null, cost: null, metrics: {}, gain_per_second: { psnr: null } },
      ],
    },
    metrics: [
      { name: 'psnr', unit: 'dB', better: 'higher', description: 'Peak signal-to-noise ratio against the reference' },
      { name: 'ssim', unit: '', better: 'higher', description: 'Structural similarity' },
    ],
  };
}

/** Two text levels, both done. */
export function textComparison(): Comparison {
  return {
    ...imageComparison(),
    template_id: 'text-gen',
    results: {
      draft: { job_id: 'j-d', status: 'succeeded', outputs: [text('j-d')] },
      high: { job_id: 'j-h', status: 'succeeded', outputs: [text('j-h')] },
    },
    timings: { draft: 1, high: 2 },
    analysis: {
      time_ratios: {},
      levels: [
        { level: 'draft', run_seconds: 1, cost: 0.001, metrics: { bits_per_char: 4.2 }, gain_per_second: { bits_per_char: null } },
        { level: 'high', run_seconds: 2, cost: 0.002, metrics: { bits_per_char: 3.9 }, gain_per_second: { bits_per_char: 0.3 } },
      ],
    },
    metrics: [{ name: 'bits_per_char', unit: 'bits/char', better: 'lower', description: 'Bits per character' }],
  };
}

export function job(id: string, status: JobStatus): Job {
  return {
    id, status, template: 'noop@1.0.0', quality: 'draft', level: 1, preset_ids: [], preset_revisions: [], inputs: {}, parameters: {},
    estimate: 0.01, estimate_low: null, estimate_high: null, estimate_source: null, work_units: null,
    progress: { status, stage: '', percent: 0, eta_seconds: null }, created_at: '2026-12-07T21:00:00Z', started_at: null,
    finished_at: null, queue_wait_seconds: null, run_seconds: status === 'succeeded' ? 0.01 : null, cpu_seconds: null,
    peak_memory_bytes: null, outputs: [], error: null, attempt: 1,
  };
}

export function batch(statuses: JobStatus[], overall: Batch['status'] = 'running'): Batch {
  const counts = { queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
  statuses.forEach((s) => counts[s]++);
  return {
    id: 'b0000000-0000-4000-8000-000000000001', name: 'nightly', kind: 'batch', created_at: '2026-12-07T21:00:00Z',
    items: statuses.length, counts, status: overall, estimate_seconds: 3, measured_seconds: 0.5,
    jobs: statuses.map((s, index) => ({ index, job: job(`00000000-0000-4000-8000-00000000000${index}`, s) })),
  };
}
