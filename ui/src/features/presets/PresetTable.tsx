import type { Preset } from '../../api/types';
import { api } from '../../api/client';
import { useMe } from '../../api/queries';
import { formatDate } from '../../lib/format';
import { Link } from 'react-router-dom';
import { describeKind, readOnlyReason } from './readOnly';

interface Props {
  presets: Preset[];
  selected: Set<number>;
  onSelect: (id: number, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onEdit: (preset: Preset) => void;
  onClone: (preset: Preset) => void;
  onDelete: (preset: Preset) => void;
}

export function PresetTable({ presets, selected, onSelect, onSelectAll, onEdit, onClone, onDelete }: Props) {
  const me = useMe().data;
  const readOnly = (p: Preset) => readOnlyReason(p, me);
  const allSelected = presets.length > 0 && presets.every((p) => selected.has(p.id));
  return (
    <div className="table-wrap">
      <table className="presets-table">
        <caption className="visually-hidden">Presets</caption>
        <thead>
          <tr>
            <th scope="col">
              <input type="checkbox" aria-label="Select all shown presets" checked={allSelected}
                onChange={(e) => onSelectAll(e.target.checked)} />
            </th>
            <th scope="col">Name</th>
            <th scope="col">Description</th>
            <th scope="col">Category</th>
            <th scope="col">Runtime</th>
            <th scope="col">Kind</th>
            <th scope="col">Owner</th>
            <th scope="col">Updated</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {presets.map((p) => (
            <tr key={p.id}>
              <td>
                <input type="checkbox" aria-label={`Select ${p.name}`} checked={selected.has(p.id)}
                  onChange={(e) => onSelect(p.id, e.target.checked)} />
              </td>
              <th scope="row" className="name-cell"><Link to={`/presets/${p.id}`}>{p.name}</Link></th>
              <td className="description-cell">{p.description}</td>
              <td data-label="Category">{describeKind(p)}</td>
              <td data-label="Runtime">{p.runtime ?? '—'}</td>
              <td data-label="Kind"><span className={`badge ${p.kind}`}>{p.kind}</span></td>
              <td data-label="Owner">{p.is_system ? <span className="badge system">system</span> : `${p.owner}${p.visibility === 'shared' ? ' (shared)' : ''}`}</td>
              <td className="nowrap" data-label="Updated">{formatDate(p.updated_at)}</td>
              <td className="actions">
                <button type="button" onClick={() => onEdit(p)} disabled={!!readOnly(p)} title={readOnly(p)}
                  aria-label={`Edit ${p.name}`}>Edit</button>
                <button type="button" onClick={() => onClone(p)} aria-label={`Clone ${p.name}`}>Clone</button>
                <a className="button" href={api.exportUrl(p.id)} download aria-label={`Export ${p.name}`}>Export</a>
                <button type="button" className="danger" onClick={() => onDelete(p)} disabled={!!readOnly(p)} title={readOnly(p)}
                  aria-label={`Delete ${p.name}`}>Delete</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
