-- watchfloor DuckDB schema, version 2: the monitor's tables (issues 5 and 7).
-- `watchfloor watch` keeps its state here (watchfloor.monitor.state.MonitorDB): what it fetched
-- and processed (wf_mon_*), clusters of mentions of one real-world event (wf_clusters,
-- wf_cluster_events), the alert outbox (wf_alerts, wf_alert_deliveries) and rule hits.
-- IF NOT EXISTS: before this migration the watcher created these tables itself, so a file a
-- watcher has used already holds them, unchanged.

CREATE TABLE IF NOT EXISTS wf_mon_processed (doc_id VARCHAR PRIMARY KEY,
    processed_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS wf_mon_copies (doc_id VARCHAR NOT NULL, url VARCHAR NOT NULL,
    source VARCHAR, seen_at TIMESTAMP DEFAULT current_timestamp, how VARCHAR,
    PRIMARY KEY (doc_id, url));
CREATE TABLE IF NOT EXISTS wf_mon_minhash (doc_id VARCHAR PRIMARY KEY, sig UBIGINT[]);
CREATE TABLE IF NOT EXISTS wf_mon_http (url VARCHAR PRIMARY KEY, etag VARCHAR,
    last_modified VARCHAR);
CREATE TABLE IF NOT EXISTS wf_mon_files (path VARCHAR PRIMARY KEY, size BIGINT, mtime DOUBLE,
    read_to BIGINT);
CREATE TABLE IF NOT EXISTS wf_mon_sources (name VARCHAR PRIMARY KEY, last_polled DOUBLE,
    last_error VARCHAR, failures INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS wf_clusters (cluster_id VARCHAR PRIMARY KEY, type VARCHAR,
    cameo_root VARCHAR, actor1_country VARCHAR, actor2_country VARCHAR, lat DOUBLE, lon DOUBLE,
    location_name VARCHAR, location_country VARCHAR, date_first DATE, date_last DATE,
    first_seen TIMESTAMP, last_seen TIMESTAMP, mentions INTEGER, articles INTEGER,
    sources INTEGER);
CREATE TABLE IF NOT EXISTS wf_cluster_events (event_id VARCHAR PRIMARY KEY,
    cluster_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS wf_alerts (alert_id VARCHAR PRIMARY KEY, rule VARCHAR NOT NULL,
    key VARCHAR NOT NULL, created_at TIMESTAMP DEFAULT current_timestamp, summary VARCHAR,
    payload JSON, UNIQUE (rule, key));
CREATE TABLE IF NOT EXISTS wf_alert_deliveries (alert_id VARCHAR NOT NULL, sink VARCHAR NOT NULL,
    status VARCHAR NOT NULL DEFAULT 'pending', attempts INTEGER DEFAULT 0, last_error VARCHAR,
    delivered_at TIMESTAMP, PRIMARY KEY (alert_id, sink));
CREATE TABLE IF NOT EXISTS wf_rule_hits (rule VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL,
    day DATE NOT NULL, dyad VARCHAR, PRIMARY KEY (rule, cluster_id));
