import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite, usePresetList } from '../../api/queries';
import type { Preset } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { Empty, ErrorView, Loading } from '../../components/States';
import { useToast } from '../../components/Toast';
import { useDebounced } from '../../lib/useDebounced';
import { DeletePresetDialog } from './DeletePresetDialog';
import { ImportDialog } from './ImportDialog';
import { PresetFormModal } from './PresetFormModal';
import { PresetTable } from './PresetTable';
import { PresetToolbar, type Filters } from './PresetToolbar';
import { usePageTitle } from '../../lib/usePageTitle';

const PAGE_SIZE = 20;

export function PresetsPage() {
  usePageTitle('Presets');
  const [filters, setFilters] = useState<Filters>({ q: '', category: '', kind: '', sort: 'id' });
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<Preset | 'new'>();
  const [deleting, setDeleting] = useState<Preset>();
  const [importing, setImporting] = useState(false);
  const q = useDebounced(filters.q);
  const list = usePresetList({
    q, category: filters.category, kind: filters.kind || undefined, sort: filters.sort, offset, limit: PAGE_SIZE,
  });
  const queries = useQueryClient();
  const toast = useToast();

  const clone = useMutation({
    mutationFn: (p: Preset) => api.clonePreset(p.id),
    onSuccess: (copy) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(`Cloned into ${copy.name}; it is yours to edit.`);
    },
    onError: (e) => toast(e instanceof ApiError ? e.messages().join(' ') : String(e)),
  });
  function changeFilters(next: Filters) {
    setFilters(next);
    setOffset(0);
  }

  function select(id: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id); else next.delete(id);
    setSelected(next);
  }

  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="presets-title">
      <div className="page-head">
        <h1 id="presets-title">Presets</h1>
        <div className="page-actions">
          <button type="button" className="primary" onClick={() => setEditing('new')}>New preset</button>
          <button type="button" onClick={() => setImporting(true)}>Import…</button>
          <a className="button" href={api.bulkExportUrl([...selected])} download>
            {selected.size > 0 ? `Export ${selected.size} selected` : 'Export all'}
          </a>
        </div>
      </div>
      <PresetToolbar filters={filters} onChange={changeFilters} />
      {list.isPending && <Loading what="presets" />}
      {list.error && <ErrorView error={list.error} what="the presets" onRetry={() => void list.refetch()} />}
      {list.data && items.length === 0 && (
        <Empty title="No presets match.">
          <p>Clear the search or the filters, create a preset, or import a file.</p>
        </Empty>
      )}
      {items.length > 0 && (
        <PresetTable
          presets={items}
          selected={selected}
          onSelect={select}
          onSelectAll={(on) => setSelected(on ? new Set([...selected, ...items.map((p) => p.id)]) : new Set())}
          onEdit={(p) => setEditing(p)}
          onClone={(p) => clone.mutate(p)}
          onDelete={(p) => setDeleting(p)}
        />
      )}
      {list.data && <Pagination offset={offset} limit={PAGE_SIZE} total={list.data.total} onOffset={setOffset} />}
      {editing && <PresetFormModal preset={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {deleting && (
        <DeletePresetDialog
          preset={deleting}
          onDeleted={() => {
            setSelected((all) => new Set([...all].filter((id) => id !== deleting.id)));
            setDeleting(undefined);
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </section>
  );
}
