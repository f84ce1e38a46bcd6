import type { InputType, Json, Resources } from '../api/types';

/**
 * A value as a person reads it: strings quoted, lists and objects as compact JSON. With the type a
 * template gives the input, a whole `number` keeps its decimal point (7.0, not 7): the JSON says
 * 7.0, but JSON.parse keeps no scale.
 */
export function formatValue(value: Json | undefined, type?: InputType, items?: InputType): string {
  if (value === undefined) return '—';
  if (type === 'number' && typeof value === 'number') return formatNumber(value);
  if (type === 'array' && items === 'number' && Array.isArray(value)) {
    return `[${value.map((v) => (typeof v === 'number' ? formatNumber(v) : JSON.stringify(v))).join(',')}]`;
  }
  return JSON.stringify(value);
}

/** A float parameter: at least one decimal, else as exact as JSON gives it (7.0, 0.75, 0.00005). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : plain(n);
}

/** `n` rounded to `digits` significant digits, trailing zeros dropped, never in exponent form. */
export function significant(n: number, digits: number): string {
  return plain(Number(n.toPrecision(digits)));
}

/** A number in plain decimals: 0.00005, not 5e-5. */
function plain(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(n))) + 15))).replace(/\.?0+$/, '');
}

/** "40 ms", "1.88 s", "12.3 s", "2 min 5 s": three significant digits, so a short run is not "0.0 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.9995) return `${significant(seconds * 1000, 3)} ms`;
  if (seconds < 59.95) return `${withDecimal(significant(seconds, 3))} s`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function withDecimal(text: string): string {
  return text.includes('.') ? text : `${text}.0`;
}

/**
 * Costs are in cost units: the unit of the templates' cost_per_second, a relative figure (README,
 * docs/API.md). Three significant digits, so a small cost is never "0.0000".
 */
export const COST_UNIT = 'cost units';

/** "0.00005 cost units", "0.125 cost units", "2 cost units". */
export function formatCost(cost: number): string {
  return `${significant(cost, 3)} ${COST_UNIT}`;
}

/** "4.2 GiB", "12 GiB", "0.35 GiB": at most two decimals. */
export function formatGiB(gib: number): string {
  return `${plain(Number(gib.toFixed(2)))} GiB`;
}

/** "cpu 2, memory 4.8 GiB, gpu 1, vram 4.2 GiB". */
export function formatResources(r: Resources): string {
  return `cpu ${plain(Number(r.cpu.toFixed(2)))}, memory ${formatGiB(r.memory)}, gpu ${plain(Number(r.gpu.toFixed(2)))}, vram ${formatGiB(r.vram)}`;
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
