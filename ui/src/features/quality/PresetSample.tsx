import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { NewComparison, Preset, Template } from '../../api/types';
import { ErrorList } from '../../components/States';
import { LEVELS, sampleInputs } from '../../lib/templates';
import { ComparisonView } from '../compare/ComparisonView';
import { useLiveComparison } from '../compare/useLiveComparison';

/**
 * A saved custom quality preset next to what it is based on, run on the template's sample inputs:
 * the comparison a "Preview this preset" starts.
 */
export function presetSampleRequest(template: Template, preset: Preset, base: string): NewComparison {
  const baseIsLevel = (LEVELS as readonly string[]).includes(base);
  return {
    template: template.id,
    inputs: sampleInputs(template),
    levels: baseIsLevel ? [base] : [],
    quality_presets: baseIsLevel ? [preset.slug] : [base, preset.slug],
  };
}

/** Runs a saved custom preset's own sample and shows it beside its base; unsaved, it says to save first. */
export function PresetSample({ template, preset, base }: { template: Template; preset?: Preset; base: string }) {
  const [id, setId] = useState<string>();
  const queries = useQueryClient();
  const start = useMutation({
    mutationFn: (request: NewComparison) => api.startComparison(request),
    onSuccess: (started) => {
      queries.setQueryData(keys.comparison(started.comparison_id), started);
      void refreshAfterWrite(queries, keys.batches);
      setId(started.comparison_id);
    },
  });
  return (
    <div className="card preset-sample" data-testid="preset-sample">
      <div className="samples-head">
        <h2>Sample of this preset</h2>
        <button type="button" disabled={!preset || start.isPending} onClick={() => preset && start.mutate(presetSampleRequest(template, preset, base))}>
          {start.isPending ? 'Starting…' : 'Preview this preset'}
        </button>
      </div>
      <p className="hint">
        {preset ? `Runs ${preset.name} and ${base} on the template's sample input with one seed.` : 'Save the preset to run a sample of it.'}
        {id && <> <Link to={`/compare/${id}`}>Open on the Compare page</Link>.</>}
      </p>
      {start.error && (
        <div className="run-refused" role="alert">
          <p className="state-title">The sample was not started.</p>
          <ErrorList messages={start.error instanceof ApiError ? start.error.messages() : [String(start.error)]} />
        </div>
      )}
      {id && <StartedSample id={id} />}
    </div>
  );
}

function StartedSample({ id }: { id: string }) {
  const { comparison, live } = useLiveComparison(keys.comparison(id), () => api.comparison(id));
  return comparison.data ? <ComparisonView comparison={comparison.data} live={live} /> : null;
}
