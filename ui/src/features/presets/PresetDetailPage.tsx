import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite, useMe, usePreset, useResolvedPreset } from '../../api/queries';
import type { JsonObject, Preset, ResolvedQuality } from '../../api/types';
import { ErrorView, Loading } from '../../components/States';
import { useToast } from '../../components/Toast';
import { formatDate, formatNumber, formatValue } from '../../lib/format';
import { humanize } from '../../lib/templates';
import { usePageTitle } from '../../lib/usePageTitle';
import { NotFoundPage } from '../../NotFoundPage';
import { DeletePresetDialog } from './DeletePresetDialog';
import { PresetFormModal } from './PresetFormModal';
import { describeKind, readOnlyReason } from './readOnly';

/** /presets/{id}: one preset, system presets included: what it sets, and for a quality preset what it resolves to. */
export function PresetDetailPage() {
  const id = Number(useParams().id);
  if (!Number.isSafeInteger(id) || id < 1) return <NotFoundPage />;
  return <PresetDetail id={id} />;
}

function PresetDetail({ id }: { id: number }) {
  const preset = usePreset(id);
  usePageTitle(preset.data?.name ?? 'Preset');
  if (preset.isPending) return <Loading what="the preset" />;
  if (preset.error) return <ErrorView error={preset.error} what="the preset" onRetry={() => void preset.refetch()} />;
  const p = preset.data;
  return (
    <section aria-labelledby="preset-title" className="preset-detail">
      <p><Link to="/presets">← All presets</Link></p>
      <div className="page-head">
        <h1 id="preset-title">{p.name}</h1>
        <Actions preset={p} />
        {p.description && <p className="lede">{p.description}</p>}
      </div>
      <dl className="facts card">
        <div><dt>Kind</dt><dd><span className={`badge ${p.kind}`}>{p.kind}</span>{p.kind === 'quality' && (p.is_custom ? ' custom' : ' built-in level')}</dd></div>
        <div><dt>{p.kind === 'quality' ? 'Level' : 'Category'}</dt><dd data-testid="preset-level">{describeKind(p)}</dd></div>
        {p.kind === 'quality' && p.base_preset && <div><dt>Based on</dt><dd className="mono">{p.base_preset}</dd></div>}
        {p.kind === 'parameter' && <div><dt>Runtime</dt><dd>{p.runtime ?? 'any'}</dd></div>}
        <div><dt>Slug</dt><dd className="mono">{p.slug}</dd></div>
        <div><dt>Owner</dt><dd>{p.is_system ? <span className="badge system">system</span> : `${p.owner} (${p.visibility})`}</dd></div>
        <div><dt>Revision</dt><dd>{p.revision}, updated {formatDate(p.updated_at)}</dd></div>
      </dl>
      {p.kind === 'parameter' ? <CandidateValues parameters={p.parameters ?? {}} /> : <QualityDetail preset={p} />}
    </section>
  );
}

/** Clone, export, edit and delete, as in the list; edit and delete only for what the user may change. */
function Actions({ preset }: { preset: Preset }) {
  const me = useMe().data;
  const readOnly = readOnlyReason(preset, me);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const queries = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const clone = useMutation({
    mutationFn: () => api.clonePreset(preset.id),
    onSuccess: (copy) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(`Cloned into ${copy.name}; it is yours to edit.`);
      void navigate(`/presets/${copy.id}`);
    },
    onError: (e) => toast(e instanceof ApiError ? e.messages().join(' ') : String(e)),
  });
  return (
    <div className="page-actions">
      <button type="button" onClick={() => clone.mutate()} disabled={clone.isPending}>Clone</button>
      <a className="button" href={api.exportUrl(preset.id)} download>Export</a>
      <button type="button" onClick={() => setEditing(true)} disabled={!!readOnly} title={readOnly}>Edit</button>
      <button type="button" className="danger" onClick={() => setDeleting(true)} disabled={!!readOnly} title={readOnly}>Delete</button>
      {editing && <PresetFormModal preset={preset} onClose={() => setEditing(false)} />}
      {deleting && (
        <DeletePresetDialog preset={preset} onDeleted={() => void navigate('/presets')} onCancel={() => setDeleting(false)} />
      )}
    </div>
  );
}

function CandidateValues({ parameters }: { parameters: JsonObject }) {
  const entries = Object.entries(parameters);
  return (
    <>
      <h2>Parameters</h2>
      {entries.length === 0 ? <p className="hint">This preset sets no parameters.</p> : (
        <div className="table-wrap">
          <table className="compact" data-testid="preset-parameters">
            <caption className="hint">Candidate values per parameter; a merge combines them with other presets'.</caption>
            <thead><tr><th scope="col">Parameter</th><th scope="col">Values</th></tr></thead>
            <tbody>
              {entries.map(([name, values]) => (
                <tr key={name} data-parameter={name}>
                  <th scope="row" className="mono">{name}</th>
                  <td className="mono">{Array.isArray(values) ? values.map((v) => formatValue(v)).join(', ') : formatValue(values)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function QualityDetail({ preset }: { preset: Preset }) {
  const resolved = useResolvedPreset(preset.id, true);
  if (resolved.isPending) return <Loading what="the resolved values" />;
  if (resolved.error) return <ErrorView error={resolved.error} what="the resolved values" onRetry={() => void resolved.refetch()} />;
  const r = resolved.data;
  return (
    <>
      <h2>Inheritance</h2>
      <ol className="chain" data-testid="preset-chain">
        {r.chain.map((link) => (
          <li key={link.slug}>{link.name} <span className="hint mono">{link.slug}</span>{!link.is_custom && <span className="hint"> (built-in level)</span>}</li>
        ))}
      </ol>
      <Multipliers resolved={r} />
      <h2>Resolved values</h2>
      <p className="hint">What the chain gives each function type before a template adds its own: the level's values, then each custom preset's, base first.{r.category && ` This preset is meant for ${humanize(r.category).toLowerCase()}.`}</p>
      {Object.entries(r.parameters).map(([type, settings]) => (
        <div className="table-wrap" key={type}>
          <table className="compact" data-function-type={type}>
            <caption>{humanize(type)}</caption>
            <thead><tr><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Set by</th></tr></thead>
            <tbody>
              {Object.entries(settings).map(([name, s]) => (
                <tr key={name} data-parameter={name} className={s.set_by === preset.slug ? 'differs' : undefined}>
                  <th scope="row" className="mono">{name}</th>
                  <td className="mono">{formatValue(s.value, s.type)}</td>
                  <td className="mono">{s.set_by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function Multipliers({ resolved: r }: { resolved: ResolvedQuality }) {
  const scaling = Object.entries(r.resource_scaling);
  return (
    <dl className="facts" data-testid="preset-multipliers">
      <div><dt>Level</dt><dd>{r.level}</dd></div>
      <div><dt>Time multiplier</dt><dd>{formatNumber(r.time_multiplier)}</dd></div>
      <div><dt>Resource multiplier</dt><dd>{formatNumber(r.resource_multiplier)}</dd></div>
      <div><dt>Cost multiplier</dt><dd>{formatNumber(r.cost_multiplier)}</dd></div>
      {scaling.length > 0 && <div><dt>Resource scaling</dt><dd>{scaling.map(([k, v]) => `${k} ${formatNumber(v)}`).join(', ')}</dd></div>}
    </dl>
  );
}
