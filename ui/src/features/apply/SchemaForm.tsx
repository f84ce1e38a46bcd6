import { useState } from 'react';
import type { InputSpec, InputType, Json, JsonObject } from '../../api/types';
import { formatValue } from '../../lib/format';
import { describeInput } from '../../lib/inputs';

interface Props {
  inputs: Record<string, InputSpec>;
  /** What each parameter currently resolves to (shown until the user edits it). */
  values: JsonObject;
  /** The user's own values; they always win and survive every other change on the page. */
  edits: JsonObject;
  onEdit: (name: string, value: Json | undefined) => void;
  /** A control was left: its required-input errors may show from now on (see {@link visibleErrors}). */
  onTouch?: (name: string) => void;
  errors?: Record<string, string[]>;
  /** The merged presets' candidates per parameter: with several, the field offers them instead of one value. */
  candidates?: Record<string, Json[]>;
}

/** A form generated from a template's input schema: one labelled control per input, by type. */
export function SchemaForm({ inputs, values, edits, onEdit, onTouch, errors = {}, candidates = {} }: Props) {
  return (
    <div className="schema-form">
      {Object.entries(inputs).map(([name, spec]) => (
        <SchemaField key={name} name={name} spec={spec} value={name in edits ? edits[name] : values[name]}
          edited={name in edits} onEdit={(v) => onEdit(name, v)} onTouch={() => onTouch?.(name)}
          errors={errors[name] ?? []} candidates={(candidates[name]?.length ?? 0) > 1 ? candidates[name] : undefined} />
      ))}
    </div>
  );
}

/**
 * The errors to show now. A required input the user has not touched yet (never left, never edited)
 * keeps its errors back until a run is attempted: a fresh form does not open with "is required".
 */
export function visibleErrors(errors: Record<string, string[]>, inputs: Record<string, InputSpec>, edits: JsonObject,
  touched: ReadonlySet<string>, attempted: boolean): Record<string, string[]> {
  if (attempted) return errors;
  return Object.fromEntries(Object.entries(errors)
    .filter(([name]) => !inputs[name]?.required || name in edits || touched.has(name)));
}

interface FieldProps {
  name: string;
  spec: InputSpec;
  value: Json | undefined;
  edited: boolean;
  onEdit: (value: Json | undefined) => void;
  onTouch: () => void;
  errors: string[];
  /** Two or more values the merged presets leave for this parameter. */
  candidates?: Json[];
}

