-- The sweep for jobs that JobRunr never received reads the unfinished ones, oldest first: queued
-- jobs, and jobs stored running because they were handed straight to an idle worker.
DROP INDEX jobs_queued;
CREATE INDEX jobs_unfinished ON jobs (queued_at) WHERE status IN ('queued', 'running');
