import { useRef, useState, type DragEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import { Modal } from '../../components/Modal';
import { ErrorList } from '../../components/States';
import { useToast } from '../../components/Toast';

/** Import an export file by the file picker or by dropping it; every problem is listed in words. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string>();
  const queries = useQueryClient();
  const toast = useToast();
  const upload = useMutation({
    mutationFn: api.importFile,
    onSuccess: (created) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(`Imported ${created.length === 1 ? created[0].name : `${created.length} presets: ${created.map((p) => p.name).join(', ')}`}.`);
      onClose();
    },
  });

  function take(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setFileName(file.name);
    upload.mutate(file);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  const problems = upload.error instanceof ApiError ? upload.error.messages() : upload.error ? [String(upload.error)] : [];
  return (
    <Modal title="Import presets" onClose={onClose}>
      <p>
        An export file of Setpoint: <code>{'{"version": "1.0", "preset": {…}}'}</code> for one preset, or{' '}
        <code>{'"presets": […]'}</code> for many. All of a file is imported, or none of it.
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>Drop a <code>.json</code> file here, or</p>
        <button type="button" className="primary" onClick={() => picker.current?.click()} disabled={upload.isPending}>
          Choose a file…
        </button>
        <input ref={picker} type="file" accept=".json,application/json" className="visually-hidden"
          aria-label="Preset file to import" onChange={(e) => { take(e.target.files); e.target.value = ''; }} />
        {upload.isPending && <p role="status">Importing {fileName}…</p>}
      </div>
      {problems.length > 0 && (
        <div className="import-problems" role="alert">
          <p className="state-title">{fileName} was not imported: {problems.length === 1 ? 'one problem' : `${problems.length} problems`}.</p>
          <ErrorList messages={problems} label="Import problems" />
          <p className="hint">Fix the file and drop it again; nothing of it was stored.</p>
        </div>
      )}
    </Modal>
  );
}
