import type { PresetKind } from '../../api/types';
import { useCategories } from '../../api/queries';

export interface Filters {
  q: string;
  category: string;
  kind: '' | PresetKind;
  sort: string;
}

export const SORTS: { value: string; label: string }[] = [
  { value: 'name', label: 'Name A–Z' },
  { value: '-name', label: 'Name Z–A' },
  { value: '-updated_at', label: 'Recently updated' },
  { value: 'updated_at', label: 'Least recently updated' },
  { value: '-created_at', label: 'Newest' },
  { value: 'id', label: 'System first' },
];

/** Search, category (every category there is, not only the shown rows'), kind and sort. */
export function PresetToolbar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const categories = useCategories();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="toolbar" role="search">
      <label className="grow">
        <span>Search</span>
        <input type="search" placeholder="Name or description" value={filters.q} onChange={(e) => set({ q: e.target.value })} />
      </label>
      <label>
        <span>Category</span>
        <select value={filters.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">All categories</option>
          {(categories.data ?? []).map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select value={filters.kind} onChange={(e) => set({ kind: e.target.value as Filters['kind'] })}>
          <option value="">Both kinds</option>
          <option value="parameter">Parameter presets</option>
          <option value="quality">Quality presets</option>
        </select>
      </label>
      <label>
        <span>Sort</span>
        <select value={filters.sort} onChange={(e) => set({ sort: e.target.value })}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>{s.label}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
