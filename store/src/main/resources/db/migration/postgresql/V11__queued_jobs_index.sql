-- The sweep for queued jobs that JobRunr never received reads only the queued ones, oldest first.
CREATE INDEX jobs_queued ON jobs (queued_at) WHERE status = 'queued';
