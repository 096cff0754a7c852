-- watchfloor PostgreSQL schema, version 3: clusters remember their actors' sectors, so that two
-- events between actors of one country (an army and a rebel force of the same state) are not
-- taken for one event.
ALTER TABLE wf_clusters ADD COLUMN IF NOT EXISTS actor1_sector TEXT;
ALTER TABLE wf_clusters ADD COLUMN IF NOT EXISTS actor2_sector TEXT;
