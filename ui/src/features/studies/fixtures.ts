import type { MetricSpec, Study, StudySummary, Template, Trial } from '../../api/types';

/** Test documents in the shapes of the API (contract section 3): GET /api/studies/{id}, GET /api/studies. */

export const STUDY_ID = '5d000000-0000-4000-8000-000000000001';

export const METRICS: MetricSpec[] = [
  { name: 'ssim', unit: '', better: 'higher', description: 'Structural similarity' },
  { name: 'bytes', unit: 'bytes', better: 'lower', description: 'File size' },
];

export function videoTemplate(): Template {
  return {
    ref: 'ffmpeg-video@1.1.0', id: 'ffmpeg-video', version: '1.1.0', name: 'Video (ffmpeg)', description: '', category: 'video_generation',
    runtime: null, resources: { cpu: 1, memory: 1, gpu: 0, vram: 0 }, base_execution_time: 1, cost_per_second: 0.001, quality: {},
    inputs: {
      crf: { type: 'integer', required: false, default: 23, min: 0, max: 51 },
      x264_preset: { type: 'enum', required: false, default: 'medium', values: ['fast', 'medium', 'slow'] },
    },
    metrics: METRICS,
  };
}

export function trial(index: number, crf: number, preset: string, ssim: number | null, options: Partial<Trial> = {}): Trial {
  const succeeded = ssim !== null;
  return {
    index,
    point: { crf, x264_preset: preset },
    job_id: `00000000-0000-4000-8000-00000000010${index}`,
    status: succeeded ? 'succeeded' : 'failed',
    reason: succeeded ? null : 'ffmpeg exited with status 1',
    run_seconds: succeeded ? 1 + index / 4 : null,
    cost: succeeded ? 0.001 * (1 + index / 4) : null,
    metrics: succeeded ? { ssim, bytes: 90000 - crf * 1000 } : {},
    objectives: succeeded ? [ssim] : [null],
    penalty: 0,
    scores: succeeded ? [ssim] : null,
    violations: [],
    best_so_far: null,
    ...options,
  };
}

/** A grid of 2 × 2 with one objective (max ssim): trial 1 failed, 2 is the best, 3 still running. */
export function gridStudy(status: Study['status'] = 'running'): Study {
  const trials = [
    trial(0, 18, 'fast', 0.95, { best_so_far: 0.95 }),
    trial(1, 18, 'slow', null, { best_so_far: 0.95 }),
    trial(2, 28, 'fast', 0.97, { best_so_far: 0.97, penalty: 0.01, violations: [{ constraint: 'run_seconds <= 1.2', value: 1.5, hard: false }] }),
    trial(3, 28, 'slow', null, { status: 'running', reason: null, best_so_far: 0.97 }),
  ];
  return {
    id: STUDY_ID, name: 'x264 speed', status, reason: null, created_at: '2026-12-08T00:30:00Z', finished_at: null,
    template: 'ffmpeg-video@1.1.0', quality: 'draft', preset_ids: [9], merge_strategy: 'union', inputs: { duration: 2 },
    space: { crf: [18, 28], x264_preset: ['fast', 'slow'] }, grid_size: 4,
    objectives: [{ metric: 'ssim', direction: 'maximize' }],
    constraints: [{ metric: 'run_seconds', op: '<=', value: 1.2, hard: false, weight: 1, steepness: 0.1 }],
    strategy: 'grid', seed: 42, budget: { max_trials: 4, max_seconds: null, parallelism: 1 },
    warnings: [],
    progress: { trials: 4, queued: 0, running: 1, succeeded: 2, failed: 1, cancelled: 0, max_trials: 4, elapsed_seconds: 6.5 },
    best: trials[2], pareto_front: [],
    effects: [
      { parameter: 'crf', range: 0.02, values: [{ value: 18, mean: 0.95, trials: 1 }, { value: 28, mean: 0.97, trials: 1 }] },
      { parameter: 'x264_preset', range: 0, values: [{ value: 'fast', mean: 0.96, trials: 2 }, { value: 'slow', mean: null, trials: 0 }] },
    ],
    trials,
  };
}

/** Two objectives (max ssim, min bytes): trials 0 and 2 make the front. */
export function twoObjectiveStudy(): Study {
  const study = gridStudy('finished');
  const trials = study.trials.map((t) => (t.status === 'succeeded'
    ? { ...t, objectives: [t.metrics.ssim, t.metrics.bytes], scores: [t.metrics.ssim, t.metrics.bytes] }
    : { ...t, status: 'failed' as const, reason: t.reason ?? 'the worker ran out of memory', objectives: [null, null] }));
  return {
    ...study, objectives: [{ metric: 'ssim', direction: 'maximize' }, { metric: 'bytes', direction: 'minimize' }],
    trials, best: null, pareto_front: [0, 2], finished_at: '2026-12-08T00:31:00Z',
  };
}

export function summary(study: Study, bestScore: number | null): StudySummary {
  return {
    id: study.id, name: study.name, status: study.status, template: study.template, strategy: study.strategy,
    objectives: study.objectives, progress: study.progress, best_score: bestScore, created_at: study.created_at,
  };
}
