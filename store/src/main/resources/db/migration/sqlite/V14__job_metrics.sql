-- What a run measured of its output (a quality metric such as PSNR, a size, a token count): a JSON
-- object, name -> number, empty until the job succeeds. Jobs stored before keep an empty one.
ALTER TABLE jobs ADD COLUMN metrics TEXT NOT NULL DEFAULT '{}';
