-- What a run measured of its output (a quality metric such as PSNR, a size, a token count): a JSON
-- object, name -> number, empty until the job succeeds. Jobs stored before keep an empty one.
ALTER TABLE jobs ADD COLUMN metrics JSONB NOT NULL DEFAULT '{}';

-- The job list filters by a parameter preset merged in (preset_ids @> '[id]'); jsonb_path_ops keeps
-- the index small, as containment is all it answers. (SQLite has no index on JSON members: its
-- filter reads the owner's jobs through jobs_owner_created.)
CREATE INDEX jobs_preset_ids ON jobs USING GIN (preset_ids jsonb_path_ops);
