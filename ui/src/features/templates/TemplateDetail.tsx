import type { Template } from '../../api/types';
import { COST_UNIT, formatResources, formatValue } from '../../lib/format';
import { humanize, LEVELS } from '../../lib/templates';
import { describeInput } from '../../lib/inputs';

export function TemplateDetail({ template }: { template: Template }) {
  const mapped = LEVELS.filter((l) => template.quality[l]);
  const mappedNames = [...new Set(mapped.flatMap((l) => Object.keys(template.quality[l])))];
  return (
    <article className="card template-detail" aria-labelledby="template-name">
      <h2 id="template-name">{template.name} <span className="hint mono">{template.ref}</span></h2>
      <p>{template.description}</p>
      <dl className="facts">
        <div><dt>Function type</dt><dd>{humanize(template.category)}</dd></div>
        <div><dt>Runtime</dt><dd>{template.runtime ?? 'any'}</dd></div>
        <div><dt>Base time</dt><dd>{template.base_execution_time} s at standard</dd></div>
        <div><dt>Cost</dt><dd>{template.cost_per_second} {COST_UNIT} per second</dd></div>
        <div><dt>Resources</dt><dd>{formatResources(template.resources)}</dd></div>
      </dl>
      <h3>Inputs</h3>
      <div className="table-wrap">
        <table className="compact stack-narrow">
          <thead><tr><th scope="col">Input</th><th scope="col">Type</th><th scope="col">Default</th><th scope="col">What it takes</th></tr></thead>
          <tbody>
            {Object.entries(template.inputs).map(([name, spec]) => (
              <tr key={name}>
                <th scope="row" className="mono">{name}{spec.required && <span className="required" aria-label="required"> *</span>}</th>
                <td>{spec.type}{spec.values && <div className="hint">{spec.values.map(String).join(', ')}</div>}</td>
                <td className="mono">{spec.default === undefined ? (spec.required ? 'required' : '—') : formatValue(spec.default, spec.type, spec.items)}</td>
                <td>{describeInput(spec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Quality mapping</h3>
      {mapped.length === 0 ? (
        <p className="hint">This template maps no values of its own; the levels' {humanize(template.category).toLowerCase()} parameters apply.</p>
      ) : (
        <div className="table-wrap">
          <table className="compact">
            <caption className="hint">What the template sets per level, on top of the level's own parameters (empty: the level's value).</caption>
            <thead><tr><th scope="col">Input</th>{mapped.map((l) => <th scope="col" key={l}>{l}</th>)}</tr></thead>
            <tbody>
              {mappedNames.map((name) => (
                <tr key={name}>
                  <th scope="row" className="mono">{name}</th>
                  {mapped.map((l) => <td key={l} className="mono">{name in template.quality[l] ? formatValue(template.quality[l][name], template.inputs[name]?.type, template.inputs[name]?.items) : ''}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
