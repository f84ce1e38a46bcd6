import type { Json } from '../api/types';

/** A value as a person reads it: strings quoted, lists and objects as compact JSON. */
export function formatValue(value: Json | undefined): string {
  if (value === undefined) return '—';
  return JSON.stringify(value);
}

/** "40 ms", "6.0 s", "2 min 5 s", "1 min": short runs (a speech clip) are not all "0.0 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.9995) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "0.125", "0.0042", "0.0000063": three significant digits below 0.01, so a small cost is never "0.0000". */
export function formatCost(cost: number): string {
  if (cost === 0 || cost >= 0.01) return cost.toFixed(3);
  return cost.toFixed(Math.min(20, 2 - Math.floor(Math.log10(cost)))).replace(/0+$/, '');
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** JSON equality for values that came from the server (key order ignored). */
export function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
}

/** Reads what a person typed as a value: JSON when it parses (60, true, [1,2]), else the text itself. */
export function parseLoose(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}
