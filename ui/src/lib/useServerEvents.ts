import { useEffect, useRef, useState } from 'react';

/** After the stream fails, the page polls and opens the stream again after this pause. */
const RECONNECT_MILLIS = 3000;
/**
 * A stream that fails this many times in a row without one event is not opened again (a batch the
 * user may read only through its comparison, such as a shared sample's, has no stream for them).
 */
const MAX_FAILURES = 3;

/**
 * Follows the server-sent events at `url` while it is given: each event named `name` is parsed and
 * goes to `onEvent`. The stream is closed once `isFinal` says an event is the last (the server ends
 * it then; closing first stops EventSource reconnecting); when it fails it is reopened after a pause
 * (up to MAX_FAILURES times in a row), and the result is false meanwhile, so the page polls instead.
 */
export function useServerEvents<T>(url: string | undefined, name: string, onEvent: (event: T) => void, isFinal: (event: T) => boolean) {
  const [live, setLive] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const failures = useRef(0);
  // The latest callbacks, without reopening the stream whenever the page renders new ones.
  const handlers = useRef({ onEvent, isFinal });
  useEffect(() => {
    handlers.current = { onEvent, isFinal };
  }, [onEvent, isFinal]);

  useEffect(() => {
    if (!url) return undefined;
    const source = new EventSource(url, { withCredentials: true });
    let retry: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener(name, (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as T;
      failures.current = 0;
      setLive(true);
      handlers.current.onEvent(event);
      if (handlers.current.isFinal(event)) {
        source.close();
        setLive(false);
      }
    });
    source.onerror = () => {
      source.close();
      setLive(false);
      failures.current += 1;
      if (failures.current < MAX_FAILURES) retry = setTimeout(() => setAttempt((n) => n + 1), RECONNECT_MILLIS);
    };
    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [url, name, attempt]);

  return live && !!url;
}
