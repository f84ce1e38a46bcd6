import type { Study } from '../../api/types';
import { Bars } from '../../components/Bars';
import { formatValue, significant } from '../../lib/format';
import { objectiveText } from './study';

/**
 * How much the first objective varied with each parameter: the range of its mean over the
 * parameter's values as bars, largest first, then the mean for each value.
 */
export function EffectsView({ study }: { study: Study }) {
  if (study.effects.length === 0) return <p className="hint">No effects until trials have succeeded.</p>;
  const effects = [...study.effects].sort((a, b) => b.range - a.range);
  const objective = objectiveText(study.objectives[0]);
  return (
    <div className="effects" data-testid="effects">
      <Bars title={`How much ${objective} varied with each parameter (range of its mean)`}
        bars={effects.map((e) => ({ label: e.parameter, value: e.range, text: significant(e.range, 3) }))} />
      <div className="effects-tables">
        {effects.map((e) => (
          <table key={e.parameter} className="compact" data-parameter={e.parameter}>
            <caption className="mono">{e.parameter}</caption>
            <thead><tr><th scope="col">Value</th><th scope="col">Mean</th><th scope="col">Trials</th></tr></thead>
            <tbody>
              {e.values.map((v) => (
                <tr key={formatValue(v.value)}>
                  <th scope="row" className="mono">{formatValue(v.value)}</th>
                  <td className="mono">{v.mean === null ? '—' : significant(v.mean, 4)}</td>
                  <td>{v.trials}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
