import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite, useAllPresets, useTemplate } from '../../api/queries';
import type { JsonObject, NewComparison } from '../../api/types';
import { Field } from '../../components/Field';
import { TemplateSelect } from '../../components/Pickers';
import { ErrorList } from '../../components/States';
import { LEVELS, sampleInputs } from '../../lib/templates';
import { usePageTitle } from '../../lib/usePageTitle';

/** The inputs text as an object, or a message saying why it is not one. */
export function parseInputs(text: string): JsonObject | string {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as JsonObject : 'The inputs must be a JSON object.';
  } catch {
    return 'The inputs are not valid JSON.';
  }
}

/** "1,2" from the address as preset ids; anything else is left out. */
function presetIdsOf(text: string | null): number[] {
  return (text ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

/**
 * Starts a comparison: the template and inputs (from the address: Apply's "Compare levels" fills
 * them), the levels and custom quality presets to run them at, and an optional seed.
 */
export function StartComparePage() {
  usePageTitle('Compare');
  const [params] = useSearchParams();
  const [templateId, setTemplateId] = useState(params.get('template') || 'sd-image');
  const template = useTemplate(templateId);
  const quality = params.get('quality') ?? '';
  const presetIds = presetIdsOf(params.get('presets'));
  const [levels, setLevels] = useState<string[]>([...LEVELS]);
  const [presets, setPresets] = useState<string[]>(quality && !(LEVELS as readonly string[]).includes(quality) ? [quality] : []);
  const [typed, setTyped] = useState<string>();
  const [seed, setSeed] = useState('');
  const custom = (useAllPresets('quality').data ?? []).filter((p) => !p.is_system);
  const given = params.get('inputs');
  const inputsText = typed ?? given ?? JSON.stringify(template.data ? sampleInputs(template.data) : {}, null, 2);
  const inputs = parseInputs(inputsText);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const start = useMutation({
    mutationFn: (request: NewComparison) => api.startComparison(request),
    onSuccess: (comparison) => {
      void refreshAfterWrite(queries, keys.batches);
      void navigate(`/compare/${comparison.comparison_id}`);
    },
  });
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const blocked = typeof inputs === 'string' ? inputs
    : levels.length + presets.length < 2 ? 'Choose at least two levels or presets to compare.'
      : seed.trim() !== '' && !/^\d+$/.test(seed.trim()) ? 'The seed is a whole number, or empty for a random one.' : undefined;

  function submit() {
    if (blocked || typeof inputs === 'string') return;
    start.mutate({
      template: templateId,
      inputs,
      levels: LEVELS.filter((l) => levels.includes(l)),
      quality_presets: presets.length > 0 ? presets : undefined,
      preset_ids: presetIds.length > 0 ? presetIds : undefined,
      seed: seed.trim() === '' ? undefined : Number(seed.trim()),
    });
  }

  return (
    <section aria-labelledby="start-compare-title">
      <div className="page-head">
        <h1 id="start-compare-title">Compare levels</h1>
        <p className="lede">Run the same inputs, with one seed, at several quality levels, and see the outputs, their metrics and their times side by side.</p>
      </div>
      <form className="card start-compare" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <div className="form-grid">
          <Field id="compare-template" label="Template">
            <TemplateSelect id="compare-template" value={templateId} onChange={(t) => { setTemplateId(t); setTyped(undefined); }} />
          </Field>
          <Field id="compare-seed" label="Seed" hint="Empty: one is drawn and used for every level.">
            <input id="compare-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />
          </Field>
        </div>
        <fieldset>
          <legend>Levels</legend>
          {LEVELS.map((l) => (
            <label key={l} className="check">
              <input type="checkbox" checked={levels.includes(l)} onChange={(e) => setLevels((all) => toggle(all, l, e.target.checked))} /> {l}
            </label>
          ))}
        </fieldset>
        {custom.length > 0 && (
          <fieldset>
            <legend>Custom quality presets</legend>
            {custom.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={presets.includes(p.slug)} onChange={(e) => setPresets((all) => toggle(all, p.slug, e.target.checked))} /> {p.name}
              </label>
            ))}
          </fieldset>
        )}
        <Field id="compare-inputs" label="Inputs (JSON)" hint={presetIds.length > 0 ? `With parameter presets ${presetIds.join(', ')} merged in, as on Apply.` : undefined}
          errors={typeof inputs === 'string' ? [inputs] : undefined}>
          <textarea id="compare-inputs" rows={6} className="mono" value={inputsText} onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={start.isPending || !!blocked}>{start.isPending ? 'Starting…' : 'Start comparison'}</button>
          {blocked && <span className="hint">{blocked}</span>}
        </div>
        {start.error && (
          <div className="run-refused" role="alert">
            <p className="state-title">The comparison was not started.</p>
            <ErrorList messages={start.error instanceof ApiError ? start.error.messages() : [String(start.error)]} />
          </div>
        )}
      </form>
    </section>
  );
}
