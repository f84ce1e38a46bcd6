import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, refreshAfterWrite, useAllPresets, useCategories } from '../../api/queries';
import type { Json, JsonObject, Preset, PresetInput, PresetKind } from '../../api/types';
import { Field, describedBy } from '../../components/Field';
import { JsonEditor } from '../../components/JsonEditor';
import { Modal } from '../../components/Modal';
import { ErrorList } from '../../components/States';
import { useToast } from '../../components/Toast';
import { fieldErrors } from '../../lib/errors';
import { LEVELS } from '../../lib/templates';
import { duplicateKey } from '../../lib/duplicateKey';

interface Props {
  preset?: Preset;
  onClose: () => void;
}

interface Draft {
  kind: PresetKind;
  name: string;
  description: string;
  category: string;
  runtime: string;
  basePreset: string;
  visibility: 'private' | 'shared';
  parameters: string;
  metadata: string;
}

function draftOf(preset?: Preset): Draft {
  return {
    kind: preset?.kind ?? 'parameter',
    name: preset?.name ?? '',
    description: preset?.description ?? '',
    category: preset?.kind === 'parameter' ? preset.category ?? '' : '',
    runtime: preset?.runtime ?? '',
    basePreset: preset?.base_preset ?? (preset ? '' : 'standard'),
    visibility: preset?.visibility === 'shared' ? 'shared' : 'private',
    parameters: JSON.stringify(preset?.parameters ?? {}, null, 2),
    metadata: preset?.metadata ? JSON.stringify(preset.metadata, null, 2) : '',
  };
}

/** The members the form has a control for, with their labels; a problem elsewhere is listed above the form. */
const LABELS: Record<string, string> = {
  name: 'Name', description: 'Description', category: 'Category', runtime: 'Runtime', base_preset: 'Based on',
  visibility: 'Visibility', parameters: 'Parameters', metadata: 'Metadata',
};
const FIELDS = Object.keys(LABELS);

/** The member of the preset each part of the draft is sent as. */
const MEMBER: Record<keyof Draft, string> = {
  kind: 'kind', name: 'name', description: 'description', category: 'category', runtime: 'runtime',
  basePreset: 'base_preset', visibility: 'visibility', parameters: 'parameters', metadata: 'metadata',
};

/** The JSON editors' text, or a message saying where it stops being JSON. */
function parseObject(text: string, what: string, optional: boolean): { value?: JsonObject | null; error?: string } {
  if (optional && text.trim() === '') return { value: null };
  try {
    const value = JSON.parse(text) as Json;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: `${what} must be a JSON object, such as {"tp-size": [1, 2]}` };
    }
    const twice = duplicateKey(text);
    if (twice !== undefined) return { error: `${what} gives "${twice}" twice; keep one` };
    return { value };
  } catch (e) {
    return { error: `${what} is not valid JSON: ${(e as Error).message}` };
  }
}

