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


def portable(sql: str, dialect: str) -> str:
    """``sql`` in a form ``dialect`` accepts.

    The watcher's statements use DuckDB's ``INSERT OR IGNORE`` and ``INSERT OR REPLACE``; on
    PostgreSQL they become ``INSERT ... ON CONFLICT DO NOTHING`` and ``INSERT ... ON CONFLICT
    (key) DO UPDATE`` (both engines accept these standard forms, which new code should write).
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
        if not rows:
            return
        sql = portable(sql, self.dialect)
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
