import { ApiError, describeError, type FieldError } from '../api/http';
import { humanize } from './templates';

export interface FieldErrors {
  /** Messages per field: the first pointer segment after `prefix`, or the error's `field`. */
  byField: Record<string, string[]>;
  /** Problems about no field the form shows, each with its location in words: shown above or below it. */
  general: string[];
}

const NONE: FieldErrors = { byField: {}, general: [] };

/**
 * Sorts a server refusal into the fields it is about, so each message can sit next to its control.
 * With `shown`, only those fields are kept apart; the rest go to `general`. A message next to a
 * field names it in words, its label from `labels` or else its id made readable ("Steps: -5 is
 * below the minimum 1"): the server's pointer places it, the words are for people.
 */
export function fieldErrors(error: unknown, prefix = '', shown?: string[], labels: Record<string, string> = {}): FieldErrors {
  if (!error) return NONE;
  if (!(error instanceof ApiError)) return { byField: {}, general: [thrownText(error)] };
  const errors = error.problem.errors ?? [];
  if (errors.length === 0) return { byField: {}, general: [error.message] };
  const out: FieldErrors = { byField: {}, general: [] };
  errors.forEach((e) => {
    const key = fieldOf(e, prefix);
    if (key && (!shown || shown.includes(key))) {
      (out.byField[key] ??= []).push(`${labels[key] ?? humanize(key)}: ${messageWithin(e, prefix)}`);
    } else {
      out.general.push(key ? describeError(e) : e.message);
    }
  });
  return out;
}

/** The pointer's segments after `prefix` (unescaped), or undefined when it points elsewhere. */
function segmentsAfter(pointer: string, prefix: string): string[] | undefined {
  if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) return undefined;
  const rest = pointer.slice(prefix.length).replace(/^\//, '');
  return rest === '' ? [] : rest.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function fieldOf(error: FieldError, prefix: string): string | undefined {
  if (error.pointer !== undefined) return segmentsAfter(error.pointer, prefix)?.[0];
  return error.field;
}

/** "tp-size: Parameter 'tp-size' must be a list" for errors deeper than the field itself. */
function messageWithin(error: FieldError, prefix: string): string {
  const path = (segmentsAfter(error.pointer ?? '', prefix) ?? []).slice(1).join(' › ');
  return path && !error.message.includes(path) ? `${path}: ${error.message}` : error.message;
}

/**
 * A quality preset's problems by override row: `type/parameter` for a value (from the preset's
 * pointer `at/parameters/type/parameter`, or a problem of applying it, which names the parameter
 * of the template's `category` alone), `type` for the function type itself; each in words.
 */
export function overrideErrors(error: unknown, at: string, category: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!(error instanceof ApiError)) return out;
  (error.problem.errors ?? []).forEach((e) => {
    const [type, parameter, ...deeper] = e.pointer !== undefined
      ? segmentsAfter(e.pointer, `${at}/parameters`) ?? []
      : [category, ...(e.field ? [e.field] : [])];
    if (!type) return;
    const where = deeper.length > 0 && !e.message.includes(deeper.join(' › ')) ? `${deeper.join(' › ')}: ` : '';
    const key = parameter ? `${type}/${parameter}` : type;
    (out[key] ??= []).push(`${humanize(parameter ?? type)}: ${where}${e.message}`);
  });
  return out;
}

/** Something thrown that is not the server's answer, as it prints ("TypeError: Failed to fetch"); anything else but text as JSON. */
function thrownText(error: unknown): string {
  if (error instanceof Error) return error.toString();
  return typeof error === 'string' ? error : JSON.stringify(error);
}
