-- Jobs: one run of one point (template, resolved parameters). JobRunr keeps its own queue tables
-- (jobrunr_*) in the same database; this table is Setpoint's record of each job and the run history
-- the estimator reads. Times are epoch milliseconds; durations are seconds; JSON is TEXT.

CREATE TABLE jobs (
    id                 TEXT    PRIMARY KEY,
    owner_id           INTEGER REFERENCES users (id) ON DELETE CASCADE,
    template_id        TEXT    NOT NULL,
    template_ref       TEXT    NOT NULL,
    quality            TEXT    NOT NULL,
    level              INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    preset_ids         TEXT    NOT NULL,
    preset_revisions   TEXT    NOT NULL,
    inputs             TEXT    NOT NULL,
    parameters         TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    estimate_seconds   REAL    NOT NULL,
    estimate_low       REAL    NOT NULL,
    estimate_high      REAL    NOT NULL,
    estimate_source    TEXT    NOT NULL,
    work_units         REAL    NOT NULL,
    created_at         INTEGER NOT NULL,
    queued_at          INTEGER NOT NULL,
    started_at         INTEGER,
    finished_at        INTEGER,
    queue_wait_seconds REAL,
    run_seconds        REAL,
    cpu_seconds        REAL,
    peak_memory_bytes  INTEGER,
    outputs            TEXT    NOT NULL,
    log                TEXT    NOT NULL,
    error              TEXT,
    attempt            INTEGER NOT NULL,
    worker             TEXT
);
CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at);
-- The estimator reads the finished runs of one template.
CREATE INDEX jobs_history ON jobs (template_id, status, finished_at);
