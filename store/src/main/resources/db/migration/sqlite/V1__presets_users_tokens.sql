-- Times are epoch milliseconds (INTEGER); preset bodies are the PresetCodec JSON as TEXT.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL,
    password_hash TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'user')),
    created_at    INTEGER NOT NULL
);
-- Usernames are ASCII (checked by the store), so lower() ignores case completely.
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE presets (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL CHECK (kind IN ('parameter', 'quality')),
    slug        TEXT    NOT NULL UNIQUE,
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
-- Names are unique per owner after trimming and ignoring case; system presets count as owner 0.
CREATE UNIQUE INDEX presets_owner_name ON presets (coalesce(owner_id, 0), name_key);
CREATE INDEX presets_visibility_owner ON presets (visibility, owner_id);

-- System presets take the fixed ids 1 to 8; user presets start at 1001.
INSERT INTO sqlite_sequence (name, seq) VALUES ('presets', 1000);

-- One row whose version grows with every preset write, in the same transaction.
CREATE TABLE store_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_changes (id, version) VALUES (1, 0);