function SchemaField({ name, spec, value, edited, onEdit, onTouch, errors, candidates }: FieldProps) {
  const id = `input-${name}`;
  // Until the user gives a value, a parameter with candidates has none: its control stays empty.
  const shown = candidates && !edited ? undefined : value;
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const describedBy = [hintId, errors.length ? errorId : ''].filter(Boolean).join(' ');
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0, onBlur: onTouch };
  return (
    <div className={`field schema-field${edited ? ' edited' : ''}${errors.length ? ' has-error' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="mono">
          {name}
          {spec.required && <span className="required" aria-label="required"> *</span>}
        </label>
        {edited && (
          <>
            <span className="badge edited-badge">your value</span>
            <button type="button" className="link" onClick={() => onEdit(undefined)} aria-label={`Reset ${name}`}>
              reset
            </button>
          </>
        )}
      </div>
      {candidates && <Candidates name={name} type={spec.type} candidates={candidates} value={edited ? value : undefined} onEdit={onEdit} />}
      <Control spec={spec} value={shown} onEdit={onEdit} common={common} />
      <p className="hint" id={hintId}>{describeInput(spec)}</p>
      {errors.length > 0 && (
        <ul className="field-errors" id={errorId} role="alert">
          {errors.map((e, i) => <li key={i}>{e}</li>)}
        </ul>
      )}
    </div>
  );
}

/**
 * The merged presets' candidates for one parameter. Open (no value of the user's), every candidate
 * goes to a study; choosing one makes it the user's value for a single run, which "reset" gives back.
 */
function Candidates({ name, type, candidates, value, onEdit }: { name: string; type: InputType; candidates: Json[];
  value: Json | undefined; onEdit: (value: Json) => void }) {
  const chosen = value === undefined ? -1 : candidates.findIndex((c) => JSON.stringify(c) === JSON.stringify(value));
  return (
    <div className="candidates" data-testid={`candidates-${name}`}>
      <div role="group" aria-label={`${name} candidates`} className="candidate-choices">
        {candidates.map((c, i) => (
          <button key={JSON.stringify(c)} type="button" className="candidate" aria-pressed={i === chosen} onClick={() => onEdit(c)}>
            {typeof c === 'string' ? c : formatValue(c, type)}
          </button>
        ))}
      </div>
      <p className="candidates-state">
        {value === undefined
          ? <><strong>{candidates.length} candidates</strong>: all go to a study. Choose one for a single run.</>
          : chosen >= 0 ? `One of ${candidates.length} candidates, for a single run; reset sends them all to a study.`
            : `Your own value, none of the ${candidates.length} candidates; reset sends them all to a study.`}
      </p>
    </div>
  );
}

type Common = { id: string; 'aria-describedby': string; 'aria-invalid': boolean; onBlur: () => void };

function Control({ spec, value, onEdit, common }: { spec: InputSpec; value: Json | undefined; onEdit: (v: Json | undefined) => void; common: Common }) {
  switch (spec.type) {
    case 'boolean':
      return <input type="checkbox" {...common} checked={value === true} onChange={(e) => onEdit(e.target.checked)} />;
    case 'enum':
      return (
        <select {...common} value={value === undefined ? '' : JSON.stringify(value)}
          onChange={(e) => onEdit(e.target.value === '' ? undefined : (JSON.parse(e.target.value) as Json))}>
          {value === undefined && <option value="">—</option>}
          {(spec.values ?? []).map((v) => (
            <option key={JSON.stringify(v)} value={JSON.stringify(v)}>{typeof v === 'string' ? v : JSON.stringify(v)}</option>
          ))}
        </select>
      );
    case 'integer':
    case 'number':
      return <NumberInput spec={spec} value={typeof value === 'number' ? value : undefined} onEdit={onEdit} common={common} />;
    case 'array':
      return <ArrayInput value={value} onEdit={onEdit} common={common} />;
    default:
      return (spec.max_length ?? 0) > 200 ? (
        <textarea {...common} rows={2} value={typeof value === 'string' ? value : ''} onChange={(e) => onEdit(e.target.value)} />
      ) : (
        <input type="text" {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onEdit(e.target.value)} />
      );
  }
}

/** Keeps what is typed ("7.", "-") while it is not yet a number; an emptied field drops the edit. */
function NumberInput({ spec, value, onEdit, common }: { spec: InputSpec; value: number | undefined; onEdit: (v: Json | undefined) => void; common: Common }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  // Only an outside change of the value resets the text (checked while rendering, not in an effect).
  const [shown, setShown] = useState(value);
  if (!Object.is(value, shown)) {
    setShown(value);
    if (Number(text) !== value || text === '') setText(value === undefined ? '' : String(value));
  }
  return (
    <input type="number" {...common} value={text} min={spec.min} max={spec.max}
      step={spec.multiple_of ?? (spec.type === 'integer' ? 1 : 'any')}
      onChange={(e) => {
        setText(e.target.value);
        // A number half typed ("1e", "-") reads as '' too; only a field really emptied drops the edit.
        if (e.target.value === '' && !e.target.validity.badInput) onEdit(undefined);
        else if (e.target.value !== '' && !Number.isNaN(Number(e.target.value))) onEdit(Number(e.target.value));
      }} />
  );
}

function ArrayInput({ value, onEdit, common }: { value: Json | undefined; onEdit: (v: Json | undefined) => void; common: Common }) {
  const [text, setText] = useState(value === undefined ? '' : JSON.stringify(value));
  return (
    <input type="text" className="mono" {...common} value={text} placeholder='["a", "b"]'
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        common.onBlur();
        try {
          onEdit(text.trim() === '' ? undefined : (JSON.parse(text) as Json));
        } catch {
          onEdit(text);
        }
      }} />
  );
}
