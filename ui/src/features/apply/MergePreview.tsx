import type { MergeResult } from '../../api/types';
import { formatValue } from '../../lib/format';

const RUNS = (n: number) => (n === 1 ? '1 run' : `${n} runs`);

/** The merged search space: each parameter's candidate values, and how many runs they make. */
export function MergePreview({ result }: { result: MergeResult }) {
  const names = Object.keys(result.parameters);
  return (
    <section className="merge-preview" aria-label="Merged parameters">
      <p className="grid-size">
        Grid size: <strong data-testid="grid-size">{result.grid_size}</strong>{' '}
        <span className="hint">({RUNS(result.grid_size)}: every combination of the values below)</span>
      </p>
      {names.length === 0 ? (
        <p className="hint">The merge leaves no parameters: nothing the presets set survives this strategy.</p>
      ) : (
        <table className="compact">
          <thead>
            <tr><th scope="col">Parameter</th><th scope="col">Values</th></tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name}>
                <th scope="row" className="mono">{name}</th>
                <td>
                  {result.parameters[name].map((v, i) => (
                    <span key={i} className="value-chip">{formatValue(v)}</span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">Merged from {result.applied_presets.join(', ')}.</p>
    </section>
  );
}
