-- watchfloor DuckDB schema, version 4: the partner of a reciprocal event (issue 4). A meeting,
-- talks or an agreement between two parties has no actor2 (neither had it done to them); the
-- other party is kept here, and dyad queries read coalesce(actor2_*, partner_*).
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_text VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_start INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_end INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_sector VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_code VARCHAR;
