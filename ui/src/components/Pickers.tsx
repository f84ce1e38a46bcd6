import { useAllPresets, useTemplates } from '../api/queries';
import { latestTemplates, LEVELS } from '../lib/templates';

interface PickerProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/** The latest version of every template, by name. */
export function TemplateSelect({ id, value, onChange }: PickerProps) {
  const templates = useTemplates();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={!templates.data}>
      {!templates.data && <option value="">{templates.error ? 'Templates failed to load' : 'Loading templates…'}</option>}
      {latestTemplates(templates.data ?? []).map((t) => (
        <option key={t.ref} value={t.id}>{t.name} ({t.id})</option>
      ))}
    </select>
  );
}

/** The four levels, then the custom quality presets the user can see (by slug). */
export function QualitySelect({ id, value, onChange, levelsOnly }: PickerProps & { levelsOnly?: boolean }) {
  const custom = useAllPresets('quality');
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <optgroup label="Levels">
        {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
      </optgroup>
      {!levelsOnly && (custom.data ?? []).some((p) => !p.is_system) && (
        <optgroup label="Custom quality presets">
          {(custom.data ?? []).filter((p) => !p.is_system).map((p) => (
            <option key={p.id} value={p.slug}>{p.name}</option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
