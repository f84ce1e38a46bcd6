/** The one place that talks HTTP: session cookie, CSRF header, problem+json errors. */

export interface FieldError {
  pointer?: string;
  field?: string;
  message: string;
}

export interface Problem {
  title: string;
  status: number;
  detail?: string;
  errors: FieldError[];
}

/** A refused request, with the server's problem document (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
  }

  /** Every problem in words: the field errors, or the detail when there are none. */
  messages(): string[] {
    const errors = this.problem.errors ?? [];
    return errors.length > 0 ? errors.map(describeError) : [this.message];
  }
}

/** "name: Preset must have a name", with the JSON pointer read as a path. */
export function describeError(error: FieldError): string {
  const where = error.pointer ? error.pointer.replace(/^\//, '').split('/').join(' › ') : error.field;
  return where ? `${where}: ${error.message}` : error.message;
}

const UNREACHABLE: Problem = {
  title: 'Server unreachable',
  status: 0,
  detail: 'The Setpoint server does not answer. Is `setpoint serve` still running? Reload when it is.',
  errors: [],
};

export function xsrfToken(): string | undefined {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : undefined;
}

export interface Sent<T> {
  data: T;
  headers: Headers;
}

export interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

export async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<Sent<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = xsrfToken();
  if (method !== 'GET' && token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(UNREACHABLE);
  }
  if (!response.ok) {
    throw new ApiError(await problemOf(response));
  }
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    return {
      title: parsed.title ?? response.statusText,
      status: response.status,
      detail: parsed.detail,
      errors: parsed.errors ?? [],
    };
  } catch {
    return { title: response.statusText, status: response.status, detail: `The server answered ${response.status} ${response.statusText}.`, errors: [] };
  }
}
