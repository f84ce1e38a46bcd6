import type { ReactNode } from 'react';
import { ApiError } from '../api/http';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** Nothing to show, and what to do about it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A failed request in words; a retry button when it may help (not for a refusal: a 4xx stays one). */
export function ErrorView({ error, what, onRetry }: { error: unknown; what: string; onRetry?: () => void }) {
  const messages = error instanceof ApiError ? error.messages() : [String(error)];
  const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
  return (
    <div className="state error" role="alert">
      <p className="state-title">Could not load {what}.</p>
      <ErrorList messages={messages} />
      {onRetry && !refused && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function ErrorList({ messages, label }: { messages: string[]; label?: string }) {
  if (messages.length === 0) return null;
  return (
    <ul className="error-list" aria-label={label}>
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}
