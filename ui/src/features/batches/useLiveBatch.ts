import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, POLL_MILLIS } from '../../api/queries';
import type { Batch, BatchEvent } from '../../api/types';
import { useBatchEvents } from './useBatchEvents';

/** While events arrive, the items' jobs are re-read this often (the counts come with every event). */
const JOBS_REFRESH_MILLIS = 2000;

/**
 * A batch followed live: its events move the counts and the measured time at once; its items' jobs
 * are re-read every few seconds while it runs (every event re-reading thousands of jobs would cost
 * more than it shows), and once more when it ends. Without the stream the batch is polled.
 */
export function useLiveBatch(id: string) {
  const queries = useQueryClient();
  const [event, setEvent] = useState<BatchEvent>();
  const [live, setLive] = useState(false);
  const batch = useQuery({
    queryKey: keys.batch(id),
    queryFn: () => api.batch(id),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? (live ? JOBS_REFRESH_MILLIS : POLL_MILLIS) : false),
  });
  const running = batch.data?.status === 'running';
  const onEvent = useCallback((e: BatchEvent) => {
    setEvent(e);
    if (e.status !== 'running') void queries.invalidateQueries({ queryKey: keys.batch(id) });
  }, [queries, id]);
  const streaming = useBatchEvents(id, running, onEvent);
  if (streaming !== live) setLive(streaming);
  return { batch, shown: shownBatch(batch.data, event), live: streaming };
}

/** The batch as last read, with the counts of a newer event (an event that says less finished is older). */
export function shownBatch(batch: Batch | undefined, event: BatchEvent | undefined): Batch | undefined {
  if (!batch || !event || event.id !== batch.id) return batch;
  const ended = (b: { counts: BatchEvent['counts'] }) => b.counts.succeeded + b.counts.failed + b.counts.cancelled;
  if (ended(event) < ended(batch) || batch.status !== 'running') return batch;
  return { ...batch, counts: event.counts, status: event.status, measured_seconds: event.measured_seconds };
}
