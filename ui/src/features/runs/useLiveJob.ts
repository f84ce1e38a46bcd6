import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { keys, useJob } from '../../api/queries';
import type { JobProgress } from '../../api/types';
import { isActive } from '../../lib/jobs';

/** After the stream fails, the job is polled and the stream opened again after this pause. */
const RECONNECT_MILLIS = 3000;

/**
 * A job, followed live while it is queued or running: its server-sent events move the progress, and
 * each `status` event re-reads the job (outputs, log, times). When the stream fails or ends before the
 * job does, the job is polled until the stream is back. `live` says whether the stream is open.
 */
export function useLiveJob(id: string) {
  const queries = useQueryClient();
  const [live, setLive] = useState(false);
  const [event, setEvent] = useState<JobProgress>();
  const [attempt, setAttempt] = useState(0);
  const job = useJob(id, !live);
  const active = !!job.data && isActive(job.data.status);

  useEffect(() => {
    if (!active) return undefined;
    const source = new EventSource(api.jobEventsUrl(id), { withCredentials: true });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const receive = (statusChanged: boolean) => (message: MessageEvent<string>) => {
      const progress = JSON.parse(message.data) as JobProgress;
      setEvent(progress);
      setLive(true);
      if (statusChanged) void queries.invalidateQueries({ queryKey: keys.job(id) });
      // The server ends the stream after the final status; closing first stops EventSource reconnecting.
      if (!isActive(progress.status)) {
        source.close();
        setLive(false);
      }
    };
    source.addEventListener('status', receive(true));
    source.addEventListener('progress', receive(false));
    source.onerror = () => {
      source.close();
      setLive(false);
      retry = setTimeout(() => setAttempt((n) => n + 1), RECONNECT_MILLIS);
    };
    return () => {
      clearTimeout(retry);
      source.close();
    };
  }, [id, active, attempt, queries]);

  // A finished job's record is the last word; until then the latest event is newer than the record.
  const progress = job.data && (!active || !event ? job.data.progress : event);
  return { job, progress, live };
}
