"""The DuckDB store: one file, one connection, one writer.

DuckDB lets one process open a file for writing, and one connection object must not be used by
two threads at once, so every call here takes the store's lock: writes are serialised through
this single connection (the "single writer") and reads share it. Schema migrations in
``schema/duckdb/NNN_name.sql`` run on open, each in its own transaction, recorded in
``schema_version``.

Each ``add_batch`` is one transaction: a crash (even SIGKILL) before COMMIT leaves the file as it
was after the previous batch, and re-running the same input adds exactly what is missing,
because articles already stored (same id or same text) are skipped together with their events.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb
import pyarrow as pa

from watchfloor.model import Article, Event, Place
from watchfloor.store.base import EventFilter, IngestResult, Store, StoreError, checked_batch
from watchfloor.store.migrations import load_migrations
from watchfloor.store.sql import SQLConnection

__all__ = ["DuckDBStore", "SCHEMA_VERSION", "migrations"]

EARTH_RADIUS_KM = 6371.0088


def migrations() -> list[tuple[int, str, str]]:
    """The packaged DuckDB migrations as (version, name, sql), oldest first."""
    return load_migrations("duckdb")


SCHEMA_VERSION = max(v for v, _, _ in migrations())


# --- rows ------------------------------------------------------------------------------------

def _finite(value: Any) -> Any:
    """JSON for DuckDB's JSON type: NaN and infinities are not JSON, so they become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _json(value: Any) -> str:
    return json.dumps(_finite(value), ensure_ascii=False, default=str)


def _day(value: str | None) -> dt.date | None:
    """The calendar day of an ISO date or timestamp string ("2025-06" -> 2025-06-01), else None."""
    if not value:
        return None
    text = str(value).strip()
    for candidate in (text[:10], text[:7] + "-01", text[:4] + "-01-01"):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def _float(value: Any) -> float | None:
    if value is None:
        return None
    f = float(value)
    return f if math.isfinite(f) else None


_ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("content_hash", pa.string()), ("text", pa.string()),
    ("title", pa.string()), ("url", pa.string()), ("source", pa.string()),
    ("published", pa.string()), ("published_date", pa.date32()), ("language", pa.string()),
    ("meta", pa.string()),
])

_ACTOR_FIELDS = (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                 ("name", pa.string()), ("country", pa.string()), ("sector", pa.string()),
                 ("code", pa.string()))
_LOCATION_FIELDS = (("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                    ("name", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
                    ("country", pa.string()), ("geonameid", pa.int64()), ("feature", pa.string()),
                    ("admin1", pa.string()), ("confidence", pa.float64()),
                    ("precision_km", pa.float64()), ("border_km", pa.float64()),
                    ("border_with", pa.string()))

_EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("type", pa.string()),
    ("mode", pa.string()), ("contexts", pa.list_(pa.string())), ("cameo", pa.string()),
    ("cameo_root", pa.string()), ("quad_class", pa.int32()), ("goldstein", pa.float64()),
    ("acled_event_type", pa.string()), ("acled_sub_event_type", pa.string()),
    ("trigger_start", pa.int32()), ("trigger_end", pa.int32()), ("trigger_text", pa.string()),
    ("evidence_start", pa.int32()), ("evidence_end", pa.int32()), ("evidence_text", pa.string()),
    *[(f"actor1_{n}", t) for n, t in _ACTOR_FIELDS],
    *[(f"actor2_{n}", t) for n, t in _ACTOR_FIELDS],
    *[(f"location_{n}", t) for n, t in _LOCATION_FIELDS],
    ("date", pa.date32()), ("date_end", pa.date32()), ("date_precision", pa.string()),
    ("factuality", pa.string()), ("attribution", pa.string()), ("confidence", pa.float64()),
    ("flags", pa.list_(pa.string())), ("event", pa.string()),
    *[(f"partner_{n}", t) for n, t in _ACTOR_FIELDS],
])

_PLACE_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("mention_start", pa.int32()), ("mention_end", pa.int32()),
    ("text", pa.string()), ("name", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("country", pa.string()), ("geonameid", pa.int64()), ("feature", pa.string()),
    ("admin1", pa.string()), ("confidence", pa.float64()), ("precision_km", pa.float64()),
    ("border_km", pa.float64()), ("border_with", pa.string()), ("place", pa.string()),
])


def _article_row(a: Article) -> dict[str, Any]:
    return {"id": a.id, "content_hash": a.content_hash, "text": a.text, "title": a.title,
            "url": a.url, "source": a.source, "published": a.published,
            "published_date": _day(a.published), "language": a.language, "meta": _json(a.meta)}


