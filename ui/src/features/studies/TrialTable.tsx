import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MetricSpec, Study, Trial } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { formatCost, formatSeconds, formatValue, significant } from '../../lib/format';
import { formatMetric, metricLabel } from '../compare/comparison';
import { StatusBadge } from '../runs/StatusBadge';
import { columnKey, objectiveText, sortTrials, trialMetrics, type TrialColumn } from './study';

/** Trials listed per page (a grid may have thousands). */
const TRIALS_PER_PAGE = 50;

interface Props {
  study: Study;
  declared: MetricSpec[];
  chosen: number | undefined;
  onChoose: (index: number) => void;
}

const heading = (column: TrialColumn, label: string) => ({ column, label });
const score = (n: number | undefined) => (n === undefined ? '—' : significant(n, 4));

/**
 * Every trial with its point, measurements, score and status (a failed one with its reason, each
 * with a link to its run), sortable by any column; a trial chosen here is the one the actions save
 * or open in Apply.
 */
export function TrialTable({ study, declared, chosen, onChoose }: Props) {
  const [sort, setSort] = useState<{ column: TrialColumn; order: 'asc' | 'desc' }>({ column: { kind: 'index' }, order: 'asc' });
  const [offset, setOffset] = useState(0);
  const parameters = Object.keys(study.space);
  const metrics = trialMetrics(study.trials, declared);
  const front = new Set(study.pareto_front);
  const columns: { column: TrialColumn; label: string }[] = [
    heading({ kind: 'index' }, 'Trial'),
    heading({ kind: 'status' }, 'Status'),
    ...parameters.map((name) => heading({ kind: 'parameter', name }, name)),
    ...study.objectives.map((o, i) => heading({ kind: 'score', objective: i }, study.objectives.length > 1 ? `Score ${i + 1} (${objectiveText(o)})` : `Score (${objectiveText(o)})`)),
    heading({ kind: 'penalty' }, 'Penalty'),
    heading({ kind: 'run_seconds' }, 'Run time'),
    heading({ kind: 'cost' }, 'Cost'),
    ...metrics.map((m) => heading({ kind: 'metric', name: m.name }, metricLabel(m))),
  ];
  const sorted = sortTrials(study.trials, sort.column, sort.order);
  const page = sorted.slice(offset, offset + TRIALS_PER_PAGE);
  const activeKey = columnKey(sort.column);
  const sortBy = (column: TrialColumn) => {
    setSort((s) => ({ column, order: columnKey(s.column) === columnKey(column) && s.order === 'asc' ? 'desc' : 'asc' }));
    setOffset(0);
  };

  return (
    <>
      <div className="table-wrap">
        <table className="trials-table" data-testid="trial-table">
          <caption>Trials: choose one to save it as a preset or open it in Apply; click a heading to sort.</caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">Choose</span></th>
              {columns.map(({ column, label }) => {
                const key = columnKey(column);
                const active = key === activeKey;
                return (
                  <th scope="col" key={key} aria-sort={active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none'} data-column={key}>
                    <button type="button" className="sort" onClick={() => sortBy(column)}>
                      {label}{active && <span aria-hidden="true">{sort.order === 'asc' ? ' ▲' : ' ▼'}</span>}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {page.map((t) => <TrialRow key={t.index} trial={t} study={study} parameters={parameters} metrics={metrics}
              best={study.best?.index === t.index || front.has(t.index)} chosen={chosen === t.index} onChoose={onChoose} />)}
          </tbody>
        </table>
      </div>
      <Pagination offset={offset} limit={TRIALS_PER_PAGE} total={sorted.length} onOffset={setOffset} />
    </>
  );
}

interface RowProps {
  trial: Trial;
  study: Study;
  parameters: string[];
  metrics: MetricSpec[];
  best: boolean;
  chosen: boolean;
  onChoose: (index: number) => void;
}

function TrialRow({ trial, study, parameters, metrics, best, chosen, onChoose }: RowProps) {
  const n = trial.index + 1;
  return (
    <tr data-trial={trial.index} className={best ? 'best-trial' : undefined}>
      <td><input type="radio" name="chosen-trial" checked={chosen} onChange={() => onChoose(trial.index)} aria-label={`Choose trial ${n}`} /></td>
      <th scope="row" className="nowrap">
        {trial.job_id ? <Link to={`/runs/${trial.job_id}`} aria-label={`Run of trial ${n}`}>{n}</Link> : n}
        {best && <span className="badge status-succeeded">{study.best ? 'best' : 'front'}</span>}
      </th>
      <td>
        <StatusBadge status={trial.status} />
        {trial.reason && <span className="trial-reason" data-testid="trial-reason">{trial.reason}</span>}
        {/* A hard constraint broken is the reason already; a soft one missed is why the score is lower. */}
        {trial.violations.filter((v) => !v.hard).map((v) => (
          <span key={v.constraint} className="trial-reason soft">missed {v.constraint} ({significant(v.value, 4)})</span>
        ))}
      </td>
      {parameters.map((p) => <td key={p} className="mono">{formatValue(trial.point[p])}</td>)}
      {study.objectives.map((_, i) => <td key={i} className="mono" data-score={i}>{score(trial.scores?.[i])}</td>)}
      <td className="mono">{trial.penalty > 0 ? significant(trial.penalty, 3) : '—'}</td>
      <td className="nowrap">{trial.run_seconds === null ? '—' : formatSeconds(trial.run_seconds)}</td>
      <td className="nowrap">{trial.cost === null ? '—' : formatCost(trial.cost)}</td>
      {metrics.map((m) => <td key={m.name} className="nowrap">{formatMetric(trial.metrics[m.name], m)}</td>)}
    </tr>
  );
}
