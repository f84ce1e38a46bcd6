import { ApiError, describeError, type FieldError } from '../api/http';

export interface FieldErrors {
  /** Messages per field: the first pointer segment after `prefix`, or the error's `field`. */
  byField: Record<string, string[]>;
  /** Problems about no field the form shows, each with its location in words: shown above or below it. */
  general: string[];
}

const NONE: FieldErrors = { byField: {}, general: [] };

/**
 * Sorts a server refusal into the fields it is about, so each message can sit next to its control.
 * With `shown`, only those fields are kept apart; the rest go to `general`.
 */
export function fieldErrors(error: unknown, prefix = '', shown?: string[]): FieldErrors {
  if (!error) return NONE;
  if (!(error instanceof ApiError)) return { byField: {}, general: [String(error)] };
  const errors = error.problem.errors ?? [];
  if (errors.length === 0) return { byField: {}, general: [error.message] };
  const out: FieldErrors = { byField: {}, general: [] };
  errors.forEach((e) => {
    const key = fieldOf(e, prefix);
    if (key && (!shown || shown.includes(key))) {
      (out.byField[key] ??= []).push(messageWithin(e, prefix));
    } else {
      out.general.push(key ? describeError(e) : e.message);
    }
  });
  return out;
}

function fieldOf(error: FieldError, prefix: string): string | undefined {
  if (error.pointer !== undefined) {
    if (!error.pointer.startsWith(prefix)) return undefined;
    const rest = error.pointer.slice(prefix.length).replace(/^\//, '');
    return rest === '' ? undefined : rest.split('/')[0];
  }
  return error.field;
}

/** "tp-size: Parameter 'tp-size' must be a list" for errors deeper than the field itself. */
function messageWithin(error: FieldError, prefix: string): string {
  const path = (error.pointer ?? '').slice(prefix.length).replace(/^\//, '').split('/').slice(1).join(' › ');
  return path && !error.message.includes(path) ? `${path}: ${error.message}` : error.message;
}
