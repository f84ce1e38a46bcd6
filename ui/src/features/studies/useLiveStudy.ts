import { useCallback, useEffect, useRef } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, POLL_MILLIS } from '../../api/queries';
import type { Study } from '../../api/types';
import { useServerEvents } from '../../lib/useServerEvents';

const ended = (study: Study) => study.status !== 'running';

/**
 * A study followed live: each `study` event of `/api/studies/{id}/events` carries the whole
 * document, which replaces the one read; without the stream (it failed, or a proxy dropped it) the
 * study is polled while it runs.
 */
export function useLiveStudy(id: string) {
  const queries = useQueryClient();
  const live = useRef(false);
  const study = useQuery({
    queryKey: keys.study(id),
    queryFn: () => api.study(id),
    refetchInterval: (q) => (q.state.data?.status === 'running' && !live.current ? POLL_MILLIS * 2 : false),
  });
  const onEvent = useCallback((event: Study) => {
    queries.setQueryData(keys.study(id), event);
    if (ended(event)) void queries.invalidateQueries({ queryKey: keys.studies });
  }, [queries, id]);
  const streaming = useServerEvents(study.data?.status === 'running' ? api.studyEventsUrl(id) : undefined, 'study', onEvent, ended);
  useEffect(() => {
    live.current = streaming;
  }, [streaming]);
  return { study, live: streaming };
}