/** Create or edit a preset. Server validation errors appear next to the field they are about. */
export function PresetFormModal({ preset, onClose }: Props) {
  const [draft, setDraft] = useState(() => draftOf(preset));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  // Members changed since the last attempt: the server's problems with them are about text that is gone.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const queries = useQueryClient();
  const toast = useToast();
  const categories = useCategories();
  const qualityPresets = useAllPresets('quality');

  const save = useMutation({
    mutationFn: (input: PresetInput) =>
      preset ? api.updatePreset(preset.id, input, preset.revision) : api.createPreset(input),
    onSuccess: (saved) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(preset ? `Saved ${saved.name}.` : `Created ${saved.name}.`);
      setLocalErrors({});
      onClose();
    },
  });
  const errors = fieldErrors(save.error, '', FIELDS, LABELS);
  const errorsOf = (field: string) => [...(localErrors[field] ? [localErrors[field]] : []),
    ...(changed.has(field) ? [] : errors.byField[field] ?? [])];

  function set(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    const members = (Object.keys(patch) as (keyof Draft)[]).map((k) => MEMBER[k]);
    // Another kind is another form: nothing said about the last one holds.
    if (members.includes('kind')) save.reset();
    setChanged((c) => new Set([...c, ...members]));
    setLocalErrors((local) => Object.fromEntries(Object.entries(local).filter(([field]) => !members.includes(field))));
  }

  function submit() {
    // The server's errors were about the last attempt; this one's are found afresh.
    save.reset();
    setChanged(new Set());
    const parameters = parseObject(draft.parameters, 'Parameters', false);
    const metadata = parseObject(draft.metadata, 'Metadata', true);
    const local: Record<string, string> = {};
    if (parameters.error) local.parameters = parameters.error;
    if (metadata.error) local.metadata = metadata.error;
    setLocalErrors(local);
    if (Object.keys(local).length > 0) return;
    save.mutate(inputOf(draft, parameters.value!, metadata.value ?? null, !!preset));
  }

  const quality = draft.kind === 'quality';
  return (
    <Modal
      title={preset ? `Edit ${preset.name}` : 'New preset'}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="button" className="primary" onClick={submit} disabled={save.isPending}>
            {save.isPending ? 'Saving…' : preset ? 'Save changes' : 'Create preset'}
          </button>
        </>
      }
    >
      <form className="preset-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        {errors.general.length > 0 && <ErrorList messages={errors.general} label="Problems" />}
        {!preset && (
          <fieldset className="kind-choice">
            <legend>Kind</legend>
            <label><input type="radio" name="kind" checked={!quality} onChange={() => set({ kind: 'parameter', parameters: '{}' })} /> Parameter preset (candidate values to merge)</label>
            <label><input type="radio" name="kind" checked={quality} onChange={() => set({ kind: 'quality', parameters: '{}' })} /> Quality preset (a level with overrides)</label>
          </fieldset>
        )}
        <div className="form-grid">
          <Field id="preset-name" label="Name" required errors={errorsOf('name')}>
            <input id="preset-name" value={draft.name} onChange={(e) => set({ name: e.target.value })}
              aria-describedby={describedBy('preset-name', false, errorsOf('name'))} aria-invalid={errorsOf('name').length > 0} />
          </Field>
          {quality ? (
            <Field id="preset-base" label="Based on" errors={errorsOf('base_preset')}>
              <select id="preset-base" value={draft.basePreset} onChange={(e) => set({ basePreset: e.target.value })}>
                {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
                {(qualityPresets.data ?? []).filter((p) => !p.is_system && p.id !== preset?.id).map((p) => (
                  <option key={p.id} value={p.slug}>{p.name}</option>
                ))}
              </select>
            </Field>
          ) : (
            <Field id="preset-category" label="Category" errors={errorsOf('category')}>
              <input id="preset-category" list="preset-categories" value={draft.category}
                onChange={(e) => set({ category: e.target.value })} aria-invalid={errorsOf('category').length > 0} />
              <datalist id="preset-categories">
                {(categories.data ?? []).map((c) => <option key={c} value={c} />)}
              </datalist>
            </Field>
          )}
          <Field id="preset-description" label="Description" errors={errorsOf('description')}>
            <input id="preset-description" value={draft.description} onChange={(e) => set({ description: e.target.value })} />
          </Field>
          {!quality && (
            <Field id="preset-runtime" label="Runtime" hint="sglang, vllm, … (optional)" errors={errorsOf('runtime')}>
              <input id="preset-runtime" value={draft.runtime} onChange={(e) => set({ runtime: e.target.value })} />
            </Field>
          )}
          <Field id="preset-visibility" label="Visibility" errors={errorsOf('visibility')}>
            <select id="preset-visibility" value={draft.visibility}
              onChange={(e) => set({ visibility: e.target.value as Draft['visibility'] })}>
              <option value="private">Private: only you</option>
              <option value="shared">Shared with every user</option>
            </select>
          </Field>
        </div>
        <Field id="preset-parameters" label="Parameters" errors={errorsOf('parameters')}
          hint={quality
            ? 'Values per function type: {"image_generation": {"steps": 60}}'
            : 'Each parameter lists its candidate values: {"tp-size": [1, 2], "schedule-policy": ["fcfs"]}'}>
          <JsonEditor id="preset-parameters" label="Parameters (JSON)" value={draft.parameters}
            onChange={(text) => set({ parameters: text })} invalid={errorsOf('parameters').length > 0}
            describedBy={describedBy('preset-parameters', true, errorsOf('parameters'))} />
        </Field>
        <Field id="preset-metadata" label="Metadata" hint='Optional: {"author": "me", "tags": ["fast"]}' errors={errorsOf('metadata')}>
          <JsonEditor id="preset-metadata" label="Metadata (JSON)" value={draft.metadata}
            onChange={(text) => set({ metadata: text })} invalid={errorsOf('metadata').length > 0}
            describedBy={describedBy('preset-metadata', true, errorsOf('metadata'))} />
        </Field>
      </form>
    </Modal>
  );
}

/** The request body: on update an emptied optional field is sent as null, which clears it. */
function inputOf(draft: Draft, parameters: JsonObject, metadata: JsonObject | null, update: boolean): PresetInput {
  const optional = (text: string) => (text.trim() === '' ? (update ? null : undefined) : text.trim());
  const input: PresetInput = {
    name: draft.name,
    description: optional(draft.description),
    visibility: draft.visibility,
    parameters,
    metadata: metadata ?? (update ? null : undefined),
  };
  if (draft.kind === 'quality') {
    input.base_preset = optional(draft.basePreset);
  } else {
    input.category = optional(draft.category);
    input.runtime = optional(draft.runtime);
  }
  if (!update) input.kind = draft.kind;
  return input;
}
