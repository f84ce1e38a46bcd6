import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys, refreshAfterWrite } from '../../api/queries';
import type { Preset } from '../../api/types';
import { ConfirmDialog } from '../../components/Modal';
import { useToast } from '../../components/Toast';

interface Props {
  preset: Preset;
  onDeleted: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a preset. When other presets are based on it the server refuses (409) and
 * says how many; the dialog then offers to detach them first (their values are copied into them),
 * which is the only way a base is deleted without breaking what stands on it.
 */
export function DeletePresetDialog({ preset, onDeleted, onCancel }: Props) {
  const queries = useQueryClient();
  const toast = useToast();
  const remove = useMutation({
    mutationFn: (detach: boolean) => api.deletePreset(preset.id, detach),
    onSuccess: (_, detach) => {
      void refreshAfterWrite(queries, keys.presets);
      toast(detach ? `Deleted ${preset.name}; the presets based on it keep its values.` : `Deleted ${preset.name}.`);
      onDeleted();
    },
  });
  const hasDependents = remove.error instanceof ApiError && remove.error.status === 409;
  return (
    <ConfirmDialog
      title={`Delete ${preset.name}?`}
      message={hasDependents
        ? `Other presets are based on ${preset.name}. Detaching copies its values into each of them, so they keep working as they do now.`
        : `${preset.name} will be gone for good. Export it first if you may want it back.`}
      confirmLabel={hasDependents ? 'Detach them and delete' : 'Delete'}
      busy={remove.isPending}
      error={remove.error instanceof ApiError ? remove.error.messages() : undefined}
      onConfirm={() => remove.mutate(hasDependents)}
      onCancel={() => { remove.reset(); onCancel(); }}
    />
  );
}
