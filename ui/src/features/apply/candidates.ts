import type { InputSpec, Json, JsonObject } from '../../api/types';

/**
 * The merged presets' candidates for the template's own inputs. A parameter the template lacks is
 * left out: the preset picker says so, and no run or study could use it.
 */
export function candidatesFor(merged: Record<string, Json[]> | undefined, inputs: Record<string, InputSpec>): Record<string, Json[]> {
  return Object.fromEntries(Object.entries(merged ?? {}).filter(([name]) => name in inputs));
}

/** Parameters still open: more than one candidate, and no value of the user's pins one. */
export function openParameters(candidates: Record<string, Json[]>, edits: JsonObject): string[] {
  return Object.keys(candidates).filter((name) => candidates[name].length > 1 && !(name in edits));
}

/** Points of the grid that remain once the user's values pin their parameters: 1 is a single run. */
export function remainingGrid(candidates: Record<string, Json[]>, edits: JsonObject): number {
  return openParameters(candidates, edits).reduce((points, name) => points * candidates[name].length, 1);
}

/** The value of each parameter the presets leave a single candidate for. */
export function singleCandidates(candidates: Record<string, Json[]>): JsonObject {
  return Object.fromEntries(Object.entries(candidates).filter(([, values]) => values.length === 1).map(([name, [value]]) => [name, value]));
}

/**
 * The field errors without those of open parameters. A 400 of a merge that leaves several
 * candidates says, per open parameter, that one run needs one value; the form shows the candidates
 * there instead, and Tune offers them all. Any other refusal (the presets do not fit: a 422) keeps
 * every error.
 */
export function withoutOpenParameters(byField: Record<string, string[]>, open: string[], status: number | undefined): Record<string, string[]> {
  if (status !== 400) return byField;
  return Object.fromEntries(Object.entries(byField).filter(([name]) => !open.includes(name)));
}
