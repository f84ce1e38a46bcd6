-- Batches: many jobs submitted, stored and followed as one. Each item is a row of jobs with its
-- batch, its place in the batch and its chunk (the consecutive items one JobRunr job runs). The spec
-- is JSON the store does not read.

CREATE TABLE batches (
    id         TEXT        PRIMARY KEY,
    owner_id   BIGINT      REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT,
    kind       TEXT        NOT NULL CHECK (kind IN ('batch', 'comparison', 'sample')),
    spec       JSONB       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    item_count INTEGER     NOT NULL
);
CREATE INDEX batches_owner_created ON batches (owner_id, created_at);

ALTER TABLE jobs ADD COLUMN batch_id TEXT REFERENCES batches (id) ON DELETE CASCADE;
ALTER TABLE jobs ADD COLUMN batch_index INTEGER;
ALTER TABLE jobs ADD COLUMN chunk_id TEXT;
CREATE INDEX jobs_batch ON jobs (batch_id, batch_index);
-- A chunk's worker claims its items by chunk.
CREATE INDEX jobs_chunk ON jobs (chunk_id) WHERE chunk_id IS NOT NULL;