def _event_row(e: Event) -> dict[str, Any]:
    row: dict[str, Any] = {
        "event_id": e.event_id, "doc_id": e.doc_id, "type": e.type, "mode": e.mode,
        "contexts": [str(c) for c in e.contexts], "cameo": e.cameo,
        "cameo_root": str(e.cameo)[:2] if e.cameo else None,
        "quad_class": e.quad_class, "goldstein": _float(e.goldstein),
        "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
        "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
        "trigger_text": e.trigger.text,
        "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text,
        "date": _day(e.date), "date_end": _day(e.date_end), "date_precision": e.date_precision,
        "factuality": e.factuality, "attribution": e.attribution,
        "confidence": _float(e.confidence), "flags": [str(f) for f in e.flags],
        # asdict, not to_dict: to_dict rounds numbers and drops location.doc_id.
        "event": _json(dataclasses.asdict(e)),
    }
    for prefix, actor in (("actor1", e.actor1), ("actor2", e.actor2), ("partner", e.partner)):
        for name, _ in _ACTOR_FIELDS:
            row[f"{prefix}_{name}"] = getattr(actor, name) if actor else None
    loc = e.location
    for name, _ in _LOCATION_FIELDS:
        value = getattr(loc, name) if loc else None
        row[f"location_{name}"] = _float(value) if isinstance(value, float) else value
    return row


def _place_row(doc_id: str, p: Place) -> dict[str, Any]:
    return {"doc_id": doc_id, "mention_start": p.start, "mention_end": p.end, "text": p.text,
            "name": p.name, "lat": _float(p.lat), "lon": _float(p.lon), "country": p.country,
            "geonameid": p.geonameid, "feature": p.feature, "admin1": p.admin1,
            "confidence": _float(p.confidence), "precision_km": _float(p.precision_km),
            "border_km": _float(p.border_km), "border_with": p.border_with,
            "place": _json(dataclasses.asdict(p) | {"doc_id": doc_id})}


# --- queries ---------------------------------------------------------------------------------

