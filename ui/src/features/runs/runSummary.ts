import type { Job, JobOutput, MetricSpec } from '../../api/types';
import { formatBytes } from '../../lib/jobs';
import { formatSeconds, significant } from '../../lib/format';
import { mediaKind } from './OutputView';

/** Inputs that, when a run was given one, say best what it was about; else its first text input. */
const MAIN_INPUTS = ['prompt', 'text', 'input', 'message', 'query', 'source'];

/** The prompt or main input of a run, as given (the resolved value when the template's default was used). */
export function mainInput(job: Pick<Job, 'inputs' | 'parameters'>): string | undefined {
  for (const name of MAIN_INPUTS) {
    const value = job.inputs[name] ?? job.parameters[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return Object.values(job.inputs).find((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** What stands for a run in a list: its first image, else its first video (shown by a frame of it). */
export function thumbnailOf(job: Pick<Job, 'outputs'>): { kind: 'image' | 'video'; output: JobOutput } | undefined {
  for (const kind of ['image', 'video'] as const) {
    const output = job.outputs.find((o) => mediaKind(o.media_type) === kind);
    if (output) return { kind, output };
  }
  return undefined;
}

/** A measured value in its unit: "31.2 dB", "0.981", "1.2 MiB", "512 kbit/s", "3.4 s". */
export function formatMetric(value: number, spec?: Pick<MetricSpec, 'unit'>): string {
  const unit = spec?.unit ?? '';
  if (unit === 'bytes') return formatBytes(Math.round(value));
  if (unit === 's') return formatSeconds(value);
  const number = Number.isInteger(value) ? String(value) : significant(value, 3);
  return unit === '' ? number : `${number} ${unit}`;
}

/** The metrics of a run in the template's order (undeclared names after, by name), each with its spec. */
export function metricsOf(job: Pick<Job, 'metrics'>, specs: MetricSpec[] = []): { name: string; value: number; spec?: MetricSpec }[] {
  const measured = job.metrics ?? {};
  const declared = specs.filter((s) => s.name in measured).map((s) => ({ name: s.name, value: measured[s.name], spec: s }));
  const others = Object.keys(measured).filter((n) => !specs.some((s) => s.name === n)).sort()
    .map((name) => ({ name, value: measured[name] }));
  return [...declared, ...others];
}

/**
 * The measured run time, and for a run that finished how far it was from its estimate. A failed or
 * cancelled run stopped early: its time against the estimate would say nothing (a "-99 %").
 */
export function tookText(job: Pick<Job, 'status' | 'run_seconds' | 'estimate'>): string {
  if (job.run_seconds === null) return '—';
  const took = formatSeconds(job.run_seconds);
  if (job.status !== 'succeeded' || !job.estimate) return took;
  const off = Math.round(((job.run_seconds - job.estimate) / job.estimate) * 100);
  return `${took} (${off > 0 ? '+' : ''}${off} %)`;
}
