"""The monitor's own tables, kept in the store's database beside the store's tables.

The store owns ``articles``/``events``/``places``; the monitor adds ``wf_mon_*`` (what it has
fetched and processed), ``wf_clusters``/``wf_cluster_events`` (one real-world event, many
mentions) and ``wf_alerts``/``wf_alert_deliveries`` (an outbox: an alert row is written in the
same transaction that clusters the events which raise it, and each sink's delivery is marked done
only after the sink accepted it). The tables are the store's migration 2
(``watchfloor/store/schema/{duckdb,postgis}/002_monitor.sql``), so both backends create them once,
versioned, and serialised across processes.

Every statement runs through the store's SQL seam (``Store.connection``/``Store.transaction``):
on DuckDB under the store's lock, so the store stays the single writer; on PostgreSQL every
``transaction()`` also holds the database-wide ``monitor`` lock, so two ``watch`` processes
sharing one database process each article once and raise each alert once (issue 7).
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from watchfloor.store import Store, StoreError
from watchfloor.store.sql import SQLConnection

__all__ = ["MonitorDB", "TABLES"]

#: The monitor's tables (created by the store's migration 2).
TABLES = ("wf_mon_processed", "wf_mon_copies", "wf_mon_minhash", "wf_mon_http", "wf_mon_files",
          "wf_mon_sources", "wf_clusters", "wf_cluster_events", "wf_alerts",
          "wf_alert_deliveries", "wf_rule_hits")

# DuckDB's INSERT OR REPLACE needs the conflict target spelled out on PostgreSQL:
# table -> (key columns, all columns in table order).
_REPLACE = {
    "wf_mon_http": (("url",), ("url", "etag", "last_modified")),
    "wf_mon_files": (("path",), ("path", "size", "mtime", "read_to")),
    "wf_mon_minhash": (("doc_id",), ("doc_id", "sig")),
    "wf_mon_processed": (("doc_id",), ("doc_id", "processed_at")),
}
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)", re.IGNORECASE)


# INSERT ... VALUES (one row: placeholders, unquoted literals) [ON CONFLICT ...]: MonitorDB.executemany sends
# such statements as one multi-row INSERT per chunk.
_VALUES = re.compile(r"^(\s*INSERT\s+INTO\s+\w+\s*(?:\([^)]*\))?\s*VALUES\s*)"
                     r"(\([^()';]*\))(\s*(?:ON\s+CONFLICT\b.*)?)$",
                     re.IGNORECASE | re.DOTALL)
_MANY_PARAMS = 20_000  # PostgreSQL takes at most 65,535 parameters per statement


def portable(sql: str, dialect: str) -> str:
    """``sql`` in a form ``dialect`` accepts.

    The monitor's own statements are standard ``INSERT ... ON CONFLICT`` now; this only keeps
    DuckDB's ``INSERT OR IGNORE``/``INSERT OR REPLACE`` from other callers working on
    PostgreSQL (as ``ON CONFLICT DO NOTHING`` / ``ON CONFLICT (key) DO UPDATE``). New code
    should write the standard forms, which both engines accept.
    """
    if dialect == "duckdb":
        return sql
    m = _INSERT_OR.match(sql)
    if m is None:
        return sql
    how, table = m.group(1).upper(), m.group(2)
    body = f"INSERT INTO {table}" + sql[m.end():].rstrip().rstrip(";")
    if how == "IGNORE":
        return body + " ON CONFLICT DO NOTHING"
    if table not in _REPLACE:
        raise StoreError(f"INSERT OR REPLACE INTO {table}: no key known for it on {dialect}; "
                         "write INSERT ... ON CONFLICT (key) DO UPDATE")
    keys, columns = _REPLACE[table]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
    return f"{body} ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"


class MonitorDB:
    """The monitor's SQL (``?`` placeholders) on the store's connection, on either backend."""

    def __init__(self, store: Store) -> None:
        if getattr(store, "dialect", None) not in ("duckdb", "postgresql"):
            raise StoreError(f"watch needs a DuckDB or PostgreSQL store (got {store!r})")
        self.store = store
        self.dialect = store.dialect
        self._tx: SQLConnection | None = None
        self._tx_thread: int | None = None

    def has_tables(self) -> bool:
        """Whether this database holds the monitor's tables (a store at schema 2 or later)."""
        rows = self.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = 'wf_alerts' AND table_schema = current_schema()")
        return bool(rows and rows[0][0])

    def watched(self) -> bool:
        """Whether a watcher has used this database: it polled a source or raised an alert.
        (``ingest`` clusters into the monitor tables too, so rows in those say nothing.)"""
        if not self.has_tables():
            return False
        return bool(self.execute("SELECT 1 FROM wf_mon_sources UNION ALL "
                                 "SELECT 1 FROM wf_alerts LIMIT 1"))

    def _joined(self) -> SQLConnection | None:
        """The open transaction's connection, when this thread opened it."""
        return self._tx if self._tx_thread == threading.get_ident() else None

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        sql = portable(sql, self.dialect)
        tx = self._joined()
        if tx is not None:
            return tx.execute(sql, params or ())
        with self.store.connection() as con:
            return con.execute(sql, params or ())

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run ``sql`` for each row. A plain ``INSERT ... VALUES (?, ...)`` (with or without
        ``ON CONFLICT``) becomes one multi-row INSERT per ``_MANY_PARAMS`` parameters: drivers
        run executemany a row at a time, which was most of the watcher's time on DuckDB."""
        if not rows:
            return
        sql = portable(sql, self.dialect)
        m = _VALUES.match(sql)
        # (not DO UPDATE: PostgreSQL refuses to update one row twice in a statement)
        if m is not None and len(rows) > 1 and "DO UPDATE" not in m.group(3).upper():
            width = m.group(2).count("?")
            per = max(1, _MANY_PARAMS // max(width, 1))
            for i in range(0, len(rows), per):
                chunk = rows[i:i + per]
                self.execute(m.group(1) + ", ".join([m.group(2)] * len(chunk)) + m.group(3),
                             [v for row in chunk for v in row])
            return
        tx = self._joined()
        if tx is not None:
            tx.executemany(sql, rows)
            return
        with self.store.connection() as con:
            con.executemany(sql, rows)

    @contextmanager
    def transaction(self, *, lock: str = "monitor") -> Iterator[MonitorDB]:
        """One transaction (nested calls join the outer one); rolled back on any exception.

        lock: the name of the database-wide lock held for the transaction (PostgreSQL; see
            ``Store.transaction``): "monitor" serialises the watcher's processing steps.
        """
        if self._joined() is not None:
            yield self
            return
        with self.store.transaction(lock=lock) as con:
            self._tx, self._tx_thread = con, threading.get_ident()
            try:
                yield self
            finally:
                self._tx, self._tx_thread = None, None

    @contextmanager
    def claim(self, name: str) -> Iterator[bool]:
        """Hold ``name`` for the block if no other process holds it; yields whether it does.
        For work that must not run twice at once but may take long (sending an alert)."""
        with self.store.try_lock(name) as held:
            yield held
