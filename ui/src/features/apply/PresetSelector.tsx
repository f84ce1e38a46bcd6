import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, useAllPresets } from '../../api/queries';
import type { MergeStrategy } from '../../api/types';
import { ErrorList, Loading } from '../../components/States';
import { ConflictWarnings } from './ConflictWarnings';
import { MergePreview } from './MergePreview';

export const STRATEGIES: { value: MergeStrategy; label: string; hint: string }[] = [
  { value: 'union', label: 'Union', hint: 'every value any preset allows' },
  { value: 'intersection', label: 'Intersection', hint: 'only values all presets allow' },
  { value: 'last_wins', label: 'Last wins', hint: 'a later preset replaces an earlier one' },
];

interface Props {
  selected: number[];
  onChange: (ids: number[]) => void;
  strategy: MergeStrategy;
  onStrategy: (strategy: MergeStrategy) => void;
}

/** The seed's PresetSelector: presets as chips (in merge order), the strategy, the merged preview. */
export function PresetSelector({ selected, onChange, strategy, onStrategy }: Props) {
  const presets = useAllPresets('parameter');
  const merge = useQuery({
    queryKey: keys.merge(selected, strategy),
    queryFn: () => api.merge(selected, strategy),
    enabled: selected.length > 0,
  });
  const byId = new Map((presets.data ?? []).map((p) => [p.id, p]));
  const available = (presets.data ?? []).filter((p) => !selected.includes(p.id));

  return (
    <div className="preset-selector">
      <div className="chips" aria-label="Chosen presets, in merge order" role="list">
        {selected.length === 0 && <span className="hint">No preset chosen yet.</span>}
        {selected.map((id, i) => (
          <span className="chip" role="listitem" key={id}>
            <span className="chip-order">{i + 1}</span> {byId.get(id)?.name ?? `#${id}`}
            <button type="button" className="icon" aria-label={`Remove ${byId.get(id)?.name ?? id}`}
              onClick={() => onChange(selected.filter((s) => s !== id))}>×</button>
          </span>
        ))}
      </div>
      <div className="selector-controls">
        <label>
          <span>Add a preset</span>
          <select value="" onChange={(e) => e.target.value && onChange([...selected, Number(e.target.value)])}
            disabled={presets.isPending}>
            <option value="">{presets.isPending ? 'Loading presets…' : available.length ? 'Choose…' : 'All presets chosen'}</option>
            {available.map((p) => (
              <option key={p.id} value={p.id}>{p.name}{p.category ? ` (${p.category})` : ''}</option>
            ))}
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
      <p className="hint">{STRATEGIES.find((s) => s.value === strategy)?.label}: {STRATEGIES.find((s) => s.value === strategy)?.hint}.</p>
      {presets.error && <ErrorList messages={[`Could not load the presets: ${String(presets.error)}`]} />}
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
