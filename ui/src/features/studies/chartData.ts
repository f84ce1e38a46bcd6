import type { Study } from '../../api/types';
import { significant } from '../../lib/format';
import { objectiveText } from './study';

export interface ScorePoint {
  trial: number;
  /** The first objective's score; null for a trial that failed or has not ended. */
  score: number | null;
  best: number | null;
}

export interface ObjectivePoint {
  trial: number;
  x: number;
  y: number;
}

/** Each trial's score and the best so far, in trial order (trials numbered from 1, as the table shows them). */
export function scoreSeries(study: Study): ScorePoint[] {
  return [...study.trials].sort((a, b) => a.index - b.index)
    .map((t) => ({ trial: t.index + 1, score: t.scores?.[0] ?? null, best: t.best_so_far }));
}

/** The score chart in words, for a screen reader. */
export function scoreSummary(study: Study): string {
  const points = scoreSeries(study);
  const scored = points.filter((p) => p.score !== null);
  if (scored.length === 0) return `No trial has a score yet (${objectiveText(study.objectives[0])}).`;
  const last = points[points.length - 1].best;
  const bestAt = study.best ? `, reached at trial ${study.best.index + 1}` : '';
  return `Score of ${objectiveText(study.objectives[0])} for ${scored.length} of ${points.length} trials; best so far ${last === null ? '—' : significant(last, 4)}${bestAt}.`;
}

/** The trials that succeeded placed by their two objectives' measured values: those on the Pareto front, and the others. */
export function objectiveSeries(study: Study): { front: ObjectivePoint[]; others: ObjectivePoint[] } {
  const front = new Set(study.pareto_front);
  const points = study.trials.flatMap((t) => {
    const [x, y] = t.objectives;
    return t.scores !== null && typeof x === 'number' && typeof y === 'number' ? [{ trial: t.index + 1, x, y, index: t.index }] : [];
  });
  const strip = ({ trial, x, y }: ObjectivePoint) => ({ trial, x, y });
  return {
    front: points.filter((p) => front.has(p.index)).sort((a, b) => a.x - b.x || a.y - b.y).map(strip),
    others: points.filter((p) => !front.has(p.index)).map(strip),
  };
}

/** The scatter in words: the front's trials with their two values. */
export function objectiveSummary(study: Study): string {
  const { front, others } = objectiveSeries(study);
  const [a, b] = study.objectives;
  const listed = front.map((p) => `trial ${p.trial}: ${a.metric} ${significant(p.x, 4)}, ${b.metric} ${significant(p.y, 4)}`).join('; ');
  return `${a.metric} against ${b.metric} for ${front.length + others.length} trials; the Pareto front has ${front.length}${listed ? `: ${listed}` : ''}.`;
}
