import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { ApplyRequest, ApplyResult, Template } from '../../api/types';
import { Bars } from '../../components/Bars';
import { ErrorView, Loading } from '../../components/States';
import { formatCost, formatSeconds, formatValue, sameValue } from '../../lib/format';
import { LEVELS, sampleInputs } from '../../lib/templates';

/** The four levels side by side for one template: parameters (differences marked), time and cost. */
export function LevelComparison({ template }: { template: Template }) {
  const requests: ApplyRequest[] = LEVELS.map((quality) => ({ template: template.ref, quality, inputs: sampleInputs(template) }));
  const results = useQueries({
    queries: requests.map((request) => ({ queryKey: keys.apply(request), queryFn: () => api.apply(request) })),
  });
  const failed = results.find((r) => r.error);
  if (failed) return <ErrorView error={failed.error} what="the levels" onRetry={() => results.forEach((r) => void r.refetch())} />;
  if (results.some((r) => !r.data)) return <Loading what="the four levels" />;
  const applied = results.map((r) => r.data!);
  const names = Object.keys(applied[0].provenance).filter((n) => !(n in sampleInputs(template)));
  const differs = (name: string) => applied.some((a) => !sameValue(a.provenance[name]?.value, applied[0].provenance[name]?.value));

  return (
    <div className="comparison">
      <div className="table-wrap">
        <table className="compact levels-table">
          <caption>
            Resolved parameters of {template.name} per level; <span className="differs-key">highlighted</span> values
            change from the level to their left, and the parameters that differ between levels are marked ●.
          </caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              {LEVELS.map((l, i) => <th scope="col" key={l}>{l} <span className="hint">({applied[i].parameters._quality_preset.name})</span></th>)}
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name} className={differs(name) ? 'differs' : undefined} data-parameter={name}>
                <th scope="row" className="mono">{name}{differs(name) && <span className="differs-mark" aria-label="differs between levels"> ●</span>}</th>
                {applied.map((a, i) => (
                  <td key={LEVELS[i]} className={i > 0 && changedFrom(applied[i - 1], a, name) ? 'mono changed' : 'mono'}>
                    {formatValue(a.provenance[name]?.value, template.inputs[name]?.type, template.inputs[name]?.items)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="bar-charts">
        <Bars title="Estimated time per run" bars={applied.map((a, i) => ({ label: LEVELS[i], value: a.estimate.expected_seconds, text: formatSeconds(a.estimate.expected_seconds) }))} />
        <Bars title="Estimated cost per run" bars={applied.map((a, i) => ({ label: LEVELS[i], value: a.estimate.cost, text: formatCost(a.estimate.cost) }))} />
      </div>
    </div>
  );
}

function changedFrom(before: ApplyResult, after: ApplyResult, name: string): boolean {
  return !sameValue(before.provenance[name]?.value, after.provenance[name]?.value);
}
