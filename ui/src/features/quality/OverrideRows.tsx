import type { InputSpec } from '../../api/types';
import { FUNCTION_TYPES, humanize } from '../../lib/templates';

export interface Override {
  key: number;
  functionType: string;
  parameter: string;
  value: string;
}

interface Props {
  overrides: Override[];
  onChange: (overrides: Override[]) => void;
  /** The chosen template's inputs, offered as parameter names for its function type. */
  known: { functionType: string; inputs: Record<string, InputSpec> };
  /** Problems by function type (shown at its first row) and by `type/parameter` (see `overrideErrors`). */
  errors: Record<string, string[]>;
}

let nextKey = 1;

export function newOverride(functionType: string): Override {
  return { key: nextKey++, functionType, parameter: '', value: '' };
}

/** Overrides per function type: one row each (function type, parameter, value). */
export function OverrideRows({ overrides, onChange, known, errors }: Props) {
  const update = (key: number, patch: Partial<Override>) =>
    onChange(overrides.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  return (
    <fieldset className="overrides">
      <legend>Overrides per function type</legend>
      {overrides.length === 0 && <p className="hint">No overrides: the preset is its base with a new name. Add one below.</p>}
      {overrides.map((o, i) => {
        const firstOfType = i === overrides.findIndex((x) => x.functionType === o.functionType);
        const rowErrors = [...(firstOfType ? errors[o.functionType] ?? [] : []),
          ...(errors[`${o.functionType}/${o.parameter.trim()}`] ?? [])];
        return (
          <div className="override-row" key={o.key} role="group" aria-label={`Override ${i + 1}`}>
            <label>
              <span>Function type</span>
              <select value={o.functionType} onChange={(e) => update(o.key, { functionType: e.target.value })}>
                {FUNCTION_TYPES.map((t) => <option key={t} value={t}>{humanize(t)}</option>)}
              </select>
            </label>
            <label>
              <span>Parameter</span>
              <input list={`params-${o.functionType}`} value={o.parameter} placeholder="steps"
                onChange={(e) => update(o.key, { parameter: e.target.value })} />
            </label>
            <label>
              <span>Value</span>
              <input value={o.value} placeholder="60" className="mono" onChange={(e) => update(o.key, { value: e.target.value })} />
            </label>
            <button type="button" className="icon" aria-label={`Remove override ${i + 1}`}
              onClick={() => onChange(overrides.filter((x) => x.key !== o.key))}>×</button>
            {rowErrors.length > 0 && (
              <ul className="field-errors" role="alert">{rowErrors.map((e, j) => <li key={j}>{e}</li>)}</ul>
            )}
          </div>
        );
      })}
      {FUNCTION_TYPES.map((t) => (
        <datalist id={`params-${t}`} key={t}>
          {(t === known.functionType ? Object.keys(known.inputs) : []).concat(['resolution_scale']).map((n) => <option key={n} value={n} />)}
        </datalist>
      ))}
      <button type="button" onClick={() => onChange([...overrides, newOverride(known.functionType)])}>Add override</button>
    </fieldset>
  );
}
