-- Jobs: one run of one point (template, resolved parameters). JobRunr keeps its own queue tables
-- (jobrunr_*) in the same database; this table is Setpoint's record of each job and the run history
-- the estimator reads. Durations are seconds; JSON is JSONB.

CREATE TABLE jobs (
    id                 TEXT             PRIMARY KEY,
    owner_id           BIGINT           REFERENCES users (id) ON DELETE CASCADE,
    template_id        TEXT COLLATE "C" NOT NULL,
    template_ref       TEXT COLLATE "C" NOT NULL,
    quality            TEXT             NOT NULL,
    level              INTEGER          NOT NULL CHECK (level BETWEEN 1 AND 4),
    preset_ids         JSONB            NOT NULL,
    preset_revisions   JSONB            NOT NULL,
    inputs             JSONB            NOT NULL,
    parameters         JSONB            NOT NULL,
    status             TEXT             NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    estimate_seconds   DOUBLE PRECISION NOT NULL,
    estimate_low       DOUBLE PRECISION NOT NULL,
    estimate_high      DOUBLE PRECISION NOT NULL,
    estimate_source    TEXT             NOT NULL,
    work_units         DOUBLE PRECISION NOT NULL,
    created_at         TIMESTAMPTZ      NOT NULL,
    queued_at          TIMESTAMPTZ      NOT NULL,
    started_at         TIMESTAMPTZ,
    finished_at        TIMESTAMPTZ,
    queue_wait_seconds DOUBLE PRECISION,
    run_seconds        DOUBLE PRECISION,
    cpu_seconds        DOUBLE PRECISION,
    peak_memory_bytes  BIGINT,
    outputs            JSONB            NOT NULL,
    log                TEXT             NOT NULL,
    error              TEXT,
    attempt            INTEGER          NOT NULL,
    worker             TEXT
);
CREATE INDEX jobs_owner_created ON jobs (owner_id, created_at);
-- The estimator reads the finished runs of one template.
CREATE INDEX jobs_history ON jobs (template_id, status, finished_at);
