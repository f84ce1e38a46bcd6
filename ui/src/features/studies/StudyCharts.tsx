import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Study } from '../../api/types';
import { objectiveSeries, objectiveSummary, scoreSeries, scoreSummary } from './chartData';
import { objectiveText } from './study';

const ACCENT = '#1f5fa8';
const OK = '#1e7b45';
const MUTED = '#8a95a3';
const HEIGHT = 280;

/**
 * The study's charts (recharts, loaded with this module only when a study is shown): each trial's
 * score with the best so far, and with two objectives a scatter of them with the Pareto front
 * marked. Each says what it shows in words; the trial table below is the data.
 */
export default function StudyCharts({ study }: { study: Study }) {
  return (
    <div className="study-charts">
      <ScoreChart study={study} />
      {study.objectives.length === 2 && <ObjectiveScatter study={study} />}
    </div>
  );
}

function ScoreChart({ study }: { study: Study }) {
  const summary = scoreSummary(study);
  return (
    <figure className="study-chart" data-testid="score-chart">
      <figcaption>Score per trial ({objectiveText(study.objectives[0])}) and the best so far</figcaption>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={scoreSeries(study)} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="#e7ebf0" />
            <XAxis dataKey="trial" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} label={{ value: 'trial', position: 'insideBottomRight', offset: -4 }} />
            <YAxis domain={['auto', 'auto']} width={64} />
            <Tooltip />
            <Legend />
            <Line name="score" dataKey="score" stroke={ACCENT} strokeWidth={0} legendType="circle" dot={{ r: 4, fill: ACCENT, stroke: ACCENT }} isAnimationActive={false} connectNulls={false} />
            <Line name="best so far" dataKey="best" type="stepAfter" stroke={OK} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">{summary}</p>
    </figure>
  );
}

function ObjectiveScatter({ study }: { study: Study }) {
  const { front, others } = objectiveSeries(study);
  const [a, b] = study.objectives;
  const summary = objectiveSummary(study);
  return (
    <figure className="study-chart" data-testid="pareto-chart">
      <figcaption>{objectiveText(a)} against {objectiveText(b)}: the Pareto front marked</figcaption>
      <div role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="#e7ebf0" />
            <XAxis dataKey="x" type="number" name={a.metric} domain={['auto', 'auto']} label={{ value: a.metric, position: 'insideBottomRight', offset: -4 }} />
            <YAxis dataKey="y" type="number" name={b.metric} domain={['auto', 'auto']} width={64} />
            <Tooltip />
            <Legend />
            <Scatter name="trials" data={others} fill={MUTED} isAnimationActive={false} />
            <Scatter name="Pareto front" data={front} fill={OK} shape="diamond" line={{ stroke: OK }} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">{summary}</p>
    </figure>
  );
}
