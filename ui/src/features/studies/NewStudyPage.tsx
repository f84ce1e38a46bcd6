import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { keys, refreshAfterWrite, useMerge, useTemplate } from '../../api/queries';
import type { JsonObject, MergeStrategy, NewStudy, StudyConstraint, StudyObjective, StudyStrategy } from '../../api/types';
import { Field } from '../../components/Field';
import { QualitySelect, TemplateSelect } from '../../components/Pickers';
import { ErrorList } from '../../components/States';
import { readApplyLink } from '../../lib/runLinks';
import { usePageTitle } from '../../lib/usePageTitle';
import { PresetSelector, STRATEGIES } from '../apply/PresetSelector';
import { parseInputs } from '../compare/StartComparePage';
import { studyMetrics, studyProblems } from './study';
import { constraintOf, ConstraintRows, defaultObjective, ObjectiveRows, type ConstraintRow } from './StudyFormRows';

const SEARCHES: { value: StudyStrategy; label: string; hint: string }[] = [
  { value: 'grid', label: 'Grid', hint: 'every point of the space once' },
  { value: 'random', label: 'Random', hint: 'points drawn without repeats, reproducible by the seed' },
  { value: 'bayes', label: 'Bayesian (TPE)', hint: 'each next point where the trials so far promise the most' },
];

/** The parts of a refused study that a field below shows; any other problem is listed above the button. */
const SHOWN_PARTS = ['name', 'template', 'quality', 'preset_ids', 'merge_strategy', 'space', 'inputs', 'strategy', 'seed',
  'budget/max_trials', 'budget/max_seconds', 'budget/parallelism'];

