import { ApiError, type FieldError } from '../../api/http';
import type { Json, JsonObject, MetricSpec, Study, StudyObjective, Template, Trial } from '../../api/types';
import { formatValue } from '../../lib/format';
import { templateId } from '../../lib/runLinks';

/** The measurements every job has besides its template's metrics. */
export const JOB_MEASURES: MetricSpec[] = [
  { name: 'run_seconds', unit: 's', better: 'lower', description: 'Measured run time' },
  { name: 'cost', unit: 'cost units', better: 'lower', description: "The job's cost: run time × the template's cost per second" },
];

/** What a study may optimise or constrain: the template's declared metrics, then run_seconds and cost. */
export function studyMetrics(template: Pick<Template, 'metrics'> | undefined): MetricSpec[] {
  return [...(template?.metrics ?? []), ...JOB_MEASURES];
}

/** "max ssim", as the CLI's --objective takes it. */
export function objectiveText(objective: StudyObjective): string {
  return `${objective.direction === 'maximize' ? 'max' : 'min'} ${objective.metric}`;
}

/** A trial's measured value of a metric: its template metrics, or its run time or cost. */
export function measured(trial: Trial, metric: string): number | null {
  if (metric === 'run_seconds') return trial.run_seconds;
  if (metric === 'cost') return trial.cost;
  return trial.metrics[metric] ?? null;
}

/** The trial a study's actions use by default: its best, or with two objectives the first of its front. */
export function defaultTrial(study: Study): number | undefined {
  return study.best?.index ?? study.pareto_front[0];
}

/** The Apply page filled in with a trial: the new preset when it was saved as one, else its point as inputs. */
export function applyLinkFor(study: Study, trial: Trial, presetId?: number): string {
  const params = new URLSearchParams({ template: templateId(study.template), quality: study.quality });
  if (presetId !== undefined) {
    params.set('presets', String(presetId));
    if (Object.keys(study.inputs).length > 0) params.set('inputs', JSON.stringify(study.inputs));
  } else {
    params.set('inputs', JSON.stringify({ ...study.inputs, ...trial.point }));
  }
  return `/apply?${params.toString()}`;
}

/** A column of the trial table a person can sort by. */
export type TrialColumn =
  | { kind: 'index' | 'status' | 'run_seconds' | 'cost' | 'penalty' }
  | { kind: 'parameter' | 'metric'; name: string }
  | { kind: 'score'; objective: number };

export function columnKey(column: TrialColumn): string {
  if (column.kind === 'parameter' || column.kind === 'metric') return `${column.kind}:${column.name}`;
  if (column.kind === 'score') return `score:${column.objective}`;
  return column.kind;
}

function cellValue(trial: Trial, column: TrialColumn): Json | undefined {
  switch (column.kind) {
    case 'index': return trial.index;
    case 'status': return trial.status;
    case 'run_seconds': return trial.run_seconds;
    case 'cost': return trial.cost;
    case 'penalty': return trial.penalty;
    case 'parameter': return trial.point[column.name];
    case 'metric': return trial.metrics[column.name] ?? null;
    case 'score': return trial.scores?.[column.objective] ?? null;
  }
}

/** Numbers by value, anything else by its text; a missing value sorts last whichever way. */
function compareValues(a: Json | undefined, b: Json | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return formatValue(a).localeCompare(formatValue(b), undefined, { numeric: true });
}

const missing = (v: Json | undefined) => v === null || v === undefined;

/** The trials sorted by a column, ties in trial order; trials without a value stay at the end. */
export function sortTrials(trials: Trial[], column: TrialColumn, order: 'asc' | 'desc'): Trial[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...trials].sort((x, y) => {
    const a = cellValue(x, column);
    const b = cellValue(y, column);
    if (missing(a) || missing(b)) return missing(a) === missing(b) ? x.index - y.index : missing(a) ? 1 : -1;
    return sign * compareValues(a, b) || x.index - y.index;
  });
}

/** Every metric some trial measured, in the template's order, then undeclared ones. */
export function trialMetrics(trials: Trial[], declared: MetricSpec[]): MetricSpec[] {
  const seen = new Set(trials.flatMap((t) => Object.keys(t.metrics)));
  return [
    ...declared.filter((m) => seen.has(m.name)),
    ...[...seen].filter((n) => !declared.some((m) => m.name === n)).map((name): MetricSpec => ({ name, unit: '', better: 'none', description: '' })),
  ];
}

/**
 * A refused study's problems by the part of the form they are about: `objectives/0`,
 * `constraints/1`, `budget/max_trials`, or the first segment of the pointer (`template`, `inputs`,
 * `space`, ...); problems without a pointer go to `general`.
 */
export function studyProblems(error: unknown): { byPart: Record<string, string[]>; general: string[] } {
  const out = { byPart: {} as Record<string, string[]>, general: [] as string[] };
  if (!error) return out;
  if (!(error instanceof ApiError)) return { byPart: {}, general: [error instanceof Error ? error.message : JSON.stringify(error)] };
  const errors: FieldError[] = error.problem.errors ?? [];
  if (errors.length === 0) return { byPart: {}, general: [error.message] };
  errors.forEach((e) => {
    const segments = (e.pointer ?? '').split('/').filter((s) => s !== '');
    const deep = ['objectives', 'constraints', 'budget'].includes(segments[0]) && segments.length > 1;
    const part = deep ? `${segments[0]}/${segments[1]}` : segments[0] ?? e.field;
    if (!part) {
      out.general.push(e.message);
      return;
    }
    const rest = segments.slice(deep ? 2 : 1).join(' › ');
    (out.byPart[part] ??= []).push(rest && !e.message.includes(rest) ? `${rest}: ${e.message}` : e.message);
  });
  return out;
}

/** A point in words: "crf 23, preset \"fast\"". */
export function pointText(point: JsonObject): string {
  return Object.entries(point).map(([name, value]) => `${name} ${formatValue(value)}`).join(', ');
}
