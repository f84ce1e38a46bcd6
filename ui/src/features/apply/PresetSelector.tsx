import { ApiError } from '../../api/http';
import { useAllPresets, useMerge, usePresetFit } from '../../api/queries';
import type { MergeStrategy, Preset, PresetFit } from '../../api/types';
import { ErrorList, Loading } from '../../components/States';
import { ConflictWarnings } from './ConflictWarnings';
import { MergePreview } from './MergePreview';

export const STRATEGIES: { value: MergeStrategy; label: string; hint: string }[] = [
  { value: 'union', label: 'Union', hint: 'every value any preset allows' },
  { value: 'intersection', label: 'Intersection', hint: 'only values all presets allow' },
  { value: 'last_wins', label: 'Last wins', hint: 'a later preset replaces an earlier one' },
];

interface Props {
  /** The chosen template's id, and its name for people ("Image generation"). */
  template: string;
  templateName: string;
  selected: number[];
  onChange: (ids: number[]) => void;
  strategy: MergeStrategy;
  onStrategy: (strategy: MergeStrategy) => void;
}

/**
 * The seed's PresetSelector: presets as chips (in merge order), the strategy, the merged preview.
 * The presets that fit the template come first; the others can still be chosen, but say why they do
 * not fit before they are, and their chips keep saying it.
 */
export function PresetSelector({ template, templateName, selected, onChange, strategy, onStrategy }: Props) {
  const presets = useAllPresets('parameter');
  const merge = useMerge(selected, strategy);
  const fit = usePresetFit(template, (presets.data ?? []).map((p) => p.id));
  const fits = new Map((fit.data?.template.startsWith(`${template}@`) ? fit.data.presets : []).map((f) => [f.id, f]));
  const byId = new Map((presets.data ?? []).map((p) => [p.id, p]));
  const available = (presets.data ?? []).filter((p) => !selected.includes(p.id));
  const fitting = available.filter((p) => fits.get(p.id)?.fits === true);
  const unfit = available.filter((p) => fits.get(p.id)?.fits === false);
  const unjudged = available.filter((p) => !fits.has(p.id));
  const chosenUnfit = selected.map((id) => fits.get(id)).filter((f): f is PresetFit => f?.fits === false);

  return (
    <div className="preset-selector">
      <div className="chips" aria-label="Chosen presets, in merge order" role="list">
        {selected.length === 0 && <span className="hint">No preset chosen yet.</span>}
        {selected.map((id, i) => (
          <span className={`chip${fits.get(id)?.fits === false ? ' unfit' : ''}`} role="listitem" key={id}>
            <span className="chip-order">{i + 1}</span> {byId.get(id)?.name ?? `#${id}`}
            {fits.get(id)?.fits === false && <span className="badge warning">does not fit</span>}
            <button type="button" className="icon" aria-label={`Remove ${byId.get(id)?.name ?? id}`}
              onClick={() => onChange(selected.filter((s) => s !== id))}>×</button>
          </span>
        ))}
      </div>
      {chosenUnfit.length > 0 && (
        <div className="unfit-chosen" role="group" aria-label={`Chosen presets that do not fit ${templateName}`}>
          {chosenUnfit.map((f) => <p key={f.id}><strong>{f.name}</strong> {f.summary}.</p>)}
        </div>
      )}
      <div className="selector-controls">
        <label>
          <span>Add a preset</span>
          <select value="" onChange={(e) => e.target.value && onChange([...selected, Number(e.target.value)])}
            disabled={presets.isPending} aria-describedby={unfit.length > 0 ? 'unfit-presets' : undefined}>
            <option value="">{presets.isPending ? 'Loading presets…' : available.length ? 'Choose…' : 'All presets chosen'}</option>
            {fitting.length > 0 && <optgroup label={`Fit ${templateName}`}>{fitting.map(option)}</optgroup>}
            {unjudged.map(option)}
            {unfit.length > 0 && <optgroup label={`Do not fit ${templateName}`}>{unfit.map(option)}</optgroup>}
          </select>
        </label>
        <fieldset className="strategy">
          <legend>Merge strategy</legend>
          {STRATEGIES.map((s) => (
            <label key={s.value} title={s.hint}>
              <input type="radio" name="merge-strategy" value={s.value} checked={strategy === s.value}
                onChange={() => onStrategy(s.value)} /> {s.label}
            </label>
          ))}
        </fieldset>
      </div>
      {unfit.length > 0 && (
        <details className="unfit-presets" id="unfit-presets" open>
          <summary>{unfit.length === 1 ? '1 preset does' : `${unfit.length} presets do`} not fit {templateName}</summary>
          <ul>
            {unfit.map((p) => <li key={p.id}><strong>{p.name}</strong> {fits.get(p.id)?.summary}</li>)}
          </ul>
        </details>
      )}
      <p className="hint">{STRATEGIES.find((s) => s.value === strategy)?.label}: {STRATEGIES.find((s) => s.value === strategy)?.hint}.</p>
      {presets.error && <ErrorList messages={[`Could not load the presets: ${String(presets.error)}`]} />}
      {fit.error && <p className="hint">Whether each preset fits {templateName} is not known: {fit.error.message}</p>}
      {selected.length > 0 && merge.isPending && <Loading what="the merge" />}
      {merge.error && <ErrorList messages={merge.error instanceof ApiError ? merge.error.messages() : [String(merge.error)]} />}
      {selected.length > 0 && merge.data && (
        <>
          <MergePreview result={merge.data} />
          <ConflictWarnings conflicts={merge.data.conflicts} />
        </>
      )}
    </div>
  );
}

function option(p: Preset) {
  return <option key={p.id} value={p.id}>{p.name}{p.category ? ` (${p.category})` : ''}</option>;
}