def _in(column: str, values: Sequence[Any], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' * len(values))})"


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL (with ``?`` placeholders only) and parameters for the filter's criteria."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        clauses.append("coalesce(date_end, date) >= ?")
        params.append(f.since)
    if f.until is not None:
        clauses.append("date <= ?")
        params.append(f.until)
    if f.types:
        clauses.append(_in("type", f.types, params))
    if f.cameo_roots:
        clauses.append(_in("cameo_root", f.cameo_roots, params))
    if f.actor_countries:
        a1 = _in("actor1_country", f.actor_countries, params)
        a2 = _in("actor2_country", f.actor_countries, params)
        partner = _in("partner_country", f.actor_countries, params)
        clauses.append(f"({a1} OR {a2} OR {partner})")
    if f.location_countries:
        clauses.append(_in("location_country", f.location_countries, params))
    if f.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        clauses.append("location_lat BETWEEN ? AND ?")
        params += [min_lat, max_lat]
        if min_lon <= max_lon:
            clauses.append("location_lon BETWEEN ? AND ?")
        else:  # the box crosses the antimeridian
            clauses.append("(location_lon >= ? OR location_lon <= ?)")
        params += [min_lon, max_lon]
    if f.near is not None:
        lat, lon, km = f.near
        # Haversine; least() keeps rounding from pushing asin's argument past 1.
        clauses.append(
            f"2 * {EARTH_RADIUS_KM} * asin(sqrt(least(1.0,"
            " pow(sin(radians(location_lat - ?) / 2), 2)"
            " + cos(radians(?)) * cos(radians(location_lat))"
            " * pow(sin(radians(location_lon - ?) / 2), 2)))) <= ?")
        params += [lat, lat, lon, km]
    if f.border is not None:
        a, b, km = f.border
        clauses.append("location_border_km <= ? AND ((location_country = ? AND location_border_with = ?)"
                       " OR (location_country = ? AND location_border_with = ?))")
        params += [km, a, b, b, a]
    if f.factualities:
        clauses.append(_in("factuality", f.factualities, params))
    if f.min_confidence is not None:
        clauses.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.doc_ids:
        clauses.append(_in("doc_id", f.doc_ids, params))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@contextmanager
def _atomic(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction on ``con``: committed when the block ends, rolled back if it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # DuckDB already aborted the transaction
        raise


class DuckDBStore(Store):
    """Articles and events in a DuckDB file (or ``":memory:"``).

    path: the database file; created (with its folder) and migrated if needed.
    read_only: open without write access; the file must exist and be at the current schema.
    """

    dialect = "duckdb"

    def __init__(self, path: str | os.PathLike[str] = "watchfloor.duckdb", *,
                 read_only: bool = False) -> None:
        self.path = os.fspath(path)
        self.url = f"duckdb:///{self.path}"
        self.read_only = read_only
        self._lock = threading.RLock()
        if self.path != ":memory:" and not read_only:
            parent = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(parent, exist_ok=True)
        if read_only and self.path != ":memory:" and not os.path.exists(self.path):
            raise StoreError(f"no database at {self.path}")
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path,
                                                                         read_only=read_only)
        except duckdb.Error as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError(f"{self.path} is open for writing in another process (DuckDB "
                                 f"allows one writer per file): {message}") from exc
            raise StoreError(f"cannot open {self.path}: {message}") from exc
        self._prepare_schema(read_only=read_only)

    def __repr__(self) -> str:
        return f"DuckDBStore({self.path!r})"

    # --- schema ------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The schema version the open database is at."""
        with self._lock:
            con = self._connection()
            exists = con.execute("SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_name = 'schema_version'").fetchone()
            if not exists or not exists[0]:
                return 0
            row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
            return int(row[0]) if row else 0

    def _check_schema(self) -> None:
        version = self.schema_version
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path} is at schema version {version}, this watchfloor needs "
                             f"{SCHEMA_VERSION}; open it once for writing to migrate it")

    def _migrate(self) -> None:
        con = self._connection()
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} is at schema version {current}, newer than this "
                             f"watchfloor knows ({SCHEMA_VERSION}); upgrade watchfloor")
        for version, name, sql in migrations():
            if version <= current:
                continue
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(sql)
                con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                            [version, name])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    # --- writing -----------------------------------------------------------------------------

    def add_batch(self, items: Iterable[tuple[Article, Sequence[Event]]], *,
                  places: Mapping[str, Sequence[Place]] | None = None) -> IngestResult:
        batch = checked_batch(items)
        with self._lock:
            con = self._connection()
            if self.read_only:
                raise StoreError(f"{self.path} is open read-only")
            with _atomic(con):
                return self._insert(con, batch, places or {})

    def _insert(self, con: duckdb.DuckDBPyConnection, batch: list[tuple[Article, list[Event]]],
                places: Mapping[str, Sequence[Place]]) -> IngestResult:
        result = IngestResult()
        if not batch:
            return result
        ids = [a.id for a, _ in batch]
        hashes = [a.content_hash for a, _ in batch]
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for stored_id, stored_hash in con.execute(
                "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?)) "
                "OR content_hash IN (SELECT unnest(?))", [ids, hashes]).fetchall():
            seen_ids.add(stored_id)
            seen_hashes.add(stored_hash)

        new_articles: list[Article] = []
        new_events: dict[str, Event] = {}
        for article, events in batch:
            digest = article.content_hash
            if article.id in seen_ids or digest in seen_hashes:
                result.articles_skipped += 1
                continue
            seen_ids.add(article.id)
            seen_hashes.add(digest)
            new_articles.append(article)
            for event in events:
                new_events.setdefault(event.event_id, event)
        if new_events:
            # event_id is derived from doc_id, so this only matters for caller-chosen ids.
            for (stored,) in con.execute("SELECT event_id FROM events WHERE event_id IN "
                                         "(SELECT unnest(?))", [list(new_events)]).fetchall():
                new_events.pop(stored, None)

        new_places: dict[tuple[str, int, int], dict[str, Any]] = {}
        for article in new_articles:
            for p in places.get(article.id, ()):
                new_places.setdefault((article.id, p.start, p.end), _place_row(article.id, p))

        self._append(con, "articles", _ARTICLE_SCHEMA, [_article_row(a) for a in new_articles])
        self._append(con, "events", _EVENT_SCHEMA, [_event_row(e) for e in new_events.values()])
        self._append(con, "places", _PLACE_SCHEMA, list(new_places.values()))
        result.articles_added = len(new_articles)
        result.events_added = len(new_events)
        result.places_added = len(new_places)
        return result

    @staticmethod
    def _append(con: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema,
                rows: list[dict[str, Any]]) -> None:
        """Insert rows through an Arrow table: one statement instead of one per row."""
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=schema)
        view = f"_wf_new_{table}_{uuid.uuid4().hex[:8]}"
        columns = ", ".join(f'"{name}"' for name in schema.names)
        con.register(view, data)
        try:
            con.execute(f'INSERT INTO {table} ({columns}) SELECT {columns} FROM "{view}"')
        finally:
            con.unregister(view)

    # --- the SQL seam --------------------------------------------------------------------------

    @contextmanager
    def connection(self) -> Iterator[SQLConnection]:
        with self._lock:
            yield SQLConnection(self._connection(), self.dialect)

    @contextmanager
    def transaction(self, *, lock: str | None = None) -> Iterator[SQLConnection]:
        # ``lock`` needs nothing more here: one process owns the file, and self._lock is held.
        with self._lock:
            con = self._connection()
            with _atomic(con):
                yield SQLConnection(con, self.dialect)

    @contextmanager
    def try_lock(self, name: str) -> Iterator[bool]:
        yield True  # one process per file: nobody else can hold it

    def where_clause(self, f: EventFilter) -> tuple[str, list[Any]]:
        return where_clause(f)

    def interrupt(self) -> None:
        con = self._con
        if con is not None:
            con.interrupt()

    # --- lifetime ----------------------------------------------------------------------------

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self!r} is closed")
        return self._con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
