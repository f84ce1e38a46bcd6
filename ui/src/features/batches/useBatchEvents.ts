import { api } from '../../api/client';
import type { BatchEvent } from '../../api/types';
import { useServerEvents } from '../../lib/useServerEvents';

const finished = (event: BatchEvent) => event.status !== 'running';

/**
 * Follows a batch's server-sent events (`/api/batches/{id}/events`) while `active`: each `batch`
 * event goes to `onEvent`, until the batch's final status (useServerEvents: reopened after a
 * failure, and false meanwhile, so the page polls).
 */
export function useBatchEvents(id: string | undefined, active: boolean, onEvent: (event: BatchEvent) => void) {
  return useServerEvents(id && active ? api.batchEventsUrl(id) : undefined, 'batch', onEvent, finished);
}