/** The whole number typed, undefined when empty, NaN when it is not one. */
function whole(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The study's grid after the fixed inputs: each merged parameter an input does not fix multiplies it. */
function gridAfterInputs(space: Record<string, unknown[]>, inputs: JsonObject | string): number {
  const fixed = typeof inputs === 'string' ? {} : inputs;
  return Object.entries(space).filter(([name]) => !(name in fixed)).reduce((n, [, values]) => n * values.length, 1);
}

/**
 * A new tuning study: template, quality, the presets whose merge is the search space, fixed
 * inputs, one or two objectives, constraints, the search strategy and the budget. A link
 * `?template=&quality=&presets=1,2&merge_strategy=&inputs=<JSON>` (Apply's "Tune") fills it in.
 */
export function NewStudyPage() {
  usePageTitle('New study');
  const [params] = useSearchParams();
  const [prefill] = useState(() => readApplyLink(params));
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(prefill?.template ?? 'sd-image');
  const [quality, setQuality] = useState(prefill?.quality ?? 'standard');
  const [presetIds, setPresetIds] = useState<number[]>(prefill?.presetIds ?? []);
  const [merge, setMerge] = useState<MergeStrategy>(() => STRATEGIES.find((s) => s.value === params.get('merge_strategy'))?.value ?? 'union');
  const [inputsText, setInputsText] = useState(JSON.stringify(prefill?.inputs ?? {}, null, 2));
  const [chosenObjectives, setObjectives] = useState<StudyObjective[]>();
  const [constraints, setConstraints] = useState<ConstraintRow[]>([]);
  const [search, setSearch] = useState<StudyStrategy>('grid');
  const [seed, setSeed] = useState('');
  const [maxTrials, setMaxTrials] = useState('');
  const [maxMinutes, setMaxMinutes] = useState('');
  const [parallelism, setParallelism] = useState('1');
  const template = useTemplate(templateId);
  const metrics = studyMetrics(template.data);
  const objectives = chosenObjectives ?? [defaultObjective(metrics)];
  // The same query PresetSelector shows, read from the cache.
  const merged = useMerge(presetIds, merge);
  const inputs = parseInputs(inputsText);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const start = useMutation({
    mutationFn: (study: NewStudy) => api.startStudy(study),
    onSuccess: (study) => {
      void refreshAfterWrite(queries, keys.studies);
      void navigate(`/studies/${study.id}`);
    },
  });
  const problems = studyProblems(start.error);
  const others = Object.entries(problems.byPart).filter(([part]) => !SHOWN_PARTS.includes(part) && !/^(objectives|constraints)\/\d+$/.test(part))
    .flatMap(([part, messages]) => messages.map((m) => `${part.replace('/', ' › ')}: ${m}`));
  const grid = merged.data ? gridAfterInputs(merged.data.parameters, inputs) : undefined;
  const trials = whole(maxTrials);
  const minutes = maxMinutes.trim() === '' ? undefined : Number(maxMinutes.trim());
  const built = constraints.map(constraintOf);
  const blocked = typeof inputs === 'string' ? inputs
    : presetIds.length === 0 ? 'Choose the parameter presets whose merged values are the space to search.'
      : built.some((c: StudyConstraint) => !Number.isFinite(c.value) || Number.isNaN(c.weight ?? 0) || Number.isNaN(c.steepness ?? 0)) ? 'Give each constraint a number.'
        : [whole(seed), trials, whole(parallelism)].some((n) => Number.isNaN(n)) ? 'The seed, max trials and parallelism are whole numbers.'
          : minutes !== undefined && !(minutes > 0) ? 'The max time is a number of minutes above 0, or empty for none.' : undefined;

  function chooseTemplate(id: string) {
    setTemplateId(id);
    setObjectives(undefined);
    setConstraints([]);
  }

  function submit() {
    if (blocked || typeof inputs === 'string') return;
    const parallel = whole(parallelism);
    start.mutate({
      name: name.trim() || undefined,
      template: templateId,
      quality,
      preset_ids: presetIds,
      merge_strategy: merge,
      inputs,
      objectives,
      constraints: built,
      strategy: search,
      seed: whole(seed),
      budget: {
        max_trials: trials,
        max_seconds: minutes === undefined ? undefined : Math.round(minutes * 60),
        parallelism: parallel,
      },
    });
  }

  return (
    <section aria-labelledby="new-study-title" className="new-study">
      <div className="page-head">
        <h1 id="new-study-title">New study</h1>
        <p className="lede">Run points of a merged search space as jobs, score each against your objectives and constraints, and keep the winner as a preset.</p>
      </div>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate>
        <div className="card">
          <h2>1. Template and quality</h2>
          <div className="form-grid">
            <Field id="study-template" label="Template" errors={problems.byPart.template}>
              <TemplateSelect id="study-template" value={templateId} onChange={chooseTemplate} />
            </Field>
            <Field id="study-quality" label="Quality level" errors={problems.byPart.quality}>
              <QualitySelect id="study-quality" value={quality} onChange={setQuality} />
            </Field>
            <Field id="study-name" label="Name" hint="Optional." errors={problems.byPart.name}>
              <input id="study-name" value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
          </div>
        </div>
        <div className="card">
          <h2>2. Search space</h2>
          <p className="hint">The presets' merged values are the points to try: every combination of them.</p>
          <PresetSelector template={templateId} templateName={template.data?.name ?? templateId} selected={presetIds} onChange={setPresetIds} strategy={merge} onStrategy={setMerge} />
          <ErrorList label="Problems with the space" messages={[...(problems.byPart.preset_ids ?? []), ...(problems.byPart.merge_strategy ?? []), ...(problems.byPart.space ?? [])]} />
          <Field id="study-inputs" label="Fixed inputs (JSON)" hint="The same for every trial; a parameter fixed here leaves the space."
            errors={[...(typeof inputs === 'string' ? [inputs] : []), ...(problems.byPart.inputs ?? [])]}>
            <textarea id="study-inputs" rows={4} className="mono" value={inputsText} onChange={(e) => setInputsText(e.target.value)} />
          </Field>
          {grid !== undefined && <p className="grid-size" data-testid="study-grid">The study's grid: <strong>{grid}</strong> {grid === 1 ? 'point' : 'points'}{grid === 1 && ': nothing to tune, every parameter has one value'}.</p>}
        </div>
        <div className="card">
          <h2>3. Objectives and constraints</h2>
          <ObjectiveRows objectives={objectives} metrics={metrics} problems={problems.byPart} onChange={setObjectives} />
          <ConstraintRows constraints={constraints} metrics={metrics} problems={problems.byPart} onChange={setConstraints} />
        </div>
        <div className="card">
          <h2>4. Strategy and budget</h2>
          <fieldset className="strategy">
            <legend>Strategy</legend>
            {SEARCHES.map((s) => (
              <label key={s.value} className="check">
                <input type="radio" name="study-strategy" value={s.value} checked={search === s.value} onChange={() => setSearch(s.value)} /> {s.label}
                <span className="hint">&nbsp;({s.hint})</span>
              </label>
            ))}
            <ErrorList messages={problems.byPart.strategy ?? []} />
          </fieldset>
          <div className="form-grid">
            <Field id="study-seed" label="Seed" hint="Empty: one is drawn and recorded." errors={problems.byPart.seed}>
              <input id="study-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />
            </Field>
            <Field id="study-trials" label="Max trials" hint={search === 'grid' ? 'Empty: the whole grid.' : 'Empty: 20, never more than the grid.'} errors={problems.byPart['budget/max_trials']}>
              <input id="study-trials" inputMode="numeric" value={maxTrials} onChange={(e) => setMaxTrials(e.target.value)} />
            </Field>
            <Field id="study-minutes" label="Max time (minutes)" hint="Empty: no limit. Then no new trials; unfinished ones are cancelled." errors={problems.byPart['budget/max_seconds']}>
              <input id="study-minutes" inputMode="decimal" value={maxMinutes} onChange={(e) => setMaxMinutes(e.target.value)} />
            </Field>
            <Field id="study-parallel" label="Parallel trials" hint="1 to 16. Trials that run side by side disturb each other's timings: keep 1 when run time or cost is an objective." errors={problems.byPart['budget/parallelism']}>
              <input id="study-parallel" inputMode="numeric" value={parallelism} onChange={(e) => setParallelism(e.target.value)} />
            </Field>
          </div>
          {search === 'grid' && grid !== undefined && trials !== undefined && trials < grid && (
            <p className="notice warning" data-testid="budget-warning">The grid has {grid} points and the budget runs {trials} of them: raise max trials or narrow the space to run them all.</p>
          )}
        </div>
        {(problems.general.length > 0 || others.length > 0) && (
          <div className="run-refused" role="alert">
            <p className="state-title">The study was not started.</p>
            <ErrorList messages={[...problems.general, ...others]} />
          </div>
        )}
        {start.error && problems.general.length === 0 && others.length === 0 && (
          <p className="form-error" role="alert">The study was not started: see the problems next to the fields.</p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={start.isPending || !!blocked}>{start.isPending ? 'Starting…' : 'Start study'}</button>
          {blocked && <span className="hint">{blocked}</span>}
        </div>
      </form>
    </section>
  );
}
