"""The monitor's own tables, kept in the store's DuckDB file beside the store's tables.

The store owns ``articles``/``events``/``places``; the monitor adds ``wf_mon_*`` (what it has
fetched and processed), ``wf_clusters``/``wf_cluster_events`` (one real-world event, many
mentions) and ``wf_alerts``/``wf_alert_deliveries`` (an outbox: an alert row is written in the
same transaction that clusters the events which raise it, and each sink's delivery is marked done
only after the sink accepted it). Every statement runs through the store's connection under the
store's lock, so the store stays the single writer. ``CREATE TABLE IF NOT EXISTS`` keeps this
independent of the store's migration numbering; see the report for a migration proposal.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from watchfloor.store import Store, StoreError

__all__ = ["MonitorDB", "TABLES"]

TABLES = """
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
"""


class MonitorDB:
    """SQL on the store's own DuckDB connection (the store stays the single writer)."""

    def __init__(self, store: Store) -> None:
        con = getattr(store, "_con", None)
        lock = getattr(store, "_lock", None)
        if con is None or lock is None:
            raise StoreError(f"watch needs a DuckDB store (got {store!r}); PostgreSQL support "
                             "for the monitor tables arrives with issue 7")
        self.store = store
        self._lock = lock
        self._depth = 0
        if getattr(store, "read_only", False):
            return  # a read-only reader (the web app) sees the tables a watcher made, or none
        with self._lock:
            for stmt in TABLES.split(";"):
                if stmt.strip():
                    self._con().execute(stmt)

    def has_tables(self) -> bool:
        """Whether a watcher ever created the monitor's tables in this database."""
        rows = self.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'wf_alerts'")
        return bool(rows and rows[0][0])

    def _con(self) -> Any:
        con = getattr(self.store, "_con", None)
        if con is None:
            raise StoreError("the store is closed")
        return con

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        with self._lock:
            cur = self._con().execute(sql, list(params) if params is not None else [])
            try:
                return list(cur.fetchall())
            except Exception:  # statements without a result set
                return []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._lock:
                self._con().executemany(sql, [list(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[MonitorDB]:
        """One transaction (nested calls join the outer one); rolled back on any exception."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            con = self._con()
            con.execute("BEGIN TRANSACTION")
            self._depth = 1
            try:
                yield self
                con.execute("COMMIT")
            except BaseException:
                try:
                    con.execute("ROLLBACK")
                except Exception:
                    pass
                raise
            finally:
                self._depth = 0
