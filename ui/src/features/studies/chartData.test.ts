import { gridStudy, twoObjectiveStudy } from './fixtures';
import { objectiveSeries, objectiveSummary, scoreSeries, scoreSummary } from './chartData';

describe('chart data', () => {
  it('puts each trial score and the best so far in trial order, failed and running trials without a score', () => {
    expect(scoreSeries(gridStudy())).toEqual([
      { trial: 1, score: 0.95, best: 0.95 },
      { trial: 2, score: null, best: 0.95 },
      { trial: 3, score: 0.97, best: 0.97 },
      { trial: 4, score: null, best: 0.97 },
    ]);
    expect(scoreSummary(gridStudy())).toBe('Score of max ssim for 2 of 4 trials; best so far 0.97, reached at trial 3.');
  });

  it('says so when no trial has a score yet', () => {
    const study = { ...gridStudy(), trials: [], best: null };
    expect(scoreSummary(study)).toBe('No trial has a score yet (max ssim).');
  });

  it('places the trials that succeeded by their two objectives, the front apart and in order of the first', () => {
    const { front, others } = objectiveSeries(twoObjectiveStudy());
    expect(front).toEqual([{ trial: 1, x: 0.95, y: 72000 }, { trial: 3, x: 0.97, y: 62000 }]);
    expect(others).toEqual([]);
    expect(objectiveSummary(twoObjectiveStudy()))
      .toBe('ssim against bytes for 2 trials; the Pareto front has 2: trial 1: ssim 0.95, bytes 72000; trial 3: ssim 0.97, bytes 62000.');
  });
});
