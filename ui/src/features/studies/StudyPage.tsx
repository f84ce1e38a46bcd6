import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite, useTemplate } from '../../api/queries';
import type { Study } from '../../api/types';
import { ErrorList, ErrorView, Loading } from '../../components/States';
import { formatDate, formatSeconds, formatValue, significant } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { EffectsView } from './EffectsView';
import { progressText, StudyStatusBadge } from './StudiesPage';
import { defaultTrial, objectiveText, studyMetrics } from './study';
import { TrialActions } from './TrialActions';
import { TrialTable } from './TrialTable';
import { useLiveStudy } from './useLiveStudy';

// The chart library is large: it loads with the first study shown, not with every page.
const StudyCharts = lazy(() => import('./StudyCharts'));

/** One study: live progress, its charts, the trials, each parameter's effect, and what to do with a trial. */
export function StudyPage() {
  const { id } = useParams();
  usePageTitle(`Study ${(id ?? '').slice(0, 8)}`);
  return <StudyView key={id} id={id ?? ''} />;
}

function StudyView({ id }: { id: string }) {
  const { study, live } = useLiveStudy(id);
  const shown = study.data;
  const template = useTemplate(shown?.template);
  const [chosen, setChosen] = useState<number>();
  const picked = shown ? chosen ?? defaultTrial(shown) : undefined;
  const trial = shown?.trials.find((t) => t.index === picked);
  return (
    <section aria-labelledby="study-title" className="study-page">
      <p className="back"><Link to="/studies">‹ All studies</Link></p>
      {study.isPending && <Loading what="the study" />}
      {study.error && <ErrorView error={study.error} what="the study" onRetry={() => void study.refetch()} />}
      {shown && (
        <>
          <div className="page-head">
            <h1 id="study-title">{shown.name ?? `Study ${shown.id.slice(0, 8)}`} <StudyStatusBadge status={shown.status} /></h1>
            {shown.status === 'running' && <CancelStudy study={shown} />}
            <p className="lede">
              {shown.template} at {shown.quality}, {shown.strategy} search for {shown.objectives.map(objectiveText).join(' and ')}; created {formatDate(shown.created_at)}.
            </p>
          </div>
          {shown.warnings.length > 0 && (
            <div className="notice warning" role="note" data-testid="study-warnings"><ErrorList label="Warnings" messages={shown.warnings} /></div>
          )}
          <div className="card" aria-live="polite">
            <h2>Progress</h2>
            <Progress study={shown} live={live} />
          </div>
          <div className="card">
            <h2>{shown.objectives.length === 2 ? 'Pareto front' : 'Best trial'}</h2>
            <Winner study={shown} />
            {trial && <TrialActions key={trial.index} study={shown} trial={trial} isBest={shown.best?.index === trial.index} />}
          </div>
          {shown.trials.length > 0 && (
            <div className="card">
              <h2>Charts</h2>
              <Suspense fallback={<Loading what="the charts" />}><StudyCharts study={shown} /></Suspense>
            </div>
          )}
          <div className="card">
            <h2>Trials</h2>
            <TrialTable study={shown} declared={studyMetrics(template.data)} chosen={picked} onChoose={setChosen} />
          </div>
          <div className="card">
            <h2>Effect of each parameter</h2>
            <EffectsView study={shown} />
          </div>
          <div className="card">
            <h2>Specification</h2>
            <Specification study={shown} />
          </div>
        </>
      )}
    </section>
  );
}

