import { Fragment } from 'react';
import type { InputSpec, Json, Provenance } from '../api/types';
import { formatValue } from '../lib/format';

interface Props {
  provenance: Record<string, Provenance>;
  explain: boolean;
  /** Values to compare with (a base preset's): rows that differ are marked. */
  compareTo?: Record<string, Json>;
  compareLabel?: string;
  caption: string;
  /** The template's inputs: with their types a float keeps its decimal point (7.0, not 7). */
  inputs?: Record<string, InputSpec>;
}

/** Final parameters, who set each, and with `explain` the whole story: what it overrode, which rules changed it. */
export function ProvenanceTable({ provenance, explain, compareTo, compareLabel, caption, inputs }: Props) {
  const show = (name: string, value: Json | undefined) => formatValue(value, inputs?.[name]?.type, inputs?.[name]?.items);
  return (
    <div className="table-wrap">
      <table className="compact provenance stack-narrow">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            {compareTo && <th scope="col">{compareLabel}</th>}
            <th scope="col">Value</th>
            <th scope="col">Set by</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(provenance).map(([name, p]) => {
            const changed = compareTo !== undefined && JSON.stringify(compareTo[name]) !== JSON.stringify(p.value);
            return (
              <Fragment key={name}>
                <tr className={changed ? 'differs' : undefined} data-parameter={name}>
                  <th scope="row" className="mono">{name}</th>
                  {compareTo && <td className="mono" data-label={compareLabel}>{show(name, compareTo[name])}</td>}
                  <td className="mono" data-label={compareTo ? 'now' : undefined}>
                    {show(name, p.value)}
                    {changed && <span className="visually-hidden"> (differs)</span>}
                  </td>
                  <td>{p.set_by.description}{p.rules.length > 0 && ', then rules'}</td>
                </tr>
                {explain && (p.overrode.length > 0 || p.rules.length > 0) && (
                  <tr className="explain-row">
                    <td colSpan={compareTo ? 4 : 3}>
                      <Story provenance={p} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Story({ provenance }: { provenance: Provenance }) {
  return (
    <ul className="story">
      {provenance.overrode.map((o, i) => (
        <li key={`o${i}`}>overrode {o.description}: {formatValue(o.value)}</li>
      ))}
      {provenance.rules.map((r, i) => (
        <li key={`r${i}`}>
          rule <span className="mono">{r.rule}</span> changed it from {formatValue(r.from)} to {formatValue(r.to)}: {r.why}
        </li>
      ))}
    </ul>
  );
}
