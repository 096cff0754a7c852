"""One SQL seam over both backends: ``SQLConnection`` (issue 7).

Code outside the store that needs its own SQL (the monitor's tables, the dashboard's aggregates)
writes it once, with ``?`` placeholders, and runs it through ``Store.connection()`` or
``Store.transaction()``::

    with store.transaction(lock="monitor") as sql:
        sql.execute("INSERT INTO wf_rule_hits VALUES (?, ?, ?, NULL)", [rule, cluster_id, day])
        rows = sql.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids])

What differs between the dialects is handled here, and only this:

- placeholders: ``?`` (DuckDB's qmark style) outside quoted strings and identifiers becomes
  ``%s`` for psycopg, and every literal ``%`` becomes ``%%`` (PostgreSQL's jsonb ``?``
  operators are therefore not available: write ``jsonb_exists(...)`` instead);
- list parameters: ``x IN (SELECT unnest(?))`` becomes ``x = ANY(?)`` (and ``NOT IN`` becomes
  ``<> ALL``), which PostgreSQL can type even for an empty list;
- JSON columns come back as text in both (DuckDB returns text; psycopg would parse it).

Everything else must be SQL both engines accept; ``sql.dialect`` ("duckdb" or "postgresql")
tells the few callers that need to branch.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["SQLConnection", "to_postgresql"]

_UNNEST_IN = re.compile(r"\b(NOT\s+)?IN\s*\(\s*SELECT\s+unnest\s*\(\s*\?\s*\)\s*\)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def to_postgresql(sql: str) -> str:
    """``?``-style SQL rewritten for psycopg (see the module docstring for what changes)."""
    sql = _UNNEST_IN.sub(lambda m: "<> ALL(?)" if m.group(1) else "= ANY(?)", sql)
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote is not None:
            out.append("%%" if ch == "%" else ch)  # psycopg reads % even inside quotes
            if ch == quote:
                quote = None
            continue
        if ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class SQLConnection:
    """A store's connection, lent for one ``with`` block: ``?`` SQL on either backend.

    raw: the driver's connection (``duckdb.DuckDBPyConnection`` or ``psycopg.Connection``).
    dialect: "duckdb" or "postgresql".
    """

    def __init__(self, raw: Any, dialect: str) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; RETURNS the rows it produced (DuckDB reports a row count for
        INSERT/UPDATE/DELETE; PostgreSQL returns no rows for them)."""
        if self.dialect == "postgresql":
            with self._pg_cursor() as cur:
                cur.execute(to_postgresql(sql), list(params))
                return list(cur.fetchall()) if cur.description is not None else []
        cur = self.raw.execute(sql, list(params))
        try:
            return list(cur.fetchall())
        except Exception:  # a statement without a result set
            return []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per parameter row (nothing when there are no rows)."""
        if not rows:
            return
        if self.dialect == "postgresql":
            with self._pg_cursor() as cur:
                cur.executemany(to_postgresql(sql), [list(r) for r in rows])
            return
        self.raw.executemany(sql, [list(r) for r in rows])

    def _pg_cursor(self) -> Any:
        from psycopg.types.string import TextLoader

        cur = self.raw.cursor()
        # JSON as text, as DuckDB returns it, so callers json.loads() on both backends.
        for name in ("json", "jsonb"):
            cur.adapters.register_loader(name, TextLoader)
        return cur
