/** The shapes of Setpoint's HTTP API (docs/API.md), as the pages use them. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type PresetKind = 'parameter' | 'quality';
export type Visibility = 'private' | 'shared' | 'system';
export type MergeStrategy = 'union' | 'intersection' | 'last_wins';

export interface Preset {
  id: number;
  slug: string;
  kind: PresetKind;
  name: string;
  description?: string;
  category?: string;
  runtime?: string | null;
  parameters?: JsonObject;
  metadata?: JsonObject;
  level?: number;
  base_preset?: string;
  time_multiplier?: number;
  resource_multiplier?: number;
  cost_multiplier?: number;
  /** Quality presets: false for the four built-in levels, true for every other. */
  is_custom?: boolean;
  owner: string;
  visibility: Visibility;
  is_system: boolean;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** One value a quality preset's chain gives a parameter, the preset that set it, and the input type templates give it. */
export interface ResolvedSetting {
  value: Json;
  set_by: string;
  type?: InputType;
}

/** GET /api/presets/{id}/resolved: a quality preset as it applies, before any template. */
export interface ResolvedQuality {
  id: number;
  slug: string;
  level: number;
  /** The built-in level first, this preset last. */
  chain: { slug: string; name: string; is_custom: boolean }[];
  category: string | null;
  time_multiplier: number;
  resource_multiplier: number;
  cost_multiplier: number;
  resource_scaling: Record<string, number>;
  parameters: Record<string, Record<string, ResolvedSetting>>;
}

/** What create and update take: core's preset members plus visibility; null clears on update. */
export type PresetInput = { [key: string]: Json | undefined };

/** One page of a list, with the total the server counted (X-Total-Count). */
export interface ListPage<T> {
  items: T[];
  total: number;
}

export type PresetPage = ListPage<Preset>;

export interface PresetQuery {
  kind?: PresetKind;
  category?: string;
  q?: string;
  sort?: string;
  offset?: number;
  limit?: number;
}

export type ConflictReason = 'overridden' | 'no_common_values' | 'missing_from_preset';

export interface Conflict {
  parameter: string;
  reason: ConflictReason;
  preset: string;
  overridden_by?: string;
  previous_values: Json[];
  new_values: Json[];
  message: string;
}

export interface MergeResult {
  parameters: Record<string, Json[]>;
  applied_presets: string[];
  conflicts: Conflict[];
  grid_size: number;
}

/** One parameter preset judged against a template on its own (`GET /api/templates/{ref}/presets/fit`). */
export interface PresetFit {
  id: number;
  name: string;
  fits: boolean;
  /** Every reason it does not fit, in one sentence ("sets tp-size, which Image generation does not have"); null when it fits. */
  summary: string | null;
  reasons: { code: string; source: string; parameter: string; message: string }[];
}

export interface PresetFits {
  template: string;
  presets: PresetFit[];
}

export type InputType = 'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'array';

export interface InputSpec {
  type: InputType;
  required: boolean;
  default?: Json;
  min?: number;
  max?: number;
  min_length?: number;
  max_length?: number;
  multiple_of?: number;
  values?: Json[];
  items?: InputType;
  description?: string;
}

export interface TemplateSummary {
  ref: string;
  id: string;
  version: string;
  name: string;
  description: string;
  category: string;
  runtime: string | null;
}

export interface Resources {
  cpu: number;
  memory: number;
  gpu: number;
  vram: number;
}

export interface Template extends TemplateSummary {
  inputs: Record<string, InputSpec>;
  resources: Resources;
  base_execution_time: number;
  cost_per_second: number;
  quality: Record<string, JsonObject>;
}

export interface ApplyRequest {
  template: string;
  quality?: string;
  preset_ids?: number[];
  merge_strategy?: MergeStrategy;
  inputs?: JsonObject;
}

export interface SourceRef {
  layer: string;
  name: string;
  /** The source in words, as the CLI prints it: "your input", "quality level high". */
  description: string;
  value?: Json;
}

export interface RuleChange {
  rule: string;
  from: Json;
  to: Json;
  why: string;
}

export interface Provenance {
  value: Json;
  set_by: SourceRef;
  overrode: SourceRef[];
  rules: RuleChange[];
}

export type EstimateBasis = 'multipliers' | 'history';

export interface Estimate {
  expected_seconds: number;
  min_seconds: number;
  max_seconds: number;
  cost: number;
  resources: Resources;
  /** From a server that learns from its runs: the model the figures came from, and how many runs it read. */
  basis?: EstimateBasis;
  runs_used?: number;
}

export interface QualityMeta {
  id: string;
  name: string;
  level: number;
  estimated_time: number;
  estimated_cost: number;
}

