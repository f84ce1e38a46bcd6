import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { Preset, Study, Trial } from '../../api/types';
import { ErrorList } from '../../components/States';
import { applyLinkFor, pointText } from './study';

/**
 * "Save as preset" and "Open in Apply" for one trial (the best, or the one chosen in the table):
 * the preset gets one value per parameter of the trial's point; Apply opens with that preset once
 * it is saved, with the point as inputs before.
 */
export function TrialActions({ study, trial, isBest }: { study: Study; trial: Trial; isBest: boolean }) {
  const label = `trial ${trial.index + 1}`;
  const [name, setName] = useState(`${study.name ?? 'Study'}: ${isBest ? 'best' : label}`);
  const queries = useQueryClient();
  const save = useMutation({
    // The trial's number even for the best: while the study runs, the best may change before the server reads the request.
    mutationFn: (): Promise<Preset> => api.saveStudyPreset(study.id, name.trim(), trial.index),
    onSuccess: () => void refreshAfterWrite(queries, keys.presets),
  });
  const saved = save.data;
  const savable = trial.status === 'succeeded' && trial.scores !== null;
  return (
    <div className="trial-actions" data-testid="trial-actions">
      <p>
        <strong>{isBest ? `Best: ${label}` : `Chosen: ${label}`}</strong> <span className="mono">{pointText(trial.point)}</span>
      </p>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <label htmlFor="preset-name">Preset name</label>
        <input id="preset-name" value={name} onChange={(e) => { setName(e.target.value); save.reset(); }} />
        <button type="submit" disabled={!savable || !name.trim() || save.isPending || !!saved}>{save.isPending ? 'Saving…' : 'Save as preset'}</button>
        <Link className="button" to={applyLinkFor(study, trial, saved?.id)}
          title={saved ? 'Apply with the new preset' : "Apply with this trial's point as inputs"}>Open in Apply</Link>
      </form>
      {!savable && <p className="hint">Only a trial that succeeded can be saved as a preset.</p>}
      {saved && (
        <p className="notice" role="status">Saved as <Link to={`/presets/${saved.id}`}>{saved.name}</Link>: one value per parameter, its metadata names this study and trial.</p>
      )}
      {save.error && <ErrorList messages={save.error instanceof ApiError ? save.error.messages() : [String(save.error)]} />}
    </div>
  );
}
