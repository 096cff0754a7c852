-- watchfloor PostgreSQL + PostGIS schema, version 1 (issue 7).
-- The same tables and columns as schema/duckdb/001_initial.sql, plus a generated
-- geometry(Point, 4326) column on events and places with GiST indexes (one on the geometry for
-- bbox filters, one on its geography cast for ST_DWithin "near" filters). Applied by
-- watchfloor.store.postgis.PostGISStore on open, inside one transaction holding an advisory
-- lock, which also records the version in schema_version. JSON columns are `json`, not `jsonb`:
-- json keeps the text as written (so "\u0000" and key order survive), and the store reads
-- events back from it losslessly.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,   -- SHA-256 of text: same text, same article
    text          TEXT NOT NULL,
    title         TEXT,
    url           TEXT,
    source        TEXT,
    published     TEXT,                   -- as given (a date or a timestamp)
    published_date DATE,                     -- its date part, for queries; NULL if unparseable
    language      TEXT,
    meta          JSON,
    ingested_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE events (
    event_id      TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES articles (id),
    type          TEXT NOT NULL,
    mode          TEXT,
    contexts      TEXT[],
    cameo         TEXT,
    cameo_root    TEXT,                   -- first two digits of cameo
    quad_class    INTEGER,
    goldstein     DOUBLE PRECISION,
    acled_event_type     TEXT,
    acled_sub_event_type TEXT,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    trigger_text   TEXT,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  TEXT,
    actor1_text    TEXT,
    actor1_start   INTEGER,
    actor1_end     INTEGER,
    actor1_name    TEXT,
    actor1_country TEXT,
    actor1_sector  TEXT,
    actor1_code    TEXT,
    actor2_text    TEXT,
    actor2_start   INTEGER,
    actor2_end     INTEGER,
    actor2_name    TEXT,
    actor2_country TEXT,
    actor2_sector  TEXT,
    actor2_code    TEXT,
    location_text         TEXT,
    location_start        INTEGER,
    location_end          INTEGER,
    location_name         TEXT,
    location_lat          DOUBLE PRECISION,
    location_lon          DOUBLE PRECISION,
    location_country      TEXT,
    location_geonameid    BIGINT,
    location_feature      TEXT,
    location_admin1       TEXT,
    location_confidence   DOUBLE PRECISION,
    location_precision_km DOUBLE PRECISION,
    location_border_km    DOUBLE PRECISION,
    location_border_with  TEXT,
    date           DATE,                     -- NULL when the event's date is not an ISO date
    date_end       DATE,
    date_precision TEXT,
    factuality     TEXT,
    attribution    TEXT,
    confidence     DOUBLE PRECISION,
    flags          TEXT[],
    event          JSON NOT NULL,            -- the whole event, lossless
    -- The location as a point (lon, lat), NULL without a usable location.
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN location_lat BETWEEN -90 AND 90 AND location_lon BETWEEN -180 AND 180
             THEN ST_SetSRID(ST_MakePoint(location_lon, location_lat), 4326) END) STORED
);

CREATE INDEX events_date_idx ON events (date);
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_location_country_idx ON events (location_country);
CREATE INDEX events_doc_id_idx ON events (doc_id);
CREATE INDEX events_border_idx ON events (location_country, location_border_with, location_border_km);
-- Spatial filters: bbox uses geom && envelope, near uses ST_DWithin on the geography cast.
CREATE INDEX events_geom_idx ON events USING gist (geom);
CREATE INDEX events_geog_idx ON events USING gist ((geom::geography));

-- Place mentions per article (geoparse output), when the caller passes them.
CREATE TABLE places (
    doc_id        TEXT NOT NULL REFERENCES articles (id),
    mention_start INTEGER NOT NULL,
    mention_end   INTEGER NOT NULL,
    text          TEXT,
    name          TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    country       TEXT,
    geonameid     BIGINT,
    feature       TEXT,
    admin1        TEXT,
    confidence    DOUBLE PRECISION,
    precision_km  DOUBLE PRECISION,
    border_km     DOUBLE PRECISION,
    border_with   TEXT,
    place         JSON NOT NULL,
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180
             THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED,
    PRIMARY KEY (doc_id, mention_start, mention_end)
);

CREATE INDEX places_geom_idx ON places USING gist (geom);
