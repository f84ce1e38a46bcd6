import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import type { Batch, BatchEvent } from '../../api/types';
import { useBatchEvents } from './useBatchEvents';

/** While it runs, the batch and its items' jobs are re-read this often (the counts come with every event). */
const JOBS_REFRESH_MILLIS = 2000;

/**
 * A batch followed live: its events move the counts and the measured time at once; the batch with
 * its items' jobs is re-read every two seconds while it runs (every event re-reading thousands of
 * jobs would cost more than it shows), and once more when it ends, so without the stream it is polled.
 */
export function useLiveBatch(id: string) {
  const queries = useQueryClient();
  const [event, setEvent] = useState<BatchEvent>();
  const batch = useQuery({
    queryKey: keys.batch(id),
    queryFn: () => api.batch(id),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? JOBS_REFRESH_MILLIS : false),
  });
  const running = batch.data?.status === 'running';
  const onEvent = useCallback((e: BatchEvent) => {
    setEvent(e);
    if (e.status !== 'running') void queries.invalidateQueries({ queryKey: keys.batch(id) });
  }, [queries, id]);
  const live = useBatchEvents(id, running, onEvent);
  return { batch, shown: shownBatch(batch.data, event), live };
}

/** The batch as last read, with the counts of a newer event (an event that says less finished is older). */
export function shownBatch(batch: Batch | undefined, event: BatchEvent | undefined): Batch | undefined {
  if (!batch || !event || event.id !== batch.id) return batch;
  const ended = (b: { counts: BatchEvent['counts'] }) => b.counts.succeeded + b.counts.failed + b.counts.cancelled;
  if (ended(event) < ended(batch) || batch.status !== 'running') return batch;
  return { ...batch, counts: event.counts, status: event.status, measured_seconds: event.measured_seconds };
}
