import { useCallback } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { POLL_MILLIS } from '../../api/queries';
import type { Comparison } from '../../api/types';
import { useBatchEvents } from '../batches/useBatchEvents';
import { batchIdOf, comparisonActive } from './comparison';

/**
 * A comparison followed while its levels run: every event of its batch (a level ended) re-reads it,
 * so the page fills in level by level; it is also polled, more slowly, for when the stream is down.
 * A shared sample is only polled: its batch belongs to no one, so its events are not the user's.
 */
export function useLiveComparison(key: QueryKey, read: () => Promise<Comparison>) {
  const queries = useQueryClient();
  const comparison = useQuery({
    queryKey: key,
    queryFn: read,
    refetchInterval: (q) => (q.state.data && comparisonActive(q.state.data) ? POLL_MILLIS * 2 : false),
  });
  const active = !!comparison.data && comparisonActive(comparison.data);
  const stream = comparison.data?.kind !== 'sample';
  const refresh = useCallback(() => void queries.invalidateQueries({ queryKey: key }), [queries, key]);
  const live = useBatchEvents(comparison.data ? batchIdOf(comparison.data) : undefined, active && stream, refresh);
  return { comparison, live };
}
