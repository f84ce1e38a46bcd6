-- A page of the default (id) order skips its offset on these narrow entries instead of whole rows
-- (preset bodies), and the visibility filter is answered from the index too.
CREATE INDEX presets_page ON presets (id, visibility, owner_id);