export interface ApplyResult {
  parameters: JsonObject & { _quality_preset: QualityMeta };
  provenance: Record<string, Provenance>;
  conflicts: Conflict[];
  estimate: Estimate;
}

export interface EstimateResult extends Estimate {
  template: string;
  quality: string;
  level: number;
}

export interface ParameterDiff {
  parameter: string;
  base: Json | undefined;
  value: Json | undefined;
}

/** POST /api/quality/preview: an unsaved custom quality preset against its base. */
export interface QualityPreview {
  preset: { id: string; name: string; level: number; base: string };
  result: ApplyResult;
  base: ApplyResult;
  diff: ParameterDiff[];
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export const JOB_STATUSES: JobStatus[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];

/** Where a job is: a job's `progress`, and the data of each of its server-sent events. */
export interface JobProgress {
  status: JobStatus;
  stage: string;
  percent: number;
  eta_seconds: number | null;
}

export interface JobOutput {
  name: string;
  media_type: string;
  bytes: number;
  url: string;
}

export interface Job {
  id: string;
  status: JobStatus;
  template: string;
  quality: string;
  level: number;
  preset_ids: number[];
  preset_revisions: { id: number; slug: string; revision: number }[];
  inputs: JsonObject;
  parameters: JsonObject;
  estimate: number | null;
  estimate_low: number | null;
  estimate_high: number | null;
  estimate_source: string | null;
  work_units: number | null;
  progress: JobProgress;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  queue_wait_seconds: number | null;
  run_seconds: number | null;
  cpu_seconds: number | null;
  peak_memory_bytes: number | null;
  outputs: JobOutput[];
  error: string | null;
  attempt: number;
  /** Only on a single job, not in lists. */
  log?: string;
}

export interface JobQuery {
  status?: JobStatus;
  template?: string;
  offset?: number;
  limit?: number;
}

export interface Me {
  id: number;
  username: string;
  role: 'user' | 'admin';
  created_at: string;
}

export interface NewToken {
  id: number;
  name: string;
  token: string;
}

/*
 * Runs list (issue 21): what a run measured, the template's metrics, the job list's filters and sort.
 * Appended as declaration merges of Job, JobQuery and Template, so the branches of issue 21 only add here.
 */

/** A metric a template declares: what its runs measure, in which unit, and which way is better. */
export interface MetricSpec {
  name: string;
  unit: string;
  better: 'higher' | 'lower' | 'none';
  description: string;
}

export interface Template {
  /** What its runs measure, in the order the template declares them. */
  metrics?: MetricSpec[];
}

export interface Job {
  /** What the run measured, by the template's metric names; empty until it succeeds. */
  metrics?: Record<string, number>;
}

export type JobSort = 'created' | 'run_seconds' | 'metric';

export interface JobQuery {
  /** A quality level or custom quality preset, by slug. */
  quality?: string;
  /** A parameter preset merged into the run, by id. */
  preset?: number;
  batch?: string;
  /** The metric `min`/`max` bound and `sort=metric` sorts by. */
  metric?: string;
  min?: number;
  max?: number;
  sort?: JobSort;
  order?: 'asc' | 'desc';
}

/* Batches and comparisons (issue 21). */

export type BatchKind = 'batch' | 'comparison' | 'sample';
export type BatchStatus = 'running' | 'finished' | 'cancelled';
export type BatchCounts = Record<JobStatus, number>;

export interface BatchItem {
  index: number;
  job: Job;
}

/** GET /api/batches/{id}: the batch, its counts per status and each item's job. */
export interface Batch {
  id: string;
  name: string | null;
  kind: BatchKind;
  created_at: string;
  items: number;
  counts: BatchCounts;
  status: BatchStatus;
  estimate_seconds: number;
  measured_seconds: number;
  /** In item order; absent from list pages. */
  jobs?: BatchItem[];
  links?: Record<string, string>;
}

/** The data of a batch's `batch` server-sent event: sent on every change, the last when it is finished. */
export interface BatchEvent {
  id: string;
  counts: BatchCounts;
  status: BatchStatus;
  measured_seconds: number;
}

/** One item of POST /api/batches: a request as Apply sends it. */
export type BatchItemRequest = ApplyRequest;

export interface NewBatch {
  name?: string;
  items: BatchItemRequest[];
}

/** POST /api/comparisons: the same inputs, with one seed, at each level or quality preset. */
export interface NewComparison {
  template: string;
  inputs?: JsonObject;
  levels?: string[];
  quality_presets?: string[];
  preset_ids?: number[];
  seed?: number;
}

/** One level's run in a comparison. */
export interface ComparisonResult {
  job_id: string;
  status: JobStatus;
  outputs: JobOutput[];
  error?: string | null;
}

/** One level's figures: what it took and measured, and what it gained per extra second over the level below. */
export interface LevelAnalysis {
  level: string;
  run_seconds: number | null;
  cost: number | null;
  metrics: Record<string, number>;
  gain_per_second: Record<string, number | null>;
}

/** GET /api/comparisons/{id} and GET /api/templates/{id}/samples. */
export interface Comparison {
  comparison_id: string;
  template_id: string;
  /** What every level ran with (the seed among them). */
  inputs: JsonObject;
  /** Null for a template without a seed input. */
  seed: number | null;
  /** The link to the batch that runs the comparison (its id is the comparison's). */
  batch: string;
  /** A template's shared sample is no one's batch: its batch link answers 404. */
  kind: 'comparison' | 'sample';
  results: Record<string, ComparisonResult>;
  timings: Record<string, number | null>;
  analysis: {
    /** Against standard; absent when standard has no timing. */
    time_ratios: Record<string, number>;
    levels: LevelAnalysis[];
  };
  metrics: MetricSpec[];
}

/* Tuning studies (issue 22): POST /api/studies and the study document (docs/API.md). */

export type StudyStatus = 'running' | 'finished' | 'cancelled' | 'failed';
export type Direction = 'maximize' | 'minimize';
export type StudyStrategy = 'grid' | 'random' | 'bayes';
export type ConstraintOp = '<=' | '<' | '>=' | '>';
export type TrialStatus = JobStatus;

/** What a study maximizes or minimizes: a metric the template declares, or `run_seconds` or `cost`. */
export interface StudyObjective {
  metric: string;
  direction: Direction;
}

/** An SLO on a metric: a hard one fails the trial, a soft one adds `weight * exp(violation_ratio / steepness)`. */
export interface StudyConstraint {
  metric: string;
  op: ConstraintOp;
  value: number;
  hard?: boolean;
  weight?: number;
  steepness?: number;
}

export interface StudyBudget {
  max_trials?: number;
  max_seconds?: number | null;
  parallelism?: number;
}

/** POST /api/studies. */
export interface NewStudy {
  name?: string;
  template: string;
  quality?: string;
  preset_ids: number[];
  merge_strategy?: MergeStrategy;
  inputs?: JsonObject;
  objectives: StudyObjective[];
  constraints?: StudyConstraint[];
  strategy?: StudyStrategy;
  seed?: number;
  budget?: StudyBudget;
}

export interface StudyProgress {
  trials: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  max_trials: number;
  elapsed_seconds: number;
}

/** A constraint a trial broke, and the value it measured. */
export interface Violation {
  constraint: string;
  value: number;
  hard: boolean;
  /** What a soft constraint added; 0 for a hard one. */
  penalty?: number;
}

/** One point of the space run as a job, with what it measured and how it scored. */
export interface Trial {
  index: number;
  point: JsonObject;
  job_id: string | null;
  status: TrialStatus;
  reason: string | null;
  run_seconds: number | null;
  cost: number | null;
  metrics: Record<string, number>;
  /** The objectives' measured values, in the study's order. */
  objectives: (number | null)[];
  penalty: number;
  /** The objectives with the soft constraints' penalties; null for a trial that failed (it never wins). */
  scores: number[] | null;
  violations: Violation[];
  /** The best score of the trials up to this one; null before the first that succeeded. */
  best_so_far: number | null;
}

/** How much the first objective varied with one parameter: its mean for each value. */
export interface ParameterEffect {
  parameter: string;
  range: number;
  values: { value: Json; mean: number | null; trials: number }[];
}

/** GET /api/studies/{id}, the 201 of POST /api/studies and the data of each `study` server-sent event. */
export interface Study {
  id: string;
  name: string | null;
  status: StudyStatus;
  reason: string | null;
  created_at: string;
  finished_at: string | null;
  /** Pinned to its version: `ffmpeg-video@1.1.0`. */
  template: string;
  quality: string;
  preset_ids: number[];
  merge_strategy: MergeStrategy;
  inputs: JsonObject;
  space: Record<string, Json[]>;
  grid_size: number;
  objectives: StudyObjective[];
  constraints: StudyConstraint[];
  strategy: StudyStrategy;
  seed: number;
  budget: StudyBudget;
  warnings: string[];
  progress: StudyProgress;
  best: Trial | null;
  pareto_front: number[];
  effects: ParameterEffect[];
  trials: Trial[];
}

/** One study of GET /api/studies. */
export interface StudySummary {
  id: string;
  name: string | null;
  status: StudyStatus;
  template: string;
  strategy: StudyStrategy;
  objectives: StudyObjective[];
  progress: StudyProgress;
  best_score: number | null;
  created_at: string;
}
