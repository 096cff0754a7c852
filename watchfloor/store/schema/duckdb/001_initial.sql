-- watchfloor DuckDB schema, version 1.
-- Applied by watchfloor.store.duckdb.DuckDBStore on open, inside one transaction, which also
-- records the version in schema_version. Column meanings follow shared/design/CONTRACT.md;
-- events.event is the full event as JSON so a stored event comes back exactly as it went in.

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,   -- SHA-256 of text: same text, same article
    text          VARCHAR NOT NULL,
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,
    published     VARCHAR,                   -- as given (a date or a timestamp)
    published_date DATE,                     -- its date part, for queries; NULL if unparseable
    language      VARCHAR,
    meta          JSON,
    ingested_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE events (
    event_id      VARCHAR PRIMARY KEY,
    doc_id        VARCHAR NOT NULL REFERENCES articles (id),
    type          VARCHAR NOT NULL,
    mode          VARCHAR,
    contexts      VARCHAR[],
    cameo         VARCHAR,
    cameo_root    VARCHAR,                   -- first two digits of cameo
    quad_class    INTEGER,
    goldstein     DOUBLE,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    trigger_text   VARCHAR,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    evidence_text  VARCHAR,
    actor1_text    VARCHAR,
    actor1_start   INTEGER,
    actor1_end     INTEGER,
    actor1_name    VARCHAR,
    actor1_country VARCHAR,
    actor1_sector  VARCHAR,
    actor1_code    VARCHAR,
    actor2_text    VARCHAR,
    actor2_start   INTEGER,
    actor2_end     INTEGER,
    actor2_name    VARCHAR,
    actor2_country VARCHAR,
    actor2_sector  VARCHAR,
    actor2_code    VARCHAR,
    location_text         VARCHAR,
    location_start        INTEGER,
    location_end          INTEGER,
    location_name         VARCHAR,
    location_lat          DOUBLE,
    location_lon          DOUBLE,
    location_country      VARCHAR,
    location_geonameid    BIGINT,
    location_feature      VARCHAR,
    location_admin1       VARCHAR,
    location_confidence   DOUBLE,
    location_precision_km DOUBLE,
    location_border_km    DOUBLE,
    location_border_with  VARCHAR,
    date           DATE,                     -- NULL when the event's date is not an ISO date
    date_end       DATE,
    date_precision VARCHAR,
    factuality     VARCHAR,
    attribution    VARCHAR,
    confidence     DOUBLE,
    flags          VARCHAR[],
    event          JSON NOT NULL             -- the whole event, lossless
);

CREATE INDEX events_date_idx ON events (date);
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_location_country_idx ON events (location_country);
CREATE INDEX events_doc_id_idx ON events (doc_id);

-- Place mentions per article (geoparse output), when the caller passes them.
CREATE TABLE places (
    doc_id        VARCHAR NOT NULL REFERENCES articles (id),
    mention_start INTEGER NOT NULL,
    mention_end   INTEGER NOT NULL,
    text          VARCHAR,
    name          VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    country       VARCHAR,
    geonameid     BIGINT,
    feature       VARCHAR,
    admin1        VARCHAR,
    confidence    DOUBLE,
    precision_km  DOUBLE,
    border_km     DOUBLE,
    border_with   VARCHAR,
    place         JSON NOT NULL,
    PRIMARY KEY (doc_id, mention_start, mention_end)
);
