-- Slugs are unique per owner, the system presets forming an owner of their own, so that the slug a
-- new preset gets says nothing about other users' presets. Existing presets keep their slugs.
ALTER TABLE presets DROP CONSTRAINT presets_slug_key;
CREATE UNIQUE INDEX presets_owner_slug ON presets (owner_id, slug);
CREATE UNIQUE INDEX presets_system_slug ON presets (slug) WHERE owner_id IS NULL;

-- A parameter preset's top-level runtime is the one source of truth (the list filter reads its
-- column, the preset object the member); the seed's metadata.runtime may only restate it. A body
-- holds both members only where they disagreed, and then the top-level one was what everything
-- read: the contradicting metadata.runtime goes.
UPDATE presets
SET body = body #- '{metadata,runtime}', revision = revision + 1
WHERE kind = 'parameter' AND body -> 'runtime' IS NOT NULL AND body -> 'metadata' -> 'runtime' IS NOT NULL;
UPDATE store_changes SET version = version + 1 WHERE id = 1;

-- Which version of the name rules the stored presets follow; StoredNames brings them to the
-- current one in Java (NFKC and case folding are beyond SQL) and records it here.
ALTER TABLE store_changes ADD COLUMN names_version INTEGER NOT NULL DEFAULT 0;
