-- watchfloor PostgreSQL schema, version 2: the monitor's tables (issues 5 and 7).
-- The same tables, columns and keys as schema/duckdb/002_monitor.sql, so `watchfloor watch`
-- runs the same SQL on both (watchfloor.monitor.state.MonitorDB). Type differences: minhash
-- signatures are unsigned 64-bit in DuckDB and NUMERIC here (PostgreSQL has no unsigned
-- bigint); timestamps are TIMESTAMP (several servers and clients share one database).
-- Plus the indexes the watcher's lookups need once the tables are large.

CREATE TABLE wf_mon_processed (doc_id TEXT PRIMARY KEY,
    processed_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC'));
CREATE TABLE wf_mon_copies (doc_id TEXT NOT NULL, url TEXT NOT NULL, source TEXT,
    seen_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC'), how TEXT, PRIMARY KEY (doc_id, url));
CREATE INDEX wf_mon_copies_url_idx ON wf_mon_copies (url);
CREATE TABLE wf_mon_minhash (doc_id TEXT PRIMARY KEY, sig NUMERIC[]);
CREATE TABLE wf_mon_http (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE wf_mon_files (path TEXT PRIMARY KEY, size BIGINT, mtime DOUBLE PRECISION,
    read_to BIGINT);
CREATE TABLE wf_mon_sources (name TEXT PRIMARY KEY, last_polled DOUBLE PRECISION,
    last_error TEXT, failures INTEGER DEFAULT 0);
CREATE TABLE wf_clusters (cluster_id TEXT PRIMARY KEY, type TEXT, cameo_root TEXT,
    actor1_country TEXT, actor2_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    location_name TEXT, location_country TEXT, date_first DATE, date_last DATE,
    first_seen TIMESTAMP, last_seen TIMESTAMP, mentions INTEGER, articles INTEGER,
    sources INTEGER);
CREATE INDEX wf_clusters_type_dates_idx ON wf_clusters (type, date_last, date_first);
CREATE TABLE wf_cluster_events (event_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL,
    doc_id TEXT NOT NULL);
CREATE INDEX wf_cluster_events_cluster_idx ON wf_cluster_events (cluster_id);
CREATE INDEX wf_cluster_events_doc_idx ON wf_cluster_events (doc_id);
CREATE TABLE wf_alerts (alert_id TEXT PRIMARY KEY, rule TEXT NOT NULL, key TEXT NOT NULL,
    created_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC'), summary TEXT, payload JSON, UNIQUE (rule, key));
CREATE TABLE wf_alert_deliveries (alert_id TEXT NOT NULL, sink TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER DEFAULT 0, last_error TEXT,
    delivered_at TIMESTAMP, PRIMARY KEY (alert_id, sink));
CREATE INDEX wf_alert_deliveries_pending_idx ON wf_alert_deliveries (status)
    WHERE status = 'pending';
CREATE TABLE wf_rule_hits (rule TEXT NOT NULL, cluster_id TEXT NOT NULL, day DATE NOT NULL,
    dyad TEXT, PRIMARY KEY (rule, cluster_id));
CREATE INDEX wf_rule_hits_rule_day_idx ON wf_rule_hits (rule, day);
