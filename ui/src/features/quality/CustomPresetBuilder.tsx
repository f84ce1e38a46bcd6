import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, refreshAfterWrite, useAllPresets } from '../../api/queries';
import type { Json, PresetInput, Template } from '../../api/types';
import { Field } from '../../components/Field';
import { ErrorList } from '../../components/States';
import { useToast } from '../../components/Toast';
import { fieldErrors } from '../../lib/errors';
import { parseLoose } from '../../lib/format';
import { LEVELS, sampleInputs } from '../../lib/templates';
import { useDebounced } from '../../lib/useDebounced';
import { newOverride, OverrideRows, type Override } from './OverrideRows';
import { PreviewPanel } from './PreviewPanel';

/** The members the builder has a control for. */
const FIELDS = ['name', 'description', 'base_preset', 'time_multiplier', 'cost_multiplier', 'parameters'];

interface Draft {
  name: string;
  description: string;
  base: string;
  timeMultiplier: string;
  costMultiplier: string;
  overrides: Override[];
}

/** The preset's JSON (STORY-050's shape): only what is set; everything else is inherited from the base. */
export function presetOf(draft: Draft): PresetInput {
  const parameters: Record<string, Record<string, Json>> = {};
  draft.overrides.filter((o) => o.parameter.trim() !== '').forEach((o) => {
    (parameters[o.functionType] ??= {})[o.parameter.trim()] = parseLoose(o.value.trim());
  });
  // A number too large for JavaScript (1e400) would be sent as null, which means "inherited": send
  // the text instead, for the server to refuse in words.
  const number = (text: string) => {
    if (text.trim() === '') return undefined;
    const value = parseLoose(text.trim());
    return typeof value === 'number' && !Number.isFinite(value) ? text.trim() : value;
  };
  return {
    kind: 'quality',
    name: draft.name.trim() === '' ? 'Unsaved preset' : draft.name,
    description: draft.description.trim() || undefined,
    base_preset: draft.base,
    time_multiplier: number(draft.timeMultiplier),
    cost_multiplier: number(draft.costMultiplier),
    parameters,
  };
}

/** A custom quality preset based on a level or another preset, with a live preview against its base. */
export function CustomPresetBuilder({ template }: { template: Template }) {
  const [draft, setDraft] = useState<Draft>(() => ({
    name: '', description: '', base: 'high', timeMultiplier: '', costMultiplier: '',
    overrides: [newOverride(template.category)],
  }));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const custom = useAllPresets('quality');
  const preset = useMemo(() => presetOf(draft), [draft]);
  const settled = useDebounced(preset, 300);
  const preview = useQuery({
    queryKey: keys.qualityPreview(template.ref, settled),
    queryFn: () => api.qualityPreview(template.ref, settled, sampleInputs(template)),
    retry: false,
  });
  const queries = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: () => api.createPreset({ ...preset, name: draft.name }),
    onSuccess: (saved) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(`Saved ${saved.name} (${saved.slug}); pick it as a quality level on the Apply page.`);
    },
  });
  // Problems of the preset point at its members; problems of resolving it name a parameter (a field).
  const overrideNames = draft.overrides.map((o) => o.parameter.trim());
  const shown = [...FIELDS, ...overrideNames];
  const saveErrors = fieldErrors(save.error, '', shown);
  const previewErrors = fieldErrors(preview.error, '/preset', shown);
  const rowErrors = {
    ...fieldErrors(save.error, '/parameters').byField,
    ...fieldErrors(preview.error, '/preset/parameters').byField,
  };
  const errorsOf = (f: string) => [...(saveErrors.byField[f] ?? []), ...(previewErrors.byField[f] ?? [])];

  return (
    <div className="builder">
      <form className="card builder-form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }} aria-labelledby="builder-title">
        <h2 id="builder-title">Build a custom preset</h2>
        <div className="form-grid">
          <Field id="custom-name" label="Name" required errors={errorsOf('name')}>
            <input id="custom-name" value={draft.name} placeholder="Crisp" onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field id="custom-base" label="Based on" errors={errorsOf('base_preset')}>
            <select id="custom-base" value={draft.base} onChange={(e) => set({ base: e.target.value })}>
              <optgroup label="Levels">{LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}</optgroup>
              {(custom.data ?? []).some((p) => !p.is_system) && (
                <optgroup label="Your quality presets">
                  {(custom.data ?? []).filter((p) => !p.is_system).map((p) => <option key={p.id} value={p.slug}>{p.name}</option>)}
                </optgroup>
              )}
            </select>
          </Field>
          <Field id="custom-description" label="Description" errors={errorsOf('description')}>
            <input id="custom-description" value={draft.description} onChange={(e) => set({ description: e.target.value })} />
          </Field>
          <Field id="custom-time" label="Time multiplier" hint="Empty: inherited" errors={errorsOf('time_multiplier')}>
            <input id="custom-time" inputMode="decimal" value={draft.timeMultiplier} onChange={(e) => set({ timeMultiplier: e.target.value })} />
          </Field>
          <Field id="custom-cost" label="Cost multiplier" hint="Empty: inherited" errors={errorsOf('cost_multiplier')}>
            <input id="custom-cost" inputMode="decimal" value={draft.costMultiplier} onChange={(e) => set({ costMultiplier: e.target.value })} />
          </Field>
        </div>
        <OverrideRows overrides={draft.overrides} onChange={(overrides) => set({ overrides })}
          known={{ functionType: template.category, inputs: template.inputs }} errors={rowErrors} />
        <ErrorList messages={[...saveErrors.general, ...previewErrors.general]} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending || draft.name.trim() === ''}>
            {save.isPending ? 'Saving…' : 'Save preset'}
          </button>
          {draft.name.trim() === '' && <span className="hint">Name it to save it.</span>}
        </div>
      </form>
      <PreviewPanel template={template} preview={preview.data} pending={preview.isFetching} failed={!!preview.error} />
    </div>
  );
}
