import { useState } from 'react';
import type { QualityPreview, Template } from '../../api/types';
import { Bars } from '../../components/Bars';
import { ProvenanceTable } from '../../components/ProvenanceTable';
import { Loading } from '../../components/States';
import { formatCost, formatSeconds, formatValue } from '../../lib/format';

interface Props {
  template: Template;
  preview?: QualityPreview;
  pending: boolean;
  failed: boolean;
}

/** The unsaved preset resolved for the template: what changed against its base, and where each value came from. */
export function PreviewPanel({ template, preview, pending, failed }: Props) {
  const [explain, setExplain] = useState(false);
  if (!preview) return <div className="card preview">{failed ? <p className="hint">Fix the problems on the left to see the preview.</p> : <Loading what="the preview" />}</div>;
  const { diff, result, base } = preview;
  const baseValues = Object.fromEntries(Object.entries(base.provenance).map(([n, p]) => [n, p.value]));
  return (
    <section className={pending || failed ? 'card preview stale' : 'card preview'} aria-labelledby="preview-title" aria-live="polite">
      <div className="card-head">
        <h2 id="preview-title">Preview on {template.name}</h2>
        <label className="switch small">
          <input type="checkbox" role="switch" checked={explain} onChange={(e) => setExplain(e.target.checked)} /> Explain
        </label>
      </div>
      <p data-testid="diff-summary">
        {diff.length === 0
          ? `Same parameters as ${preview.preset.base}.`
          : `${diff.length === 1 ? '1 parameter differs' : `${diff.length} parameters differ`} from ${preview.preset.base}:`}
      </p>
      {diff.length > 0 && (
        <ul className="diff-list" aria-label={`Differences from ${preview.preset.base}`}>
          {diff.map((d) => (
            <li key={d.parameter}><span className="mono">{d.parameter}</span>: <del>{formatValue(d.base)}</del> → <ins>{formatValue(d.value)}</ins></li>
          ))}
        </ul>
      )}
      <div className="bar-charts">
        <Bars title="Time per run" bars={[
          { label: preview.preset.base, value: base.estimate.expected_seconds, text: formatSeconds(base.estimate.expected_seconds) },
          { label: 'this preset', value: result.estimate.expected_seconds, text: formatSeconds(result.estimate.expected_seconds) },
        ]} />
        <Bars title="Cost per run" bars={[
          { label: preview.preset.base, value: base.estimate.cost, text: formatCost(base.estimate.cost) },
          { label: 'this preset', value: result.estimate.cost, text: formatCost(result.estimate.cost) },
        ]} />
      </div>
      <ProvenanceTable provenance={result.provenance} explain={explain} compareTo={baseValues} inputs={template.inputs}
        compareLabel={preview.preset.base} caption="Resolved parameters of the custom preset" />
    </section>
  );
}
