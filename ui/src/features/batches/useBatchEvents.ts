import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { BatchEvent } from '../../api/types';

/** After the stream fails, the page polls and opens the stream again after this pause. */
const RECONNECT_MILLIS = 3000;
/**
 * A stream that fails this many times in a row without one event is not opened again (a batch the
 * user may read only through its comparison, such as a shared sample's, has no stream for them).
 */
const MAX_FAILURES = 3;

/**
 * Follows a batch's server-sent events (`/api/batches/{id}/events`) while `active`: each `batch`
 * event goes to `onEvent`. The stream is closed at the batch's final status; when it fails it is
 * reopened after a pause (up to MAX_FAILURES times in a row), and `live` is false meanwhile, so the
 * page polls instead.
 */
export function useBatchEvents(id: string | undefined, active: boolean, onEvent: (event: BatchEvent) => void) {
  const [live, setLive] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const failures = useRef(0);
  // The latest callback, without reopening the stream whenever the page renders a new one.
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    if (!id || !active) return undefined;
    const source = new EventSource(api.batchEventsUrl(id), { withCredentials: true });
    let retry: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener('batch', (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as BatchEvent;
      failures.current = 0;
      setLive(true);
      handler.current(event);
      // The server ends the stream when the batch is finished; closing first stops EventSource reconnecting.
      if (event.status !== 'running') {
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
  }, [id, active, attempt]);

  return live && active;
}
