import type { Me, Preset } from '../../api/types';

/** Why the signed-in user cannot change or delete a preset, or undefined when they can. */
export function readOnlyReason(p: Preset, me: Me | undefined): string | undefined {
  if (p.is_system) return 'System presets are read-only: clone it to customise it';
  return p.owner !== me?.username ? `Only ${p.owner} can change it: clone it to customise it` : undefined;
}

/** "level 3" for a quality preset (its base's when it sets none), else its category. */
export function describeKind(p: Preset): string {
  return p.kind === 'quality' ? `level ${p.level ?? '—'}` : p.category ?? '—';
}
