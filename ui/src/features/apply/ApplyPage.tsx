import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { keys, useEstimate, useMerge, usePresetFit, useTemplate } from '../../api/queries';
import type { ApplyRequest, ApplyResult, Json, JsonObject, MergeStrategy } from '../../api/types';
import { Field } from '../../components/Field';
import { QualitySelect, TemplateSelect } from '../../components/Pickers';
import { ProvenanceTable } from '../../components/ProvenanceTable';
import { ErrorList, ErrorView, Loading } from '../../components/States';
import { fieldErrors } from '../../lib/errors';
import { readApplyLink, type ApplyPrefill } from '../../lib/runLinks';
import { useDebounced } from '../../lib/useDebounced';
import { EstimateCard } from './EstimateCard';
import { PresetSelector } from './PresetSelector';
import { RunButton } from './RunButton';
import { SchemaForm, visibleErrors } from './SchemaForm';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSessionState } from '../../lib/useSessionState';
import { ApiError } from '../../api/http';
import { compareLink } from '../compare/compareLink';
import { candidatesFor, openParameters, remainingGrid, singleCandidates, withoutOpenParameters } from './candidates';
import { studyLink } from './studyLink';

/** One object for "no edits", so the request below keeps its identity until something changes. */
const NO_EDITS: JsonObject = {};

