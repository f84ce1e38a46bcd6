import { ApiError } from '../../api/http';
import { gridStudy, trial, twoObjectiveStudy } from './fixtures';
import { seedText } from './StudyPage';
import { applyLinkFor, defaultTrial, measured, sortTrials, studyMetrics, studyProblems } from './study';

const order = (trials: { index: number }[]) => trials.map((t) => t.index);

describe('sortTrials', () => {
  const trials = gridStudy().trials;

  it('sorts by a score either way, trials without one (failed, running) last both times', () => {
    expect(order(sortTrials(trials, { kind: 'score', objective: 0 }, 'desc'))).toEqual([2, 0, 1, 3]);
    expect(order(sortTrials(trials, { kind: 'score', objective: 0 }, 'asc'))).toEqual([0, 2, 1, 3]);
  });

  it('sorts a parameter by value, numbers as numbers and text as text, ties in trial order', () => {
    const mixed = [trial(0, 100, 'slow', 0.9), trial(1, 9, 'fast', 0.8), trial(2, 20, 'medium', 0.7)];
    expect(order(sortTrials(mixed, { kind: 'parameter', name: 'crf' }, 'asc'))).toEqual([1, 2, 0]);
    expect(order(sortTrials(mixed, { kind: 'parameter', name: 'x264_preset' }, 'desc'))).toEqual([0, 2, 1]);
    expect(order(sortTrials(trials, { kind: 'parameter', name: 'crf' }, 'desc'))).toEqual([2, 3, 0, 1]);
  });

  it('sorts by status and by a metric', () => {
    expect(order(sortTrials(trials, { kind: 'status' }, 'asc'))).toEqual([1, 3, 0, 2]);
    expect(order(sortTrials(trials, { kind: 'metric', name: 'bytes' }, 'asc'))).toEqual([2, 0, 1, 3]);
    expect(order(sortTrials(trials, { kind: 'run_seconds' }, 'desc'))).toEqual([2, 0, 1, 3]);
  });
});

describe('studyProblems', () => {
  const refusal = new ApiError({
    title: 'Bad study', status: 400, errors: [
      { pointer: '/objectives/0/metric', message: "unknown metric 'vmaf': ffmpeg-video reports ssim, bytes" },
      { pointer: '/constraints/1/metric', message: 'not reported by e2e-image' },
      { pointer: '/space/crf/2', message: '99 is above the maximum 51' },
      { pointer: '/budget/max_trials', message: 'must be at least 1' },
      { message: 'something else' },
    ],
  });

  it('places each problem with the part of the form its pointer names', () => {
    const { byPart, general } = studyProblems(refusal);
    // A message that names the member already is not prefixed with it again.
    expect(byPart['objectives/0']).toEqual(["unknown metric 'vmaf': ffmpeg-video reports ssim, bytes"]);
    expect(byPart['constraints/1']).toEqual(['metric: not reported by e2e-image']);
    expect(byPart.space).toEqual(['crf › 2: 99 is above the maximum 51']);
    expect(byPart['budget/max_trials']).toEqual(['must be at least 1']);
    expect(general).toEqual(['something else']);
  });

  it('has nothing without an error, and the detail of a refusal without errors', () => {
    expect(studyProblems(undefined)).toEqual({ byPart: {}, general: [] });
    expect(studyProblems(new ApiError({ title: 'Conflict', status: 409, detail: 'cannot run here', errors: [] })).general).toEqual(['cannot run here']);
  });
});

describe('a study and its trials', () => {
  it('opens Apply with the point as inputs, or with the saved preset and the fixed inputs', () => {
    const study = gridStudy();
    const best = study.trials[2];
    const point = new URL(applyLinkFor(study, best), 'http://x');
    expect(point.pathname).toBe('/apply');
    expect(point.searchParams.get('template')).toBe('ffmpeg-video');
    expect(point.searchParams.get('quality')).toBe('draft');
    expect(JSON.parse(point.searchParams.get('inputs')!)).toEqual({ duration: 2, crf: 28, x264_preset: 'fast' });
    expect(point.searchParams.has('presets')).toBe(false);
    const saved = new URL(applyLinkFor(study, best, 17), 'http://x');
    expect(saved.searchParams.get('presets')).toBe('17');
    expect(JSON.parse(saved.searchParams.get('inputs')!)).toEqual({ duration: 2 });
  });

  it('acts on the best trial, or with two objectives on the first of the front', () => {
    expect(defaultTrial(gridStudy())).toBe(2);
    expect(defaultTrial(twoObjectiveStudy())).toBe(0);
  });

  it('offers the template metrics and every job measurement, and reads either from a trial', () => {
    expect(studyMetrics({ metrics: [{ name: 'psnr', unit: 'dB', better: 'higher', description: '' }] }).map((m) => m.name))
      .toEqual(['psnr', 'run_seconds', 'cost']);
    const t = gridStudy().trials[0];
    expect([measured(t, 'ssim'), measured(t, 'run_seconds'), measured(t, 'cost')]).toEqual([0.95, 1, 0.001]);
  });
});

describe('seedText', () => {
  it('shows a seed a double holds exactly as it is, and says a larger one is rounded', () => {
    expect(seedText(42)).toBe('42');
    expect(seedText(7433770138465294000)).toBe('about 7.43377e+18 (too large to show exactly here; setpoint studies show prints it)');
  });
});