function Progress({ study, live }: { study: Study; live: boolean }) {
  const p = study.progress;
  const ended = p.succeeded + p.failed + p.cancelled;
  const percent = p.max_trials > 0 ? Math.min(100, Math.round((ended / p.max_trials) * 100)) : 100;
  return (
    <>
      <dl className="counts">
        {(['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const).map((s) => (
          <div key={s}><dt>{s}</dt><dd data-testid={`trials-${s}`}>{p[s]}</dd></div>
        ))}
      </dl>
      <span className="progress-track" role="progressbar" aria-label="Trials ended" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <span className="progress-fill" style={{ width: `${percent}%` }} />
      </span>
      <p data-testid="study-progress">{progressText(p)}.</p>
      <dl className="facts">
        <div><dt>Elapsed</dt><dd>{formatSeconds(p.elapsed_seconds)}</dd></div>
        {study.finished_at && <div><dt>Finished</dt><dd>{formatDate(study.finished_at)}</dd></div>}
        {study.reason && <div><dt>Why it ended</dt><dd data-testid="study-reason">{study.reason}</dd></div>}
        <div><dt>Updates</dt><dd className="hint">{study.status !== 'running' ? 'Final.' : live ? 'Live.' : 'Checking every few seconds.'}</dd></div>
      </dl>
    </>
  );
}

function Winner({ study }: { study: Study }) {
  if (study.objectives.length === 2) {
    if (study.pareto_front.length === 0) return <p className="hint">No trial has succeeded yet.</p>;
    return <p data-testid="pareto-front">Trials {study.pareto_front.map((i) => i + 1).join(', ')}: no other trial is better on both objectives. Choose one in the table to save it.</p>;
  }
  const best = study.best;
  if (!best || !best.scores) return <p className="hint">No trial has succeeded yet.</p>;
  return (
    <p data-testid="best-trial">
      Trial {best.index + 1} scored <strong>{significant(best.scores[0], 4)}</strong> ({objectiveText(study.objectives[0])}
      {best.penalty > 0 ? `, after a penalty of ${significant(best.penalty, 3)}` : ''}).
    </p>
  );
}

function Specification({ study }: { study: Study }) {
  const budget = study.budget;
  return (
    <dl className="facts">
      <div><dt>Space</dt><dd className="mono">{Object.entries(study.space).map(([p, values]) => `${p} ${values.map((v) => formatValue(v)).join(' | ')}`).join('; ')}</dd></div>
      <div><dt>Grid size</dt><dd>{study.grid_size}</dd></div>
      <div><dt>Fixed inputs</dt><dd className="mono">{Object.keys(study.inputs).length > 0 ? JSON.stringify(study.inputs) : 'none'}</dd></div>
      <div><dt>Presets</dt><dd>{study.preset_ids.length > 0 ? study.preset_ids.map((p, i) => <span key={p}>{i > 0 && ', '}<Link to={`/presets/${p}`}>#{p}</Link></span>) : 'none'} ({study.merge_strategy})</dd></div>
      <div><dt>Constraints</dt><dd>{study.constraints.length > 0 ? study.constraints.map((c) => `${c.metric} ${c.op} ${c.value}${c.hard === false ? ' (soft)' : ''}`).join('; ') : 'none'}</dd></div>
      <div><dt>Strategy and seed</dt><dd data-testid="study-seed">{study.strategy}, seed {seedText(study.seed)}</dd></div>
      <div><dt>Budget</dt><dd>{budget.max_trials ?? '—'} trials{budget.max_seconds ? `, ${formatSeconds(budget.max_seconds)}` : ''}, {budget.parallelism ?? 1} at a time</dd></div>
    </dl>
  );
}

/** A seed past 2^53 reaches the page rounded (JSON numbers are doubles here): it says so rather than show a wrong seed as exact. */
export function seedText(seed: number): string {
  return Number.isSafeInteger(seed) ? String(seed) : `about ${seed.toPrecision(6)} (too large to show exactly here; setpoint studies show prints it)`;
}

function CancelStudy({ study }: { study: Study }) {
  const queries = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.cancelStudy(study.id),
    onSuccess: (cancelled) => queries.setQueryData(keys.study(study.id), cancelled),
    onSettled: () => {
      void refreshAfterWrite(queries, keys.studies);
      void refreshAfterWrite(queries, keys.jobs);
    },
  });
  return (
    <div className="page-actions">
      <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {cancel.isPending ? 'Cancelling…' : 'Cancel study'}
      </button>
      {cancel.error && <ErrorList messages={cancel.error instanceof ApiError ? cancel.error.messages() : [String(cancel.error)]} />}
    </div>
  );
}
