-- Slugs are unique per owner, the system presets forming an owner of their own, so that the slug a
-- new preset gets says nothing about other users' presets. Existing presets keep their slugs.
-- SQLite cannot drop the column's UNIQUE constraint, so the table is rebuilt; no table references
-- presets, and the id sequence carries over so user presets still start at 1001.
CREATE TABLE presets_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL CHECK (kind IN ('parameter', 'quality')),
    slug        TEXT    NOT NULL,
    owner_id    INTEGER REFERENCES users (id) ON DELETE CASCADE,
    visibility  TEXT    NOT NULL CHECK (visibility IN ('private', 'shared', 'system')),
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,
    search_text TEXT    NOT NULL,
    category    TEXT,
    runtime     TEXT,
    body        TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((owner_id IS NULL) = (visibility = 'system'))
);
INSERT INTO presets_new (id, kind, slug, owner_id, visibility, name, name_key, search_text, category, runtime,
                         body, revision, created_at, updated_at)
SELECT id, kind, slug, owner_id, visibility, name, name_key, search_text, category, runtime,
       body, revision, created_at, updated_at
FROM presets;
DELETE FROM sqlite_sequence WHERE name = 'presets_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'presets_new', seq FROM sqlite_sequence WHERE name = 'presets';
DROP TABLE presets;
ALTER TABLE presets_new RENAME TO presets;

CREATE UNIQUE INDEX presets_owner_name ON presets (coalesce(owner_id, 0), name_key);
CREATE INDEX presets_visibility_owner ON presets (visibility, owner_id);
CREATE INDEX presets_page ON presets (id, visibility, owner_id);
CREATE UNIQUE INDEX presets_owner_slug ON presets (owner_id, slug);
CREATE UNIQUE INDEX presets_system_slug ON presets (slug) WHERE owner_id IS NULL;

-- A parameter preset's top-level runtime is the one source of truth (the list filter reads its
-- column, the preset object the member); the seed's metadata.runtime may only restate it. A body
-- holds both members only where they disagreed, and then the top-level one was what everything
-- read: the contradicting metadata.runtime goes.
UPDATE presets
SET body = json_remove(body, '$.metadata.runtime'), revision = revision + 1
WHERE kind = 'parameter' AND json_type(body, '$.runtime') IS NOT NULL
  AND json_type(body, '$.metadata.runtime') IS NOT NULL;
UPDATE store_changes SET version = version + 1 WHERE id = 1;

-- Which version of the name rules the stored presets follow; StoredNames brings them to the
-- current one in Java (NFKC and case folding are beyond SQL) and records it here.
ALTER TABLE store_changes ADD COLUMN names_version INTEGER NOT NULL DEFAULT 0;
