-- watchfloor PostgreSQL schema, version 4: the partner of a reciprocal event (issue 4). A meeting,
-- talks or an agreement between two parties has no actor2 (neither had it done to them); the
-- other party is kept here, and dyad queries read coalesce(actor2_*, partner_*).
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_text TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_start INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_end INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_name TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_country TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_sector TEXT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS partner_code TEXT;
