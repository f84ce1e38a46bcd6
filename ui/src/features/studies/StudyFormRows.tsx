import type { ConstraintOp, Direction, MetricSpec, StudyConstraint, StudyObjective } from '../../api/types';

const OPS: ConstraintOp[] = ['<=', '<', '>=', '>'];

/** A constraint as the form holds it: numbers as typed, so a half-typed "0." stays on screen. */
export interface ConstraintRow {
  metric: string;
  op: ConstraintOp;
  value: string;
  hard: boolean;
  weight: string;
  steepness: string;
}

/** The objective a new study starts with: the template's first metric with a better side, else the run time. */
export function defaultObjective(metrics: MetricSpec[]): StudyObjective {
  const first = metrics.find((m) => m.better !== 'none') ?? metrics[0];
  return { metric: first?.name ?? 'run_seconds', direction: first?.better === 'higher' ? 'maximize' : 'minimize' };
}

function MetricOptions({ metrics, value }: { metrics: MetricSpec[]; value: string }) {
  const known = metrics.some((m) => m.name === value);
  return (
    <>
      {!known && <option value={value}>{value}</option>}
      {metrics.map((m) => <option key={m.name} value={m.name}>{m.unit ? `${m.name} (${m.unit})` : m.name}</option>)}
    </>
  );
}

function Problems({ messages }: { messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return <ul className="field-errors" role="alert">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>;
}

interface ObjectiveProps {
  objectives: StudyObjective[];
  metrics: MetricSpec[];
  problems: Record<string, string[]>;
  onChange: (objectives: StudyObjective[]) => void;
}

/** One or two objectives: a metric the template reports (or run_seconds, cost) and which way is better. */
export function ObjectiveRows({ objectives, metrics, problems, onChange }: ObjectiveProps) {
  const set = (i: number, change: Partial<StudyObjective>) => onChange(objectives.map((o, j) => (j === i ? { ...o, ...change } : o)));
  const pickMetric = (i: number, name: string) => {
    const better = metrics.find((m) => m.name === name)?.better;
    set(i, better === 'higher' ? { metric: name, direction: 'maximize' } : better === 'lower' ? { metric: name, direction: 'minimize' } : { metric: name });
  };
  return (
    <fieldset className="study-rows">
      <legend>Objectives</legend>
      {objectives.map((o, i) => (
        <div className="study-row" key={i} data-objective={i}>
          <label>
            <span>Objective {i + 1}</span>
            <select value={o.direction} onChange={(e) => set(i, { direction: e.target.value as Direction })} aria-label={`Objective ${i + 1} direction`}>
              <option value="maximize">maximize</option>
              <option value="minimize">minimize</option>
            </select>
          </label>
          <label>
            <span>Metric</span>
            <select value={o.metric} onChange={(e) => pickMetric(i, e.target.value)} aria-label={`Objective ${i + 1} metric`}>
              <MetricOptions metrics={metrics} value={o.metric} />
            </select>
          </label>
          {objectives.length > 1 && (
            <button type="button" className="link" onClick={() => onChange(objectives.filter((_, j) => j !== i))}>Remove objective {i + 1}</button>
          )}
          <Problems messages={problems[`objectives/${i}`]} />
        </div>
      ))}
      {objectives.length < 2 && (
        <button type="button" onClick={() => onChange([...objectives, defaultSecond(objectives[0], metrics)])}>Add a second objective</button>
      )}
      <p className="hint">{objectives.length === 2 ? 'Two objectives: the result is their Pareto front, the trials no other beats on both.' : 'A second objective (run time, cost, file size) makes the result a Pareto front.'}</p>
    </fieldset>
  );
}

function defaultSecond(first: StudyObjective | undefined, metrics: MetricSpec[]): StudyObjective {
  return first?.metric === 'run_seconds' ? { metric: 'cost', direction: 'minimize' } : { metric: metrics.some((m) => m.name === 'run_seconds') ? 'run_seconds' : first?.metric ?? 'run_seconds', direction: 'minimize' };
}

interface ConstraintProps {
  constraints: ConstraintRow[];
  metrics: MetricSpec[];
  problems: Record<string, string[]>;
  onChange: (constraints: ConstraintRow[]) => void;
}

/** SLOs: a hard one fails the trial that breaks it; a soft one adds weight × exp(violation ratio / steepness) to its score. */
export function ConstraintRows({ constraints, metrics, problems, onChange }: ConstraintProps) {
  const set = (i: number, change: Partial<ConstraintRow>) => onChange(constraints.map((c, j) => (j === i ? { ...c, ...change } : c)));
  return (
    <fieldset className="study-rows">
      <legend>Constraints</legend>
      {constraints.length === 0 && <p className="hint">None: every trial that runs counts.</p>}
      {constraints.map((c, i) => {
        const n = i + 1;
        return (
          <div className="study-row" key={i} data-constraint={i}>
            <label>
              <span>Metric</span>
              <select value={c.metric} onChange={(e) => set(i, { metric: e.target.value })} aria-label={`Constraint ${n} metric`}>
                <MetricOptions metrics={metrics} value={c.metric} />
              </select>
            </label>
            <label>
              <span>Is</span>
              <select value={c.op} onChange={(e) => set(i, { op: e.target.value as ConstraintOp })} aria-label={`Constraint ${n} comparison`}>
                {OPS.map((op) => <option key={op} value={op}>{op}</option>)}
              </select>
            </label>
            <label>
              <span>Value</span>
              <input inputMode="decimal" value={c.value} onChange={(e) => set(i, { value: e.target.value })} aria-label={`Constraint ${n} value`} />
            </label>
            <label>
              <span>Kind</span>
              <select value={c.hard ? 'hard' : 'soft'} onChange={(e) => set(i, { hard: e.target.value === 'hard' })} aria-label={`Constraint ${n} kind`}>
                <option value="hard">hard: fails the trial</option>
                <option value="soft">soft: a penalty</option>
              </select>
            </label>
            {!c.hard && (
              <>
                <label>
                  <span>Weight</span>
                  <input inputMode="decimal" value={c.weight} placeholder="default" onChange={(e) => set(i, { weight: e.target.value })} aria-label={`Constraint ${n} weight`} />
                </label>
                <label>
                  <span>Steepness</span>
                  <input inputMode="decimal" value={c.steepness} placeholder="default" onChange={(e) => set(i, { steepness: e.target.value })} aria-label={`Constraint ${n} steepness`} />
                </label>
              </>
            )}
            <button type="button" className="link" onClick={() => onChange(constraints.filter((_, j) => j !== i))}>Remove constraint {n}</button>
            <Problems messages={problems[`constraints/${i}`]} />
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...constraints, { metric: 'run_seconds', op: '<=', value: '', hard: true, weight: '', steepness: '' }])}>Add a constraint</button>
    </fieldset>
  );
}

/** A row as the API takes it; a number left empty is left out (the server's default), one that is not a number is kept as NaN for the form to refuse. */
export function constraintOf(row: ConstraintRow): StudyConstraint {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
  const constraint: StudyConstraint = { metric: row.metric, op: row.op, value: number(row.value) ?? Number.NaN, hard: row.hard };
  if (!row.hard) {
    const weight = number(row.weight);
    const steepness = number(row.steepness);
    if (weight !== undefined) constraint.weight = weight;
    if (steepness !== undefined) constraint.steepness = steepness;
  }
  return constraint;
}
