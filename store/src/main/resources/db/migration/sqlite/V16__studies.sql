-- Studies: a search space run trial by trial, each trial one point run as an ordinary job. The spec is
-- JSON the store does not read (the study as asked, its space, seed and pinned template). A trial's
-- status and measurements are its job's; a trial that could not become a job keeps why in failure.
-- The primary key (study_id, trial_index) makes a trial proposed twice impossible. Times are epoch
-- milliseconds.

CREATE TABLE studies (
    id          TEXT    PRIMARY KEY,
    owner_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT,
    spec        TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    reason      TEXT,
    created_at  INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX studies_owner_created ON studies (owner_id, created_at);
-- Resuming after a restart reads the running ones.
CREATE INDEX studies_status ON studies (status);

CREATE TABLE study_trials (
    study_id    TEXT    NOT NULL REFERENCES studies (id) ON DELETE CASCADE,
    trial_index INTEGER NOT NULL,
    point       TEXT    NOT NULL,
    job_id      TEXT    REFERENCES jobs (id) ON DELETE SET NULL,
    failure     TEXT,
    PRIMARY KEY (study_id, trial_index)
);
-- A job deleted sets its trial's job_id to NULL through this index, not a scan.
CREATE INDEX study_trials_job ON study_trials (job_id);