/** The request did not reach a server that could answer it: nothing about the parameters is known. */
function serverDown(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/**
 * The seed's New Task flow: template, quality, optional presets, fine-tuning, then the final parameters.
 * A link `?template=&quality=&presets=1,2&inputs=<JSON>` (a run's "Open in Apply") fills the form in
 * once; the address then drops it, so a reload keeps what the user changed since.
 */
export function ApplyPage() {
  usePageTitle('Apply');
  const [params, setParams] = useSearchParams();
  const [prefill] = useState(() => readApplyLink(params));
  const linked = params.has('template');
  useEffect(() => {
    if (linked) setParams({}, { replace: true });
  }, [linked, setParams]);
  return <ApplyForm prefill={prefill} />;
}

/** Replaces what the form kept with `value`, when a link gives one. */
function fill<T>(value: T | undefined): ((kept: T) => T) | undefined {
  return value === undefined ? undefined : () => value;
}

function ApplyForm({ prefill }: { prefill: ApplyPrefill | null }) {
  // The form outlives a reload and a visit to another page (Back returns to it), within the tab.
  const [templateId, setTemplateId] = useSessionState('apply.template', 'sd-image', fill(prefill?.template));
  const [quality, setQuality] = useSessionState('apply.quality', 'standard', fill(prefill?.quality));
  const linkedPresets = prefill?.presetIds;
  const [usePresets, setUsePresets] = useSessionState('apply.usePresets', false, fill(linkedPresets && linkedPresets.length > 0));
  // A link without presets switches them off but keeps the chosen ones for when they are switched on.
  const [presetIds, setPresetIds] = useSessionState<number[]>('apply.presetIds', [], fill(linkedPresets?.length ? linkedPresets : undefined));
  const [strategy, setStrategy] = useSessionState<MergeStrategy>('apply.strategy', 'union');
  // Manual edits per template; toggling presets or changing quality never touches them. A link's
  // inputs replace the edits of its template.
  const linkedInputs = prefill?.inputs;
  const [edits, setEdits] = useSessionState<Record<string, JsonObject>>('apply.edits', {},
    prefill && linkedInputs ? (kept) => ({ ...kept, [prefill.template]: linkedInputs }) : undefined);
  const [explain, setExplain] = useState(false);
  // Inputs left at least once, and whether Run was pressed: until then a required input is not nagged about.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const template = useTemplate(templateId);
  const myEdits = edits[templateId] ?? NO_EDITS;

  const request: ApplyRequest = useMemo(() => ({
    template: templateId,
    quality,
    preset_ids: usePresets ? presetIds : [],
    merge_strategy: strategy,
    inputs: myEdits,
  }), [templateId, quality, usePresets, presetIds, strategy, myEdits]);
  const settled = useDebounced(request, 250);
  const applied = useQuery({
    queryKey: keys.apply(settled),
    queryFn: () => api.apply(settled),
    retry: false,
  });
  // The last parameters that resolved stay on screen (dimmed) while an edit is being fixed.
  // Kept while rendering (React's "adjusting state when a prop changes"), not in an effect that renders twice.
  const [lastGood, setLastGood] = useState<{ template: string; result: ApplyResult }>();
  if (applied.data && (applied.data !== lastGood?.result || settled.template !== lastGood.template)) {
    setLastGood({ template: settled.template, result: applied.data });
  }
  const result = lastGood?.template === templateId ? lastGood.result : undefined;
  const stale = !!applied.error || applied.isFetching || settled !== request;
  const inputNames = Object.keys(template.data?.inputs ?? {});
  // The merged presets' candidates: a parameter left several is open until the user picks one, and
  // the open ones make the grid a study runs (Tune) where a single run cannot.
  const merge = useMerge(request.preset_ids ?? [], strategy);
  const candidates = usePresets && presetIds.length > 0 ? candidatesFor(merge.data?.parameters, template.data?.inputs ?? {}) : {};
  const open = openParameters(candidates, myEdits);
  const grid = remainingGrid(candidates, myEdits);
  const refusal = fieldErrors(applied.error, '', inputNames);
  const errors = { ...refusal, byField: withoutOpenParameters(refusal.byField, open, applied.error instanceof ApiError ? applied.error.status : undefined) };
  // Presets that do not fit are said in a sentence each, not a red line per parameter they set.
  const incompatible = applied.error instanceof ApiError && applied.error.status === 422;
  const fit = usePresetFit(templateId, incompatible ? request.preset_ids ?? [] : []);
  const unfit = incompatible ? (fit.data?.presets ?? []).filter((f) => !f.fits) : [];
  const shownErrors = visibleErrors(errors.byField, template.data?.inputs ?? {}, myEdits, touched, attempted);
  const pending = Object.keys(errors.byField).length > Object.keys(shownErrors).length;
  // The estimate of exactly these parameters (inputs and presets included), as a job would get it;
  // unlike the final parameters it needs no required input filled in.
  const estimate = useEstimate(settled);

  // Another template starts without the last one's explanation, touched inputs and attempt.
  const [formTemplate, setFormTemplate] = useState(templateId);
  if (formTemplate !== templateId) {
    setFormTemplate(templateId);
    setExplain(false);
    setTouched(new Set());
    setAttempted(false);
  }

  function edit(name: string, value: Json | undefined) {
    setEdits((all) => {
      const mine = { ...(all[templateId] ?? {}) };
      if (value === undefined) delete mine[name]; else mine[name] = value;
      return { ...all, [templateId]: mine };
    });
  }

  const defaults = Object.fromEntries(Object.entries(template.data?.inputs ?? {}).map(([n, s]) => [n, s.default ?? null]));
  // A refused request shows the last parameters that resolved, with the presets' single values over them.
  const shown: JsonObject = result && !applied.error ? result.parameters : { ...(result?.parameters ?? defaults), ...singleCandidates(candidates) };
  return (
    <section aria-labelledby="apply-title" className="apply-page">
      <div className="page-head">
        <h1 id="apply-title">Apply</h1>
        <p className="lede">Choose a template and a quality level, add parameter presets if you like, fine-tune, and see the final parameters.</p>
      </div>
      <div className="two-columns">
        <div className="column">
          <div className="card">
            <h2>1. Template and quality</h2>
            <div className="form-grid">
              <Field id="apply-template" label="Template"><TemplateSelect id="apply-template" value={templateId} onChange={setTemplateId} /></Field>
              <Field id="apply-quality" label="Quality level"><QualitySelect id="apply-quality" value={quality} onChange={setQuality} /></Field>
            </div>
          </div>
          <div className="card">
            <h2>2. Parameter presets</h2>
            <label className="switch">
              <input type="checkbox" role="switch" checked={usePresets} onChange={(e) => setUsePresets(e.target.checked)} />
              Use presets
            </label>
            <p className="hint">
              {usePresets ? 'Presets fill in values under your own; switch off for manual entry. Your edits stay either way.' : 'Manual entry: only the quality level and your values below. Your chosen presets are kept for when you switch back.'}
            </p>
            {usePresets && <PresetSelector template={templateId} templateName={template.data?.name ?? templateId} selected={presetIds} onChange={setPresetIds} strategy={strategy} onStrategy={setStrategy} />}
          </div>
          <div className="card">
            <h2>3. Fine-tune</h2>
            <p className="hint">
              Each field shows what it resolves to now; what you type wins over every preset.
              {Object.values(candidates).some((c) => c.length > 1) && ' Where the presets leave several candidates, choose one for a single run, or leave them all to a study.'}
            </p>
            {template.isPending && <Loading what="the template" />}
            {template.error && <ErrorView error={template.error} what="the template" onRetry={() => void template.refetch()} />}
            {template.data && <SchemaForm inputs={template.data.inputs} values={shown} edits={myEdits} onEdit={edit}
              onTouch={(name) => setTouched((t) => (t.has(name) ? t : new Set([...t, name])))} errors={shownErrors} candidates={candidates} />}
          </div>
        </div>
        <aside className="column sticky" aria-label="Result">
          <div className="card">
            <h2>Estimate</h2>
            {estimate.error ? <p className="hint" data-testid="estimate-none">{serverDown(estimate.error)
              ? 'No estimate while the server does not answer.' : 'No estimate until the parameters resolve.'}</p>
              : estimate.data ? <EstimateCard estimate={estimate.data} stale={estimate.isPlaceholderData || settled !== request} />
                : <Loading what="the estimate" />}
            {grid > 1 ? <TuneAction request={request} grid={grid} open={open} /> : (
              <RunButton request={request} blocked={serverDown(applied.error)
                ? 'The server does not answer; Run works again once it does.'
                : errors.general.length > 0 || Object.keys(shownErrors).length > 0
                  ? 'Fix the parameters first: the final parameters say what is missing.' : undefined}
                instead={pending ? () => setAttempted(true) : undefined} />
            )}
            <p className="compare-action">
              <Link className="button" to={compareLink(request)}>Compare levels</Link>
              <span className="hint"> These inputs at every quality level, side by side.</span>
            </p>
          </div>
          <div className="card" aria-live="polite">
            <div className="card-head">
              <h2>Final parameters</h2>
              <label className="switch small">
                <input type="checkbox" role="switch" checked={explain} onChange={(e) => setExplain(e.target.checked)} /> Explain
              </label>
            </div>
            {unfit.length > 0 ? (
              <div className="apply-problems" role="alert">
                <p className="state-title">
                  {unfit.length === 1 ? 'A chosen preset does' : `${unfit.length} chosen presets do`} not fit {template.data?.name ?? templateId}:
                </p>
                <div className="unfit-chosen">
                  {unfit.map((f) => <p key={f.id}><strong>{f.name}</strong> {f.summary}.</p>)}
                </div>
                <p className="hint">Remove {unfit.length === 1 ? 'it' : 'them'}, choose presets that fit (the picker lists them first), or choose another template.</p>
                <details>
                  <summary>Every reason ({errors.general.length + Object.keys(errors.byField).length})</summary>
                  <ErrorList messages={[...errors.general, ...Object.values(errors.byField).flat()]} />
                </details>
              </div>
            ) : errors.general.length > 0 && (
              <div className="apply-problems" role="alert">
                <p className="state-title">These parameters cannot be resolved yet:</p>
                <ErrorList messages={errors.general} />
              </div>
            )}
            {open.length > 0 && errors.general.length === 0 && (
              <p className="hint" data-testid="open-parameters">
                The presets leave several candidates for {open.join(', ')}: choose one of each under Fine-tune for a
                single run, or Tune to run every combination as a study.
              </p>
            )}
            {Object.keys(shownErrors).length > 0 ? (
              <p className="form-error">
                Fill in or fix {Object.keys(shownErrors).join(', ')} under Fine-tune to see the final parameters.
              </p>
            ) : pending && (
              <p className="hint">Fill in {Object.keys(errors.byField).join(', ')} under Fine-tune to see the final parameters.</p>
            )}
            {!result && applied.isFetching && <Loading what="the parameters" />}
            {result && !(open.length > 0 && applied.error) && (
              <div className={stale ? 'stale' : undefined} data-testid="final-parameters">
                <p className="quality-line">
                  {result.parameters._quality_preset.name} (level {result.parameters._quality_preset.level})
                </p>
                <ProvenanceTable provenance={result.provenance} explain={explain} caption="Final parameters" inputs={template.data?.inputs} />
              </div>
            )}
          </div>
        </aside>
      </div>
    </section>
  );
}

/** What replaces Run while the candidates left make more than one point: a study of them all, on the Studies page. */
function TuneAction({ request, grid, open }: { request: ApplyRequest; grid: number; open: string[] }) {
  return (
    <div className="run-action">
      <Link className="button primary" to={studyLink(request)}>Tune</Link>
      <p className="hint" data-testid="tune-hint">
        {grid} runs, one per combination of the candidates for {open.join(', ')}: a study runs them and finds the best.
        Choose one value of each under Fine-tune for a single run.
      </p>
    </div>
  );
}
