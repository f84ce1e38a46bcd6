import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, refreshAfterWrite, useAllPresets } from '../../api/queries';
import type { Json, Preset, PresetInput, Template } from '../../api/types';
import { Field } from '../../components/Field';
import { ErrorList } from '../../components/States';
import { useToast } from '../../components/Toast';
import { fieldErrors, overrideErrors } from '../../lib/errors';
import { parseLoose } from '../../lib/format';
import { LEVELS, sampleInputs } from '../../lib/templates';
import { useDebounced } from '../../lib/useDebounced';
import { newOverride, OverrideRows, type Override } from './OverrideRows';
import { PresetSample } from './PresetSample';
import { PreviewPanel } from './PreviewPanel';

/** The members the builder has a control for, with their labels. */
const LABELS: Record<string, string> = {
  name: 'Name', description: 'Description', base_preset: 'Based on', time_multiplier: 'Time multiplier',
  cost_multiplier: 'Cost multiplier', parameters: 'Overrides',
};
const FIELDS = Object.keys(LABELS);

function merged(...all: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  all.forEach((errors) => Object.entries(errors).forEach(([key, messages]) => (out[key] ??= []).push(...messages)));
  return out;
}

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

/** What a second save sends: what is emptied is cleared (null), and the kind cannot change. */
export function updateOf(preset: PresetInput): PresetInput {
  const { kind: _kind, ...members } = preset;
  return {
    ...members,
    description: preset.description ?? null,
    time_multiplier: preset.time_multiplier ?? null,
    cost_multiplier: preset.cost_multiplier ?? null,
  };
}

function emptyDraft(category: string): Draft {
  return {
    name: '', description: '', base: 'high', timeMultiplier: '', costMultiplier: '',
    overrides: [newOverride(category)],
  };
}

/**
 * A custom quality preset based on a level or another preset, with a live preview against its base.
 * Once saved, the builder edits that preset: the next save updates it.
 */
export function CustomPresetBuilder({ template }: { template: Template }) {
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(template.category));
  const [saved, setSaved] = useState<Preset>();
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
    mutationFn: () => {
      const input = { ...preset, name: draft.name };
      return saved ? api.updatePreset(saved.id, updateOf(input), saved.revision) : api.createPreset(input);
    },
    onSuccess: (result) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(saved
        ? `Updated ${result.name} (${result.slug}).`
        : `Saved ${result.name} (${result.slug}); pick it as a quality level on the Apply page.`);
      setSaved(result);
    },
  });
  // A refusal is about what was sent; once the draft changes it no longer applies.
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (save.error) save.reset();
  };
  const startOver = () => {
    setSaved(undefined);
    setDraft(emptyDraft(template.category));
    save.reset();
  };
  // Problems of the preset point at its members; problems of resolving it name a parameter (a field).
  const overrideNames = draft.overrides.map((o) => o.parameter.trim());
  const shown = [...FIELDS, ...overrideNames];
  const saveErrors = fieldErrors(save.error, '', shown, LABELS);
  const previewErrors = fieldErrors(preview.error, '/preset', shown, LABELS);
  const rowErrors = merged(overrideErrors(save.error, '', template.category),
    overrideErrors(preview.error, '/preset', template.category));
  // A preset cannot be based on itself.
  const bases = (custom.data ?? []).filter((p) => !p.is_system && p.id !== saved?.id);
  const errorsOf = (f: string) => [...(saveErrors.byField[f] ?? []), ...(previewErrors.byField[f] ?? [])];
  // What the preview refuses the server would refuse too, or could never apply: not saved.
  const blocked = draft.name.trim() === '' ? 'Name it to save it.'
    : preview.error ? 'Fix the problems above to save it.' : undefined;

  return (
    <div className="builder">
      <form className="card builder-form" onSubmit={(e) => { e.preventDefault(); if (!blocked) save.mutate(); }} aria-labelledby="builder-title">
        <h2 id="builder-title">{saved ? `Edit ${saved.name}` : 'Build a custom preset'}</h2>
        {saved && (
          <p className="hint" data-testid="builder-editing">
            Saving updates {saved.name} ({saved.slug}).{' '}
            <button type="button" className="link" onClick={startOver}>Start a new preset</button>
          </p>
        )}
        <div className="form-grid">
          <Field id="custom-name" label="Name" required errors={errorsOf('name')}>
            <input id="custom-name" value={draft.name} placeholder="Crisp" onChange={(e) => set({ name: e.target.value })} />
          </Field>
          <Field id="custom-base" label="Based on" errors={errorsOf('base_preset')}>
            <select id="custom-base" value={draft.base} onChange={(e) => set({ base: e.target.value })}>
              <optgroup label="Levels">{LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}</optgroup>
              {bases.length > 0 && (
                <optgroup label="Your quality presets">
                  {bases.map((p) => <option key={p.id} value={p.slug}>{p.name}</option>)}
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
          <button type="submit" className="primary" disabled={save.isPending || !!blocked}>
            {save.isPending ? 'Saving…' : saved ? 'Save changes' : 'Save preset'}
          </button>
          {blocked && <span className="hint">{blocked}</span>}
        </div>
      </form>
      <PreviewPanel template={template} preview={preview.data} pending={preview.isFetching} failed={!!preview.error} />
      <PresetSample key={saved?.id} template={template} preset={saved} base={draft.base} />
    </div>
  );
}
