"""The PostgreSQL + PostGIS store: one shared server, many readers and writers (issue 7).

The tables and columns are DuckDB's (``schema/postgis/NNN_name.sql`` mirrors
``schema/duckdb/``), plus a generated ``geom geometry(Point, 4326)`` column on events and
places with GiST indexes: ``bbox`` filters use ``geom && envelope`` and ``near`` filters use
``ST_DWithin`` on ``geom::geography`` (on the sphere, like the DuckDB backend's haversine), so
both are answered from the index. ``border`` filters read the stored ``Place.border_km`` /
``border_with`` (a b-tree index), exactly as the DuckDB backend does.

Writers. Any number of processes may call ``add_batch`` on the same database at once. Each batch
is one transaction that first takes transaction-level advisory locks on its articles (one key
per id and one per content hash, taken in ascending key order so two writers cannot deadlock),
then skips the articles already stored and inserts the rest with ``ON CONFLICT DO NOTHING``
(the unique id / content-hash / event-id constraints are the backstop). Two ``watch`` processes
reading overlapping feeds therefore store every article once, with its events, and lose
nothing: the second writer waits for the first one's commit and then sees its rows.

Migrations run on open, one transaction each, serialised by an advisory lock and recorded in
``schema_version``.
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from watchfloor.model import Article, Event, Place
from watchfloor.store.base import EventFilter, IngestResult, Store, StoreError, checked_batch
from watchfloor.store.migrations import load_migrations
from watchfloor.store.sql import SQLConnection
from watchfloor.store.duckdb import (
    _ARTICLE_SCHEMA,
    _EVENT_SCHEMA,
    _PLACE_SCHEMA,
    _article_row,
    _event_row,
    _place_row,
)

__all__ = ["PostGISStore", "SCHEMA_VERSION", "migrations", "where_clause", "conninfo"]

# pg_advisory_xact_lock key for migrations: the first 8 bytes of sha256("watchfloor:migrate").
_MIGRATE_KEY = int.from_bytes(hashlib.sha256(b"watchfloor:migrate").digest()[:8], "big", signed=True)
_JSON_COLUMNS = {"meta", "event", "place"}


def migrations() -> list[tuple[int, str, str]]:
    """The packaged PostGIS migrations as (version, name, sql), oldest first."""
    return load_migrations("postgis")


SCHEMA_VERSION = max(v for v, _, _ in migrations())


def conninfo(url: str) -> str:
    """A libpq connection URL from a ``--db`` value (``postgresql+psycopg://`` -> ``postgresql://``)."""
    return re.sub(r"^postgres(?:ql)?(?:\+[a-z0-9_]+)?://", "postgresql://", url, flags=re.IGNORECASE)


def _masked(url: str) -> str:
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def _lock_key(kind: str, value: str) -> int:
    digest = hashlib.sha256(f"watchfloor:{kind}:{value}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _text(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: store it as U+FFFD (JSON columns keep the escape)."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


def _insert_sql(table: str, names: Sequence[str], returning: str | None) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    values = ", ".join("%s::json" if n in _JSON_COLUMNS else "%s" for n in names)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING"
    return sql + (f" RETURNING {returning}" if returning else "")


def _values(row: Mapping[str, Any], names: Sequence[str]) -> list[Any]:
    return [row[n] if n in _JSON_COLUMNS else _text(row[n]) for n in names]


# --- queries ---------------------------------------------------------------------------------

def where_clause(f: EventFilter, *, placeholder: str = "%s") -> tuple[str, list[Any]]:
    """SQL and parameters for the filter's criteria.

    placeholder: "%s" for psycopg itself, "?" for ``SQLConnection``; no other ``%`` or ``?``
        appears in the SQL.
    """
    clauses: list[str] = []
    params: list[Any] = []
    p = placeholder

    def _in(column: str, values: Sequence[Any], params: list[Any]) -> str:
        params.append(list(values))
        return f"{column} = ANY({p})"

    def _envelope(params: list[Any], *box: float) -> str:
        params.extend(box)
        return f"geom && ST_MakeEnvelope({p}, {p}, {p}, {p}, 4326)"

    if f.since is not None:
        clauses.append(f"coalesce(date_end, date) >= {p}")
        params.append(f.since)
    if f.until is not None:
        clauses.append(f"date <= {p}")
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
        if min_lon <= max_lon:
            clauses.append(_envelope(params, min_lon, min_lat, max_lon, max_lat))
        else:  # the box crosses the antimeridian: two boxes
            east = _envelope(params, min_lon, min_lat, 180.0, max_lat)
            west = _envelope(params, -180.0, min_lat, max_lon, max_lat)
            clauses.append(f"({east} OR {west})")
    if f.near is not None:
        lat, lon, km = f.near
        lon = (lon + 180.0) % 360.0 - 180.0
        # use_spheroid=false: great-circle distance on the sphere, as the DuckDB backend computes.
        clauses.append("ST_DWithin(geom::geography, "
                       f"ST_SetSRID(ST_MakePoint({p}, {p}), 4326)::geography, {p}, false)")
        params += [lon, lat, km * 1000.0]
    if f.border is not None:
        a, b, km = f.border
        clauses.append(f"location_border_km <= {p} AND ((location_country = {p} AND "
                       f"location_border_with = {p}) OR (location_country = {p} AND "
                       f"location_border_with = {p}))")
        params += [km, a, b, b, a]
    if f.factualities:
        clauses.append(_in("factuality", f.factualities, params))
    if f.min_confidence is not None:
        clauses.append(f"confidence >= {p}")
        params.append(f.min_confidence)
    if f.doc_ids:
        clauses.append(_in("doc_id", f.doc_ids, params))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class PostGISStore(Store):
    """Articles and events in a PostgreSQL database with the PostGIS extension.

    url: a libpq URL, ``postgresql://user:password@host:5432/dbname`` (``postgres://`` and
        ``postgresql+driver://`` are accepted too); the database must exist. PostGIS is
        created by the first migration when the user may (``CREATE EXTENSION postgis``).
    read_only: open a read-only session: no migration, and the schema must be current.
    """

    _byte_order = ' COLLATE "C"'

    dialect = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self._lock = threading.RLock()
        # UTC sessions: timestamps written as current_timestamp are UTC, as in DuckDB files.
        options = "-c timezone=UTC" + (" -c default_transaction_read_only=on" if read_only else "")
        try:
            self._con: psycopg.Connection[Any] | None = psycopg.connect(
                conninfo(url), autocommit=True, application_name="watchfloor", options=options)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {_masked(url)}: {exc}") from exc
        self._prepare_schema(read_only=read_only)

    def __repr__(self) -> str:
        return f"PostGISStore({_masked(self.url)!r})"

    # --- schema ------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The schema version the open database is at."""
        with self._lock:
            return self._version(self._connection())

    @staticmethod
    def _version(con: psycopg.Connection[Any]) -> int:
        exists = con.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        if not exists or not exists[0]:
            return 0
        row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _check_schema(self) -> None:
        version = self.schema_version
        if version != SCHEMA_VERSION:
            raise StoreError(f"{_masked(self.url)} is at schema version {version}, this "
                             f"watchfloor needs {SCHEMA_VERSION}; open it once for writing to "
                             "migrate it")

    def _migrate(self) -> None:
        con = self._connection()
        for version, name, sql in migrations():
            try:
                with con.transaction():
                    # Two processes opening a fresh database at once: the second waits here,
                    # then sees the first one's schema_version row and skips the migration.
                    con.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATE_KEY])
                    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                "PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT "
                                "NULL DEFAULT now())")
                    current = self._version(con)
                    if current > SCHEMA_VERSION:
                        raise StoreError(f"{_masked(self.url)} is at schema version {current}, "
                                         f"newer than this watchfloor knows ({SCHEMA_VERSION}); "
                                         "upgrade watchfloor")
                    if version <= current:
                        continue
                    con.execute(sql.encode("utf-8"))
                    con.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                                [version, name])
            except psycopg.errors.InsufficientPrivilege as exc:
                raise StoreError(f"cannot apply migration {name} to {_masked(self.url)}: {exc}. "
                                 "If PostGIS is missing, ask the database owner to run "
                                 "CREATE EXTENSION postgis;") from exc
            except psycopg.errors.FeatureNotSupported as exc:
                raise StoreError(f"cannot apply migration {name}: {exc}") from exc
            except psycopg.errors.UndefinedFile as exc:  # extension files not installed
                raise StoreError(f"the server at {_masked(self.url)} has no PostGIS "
                                 f"(install postgresql-15-postgis-3 there): {exc}") from exc

    # --- writing -----------------------------------------------------------------------------

    def add_batch(self, items: Iterable[tuple[Article, Sequence[Event]]], *,
                  places: Mapping[str, Sequence[Place]] | None = None) -> IngestResult:
        batch = checked_batch(items)
        with self._lock:
            con = self._connection()
            if self.read_only:
                raise StoreError(f"{_masked(self.url)} is open read-only")
            if not batch:
                return IngestResult()
            with con.transaction():
                return self._insert(con, batch, places or {})

    def _insert(self, con: psycopg.Connection[Any], batch: list[tuple[Article, list[Event]]],
                places: Mapping[str, Sequence[Place]]) -> IngestResult:
        result = IngestResult()
        ids = [a.id for a, _ in batch]
        hashes = [a.content_hash for a, _ in batch]
        keys = sorted({_lock_key("id", i) for i in ids} | {_lock_key("hash", h) for h in hashes})
        # Ascending order everywhere, so concurrent writers queue instead of deadlocking. The
        # ORDER BY sits in a subquery so the locks are taken in that order.
        con.execute("SELECT pg_advisory_xact_lock(k) FROM "
                    "(SELECT k FROM unnest(%s::bigint[]) AS k ORDER BY k) AS keys", [keys]).fetchall()
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for stored_id, stored_hash in con.execute(
                "SELECT id, content_hash FROM articles WHERE id = ANY(%s) OR content_hash = ANY(%s)",
                [ids, hashes]).fetchall():
            seen_ids.add(stored_id)
            seen_hashes.add(stored_hash)

        new_articles: list[Article] = []
        for article, _ in batch:
            if article.id in seen_ids or article.content_hash in seen_hashes:
                result.articles_skipped += 1
                continue
            seen_ids.add(article.id)
            seen_hashes.add(article.content_hash)
            new_articles.append(article)

        inserted = set(self._append(con, "articles", _ARTICLE_SCHEMA.names,
                                    [_article_row(a) for a in new_articles], returning="id"))
        # ON CONFLICT may still skip an article another client (not holding our locks) stored.
        result.articles_skipped += len(new_articles) - len(inserted)
        new_articles = [a for a in new_articles if a.id in inserted]
        result.articles_added = len(new_articles)

        new_events: dict[str, Event] = {}
        events_of: dict[str, list[Event]] = {}
        for article, events in batch:
            events_of.setdefault(article.id, events)
        for article in new_articles:
            for event in events_of[article.id]:
                new_events.setdefault(event.event_id, event)
        result.events_added = len(self._append(
            con, "events", _EVENT_SCHEMA.names, [_event_row(e) for e in new_events.values()],
            returning="event_id"))

        new_places: dict[tuple[str, int, int], dict[str, Any]] = {}
        for article in new_articles:
            for p in places.get(article.id, ()):
                new_places.setdefault((article.id, p.start, p.end), _place_row(article.id, p))
        result.places_added = len(self._append(con, "places", _PLACE_SCHEMA.names,
                                               list(new_places.values()), returning="doc_id"))
        return result

    @staticmethod
    def _append(con: psycopg.Connection[Any], table: str, names: Sequence[str],
                rows: list[dict[str, Any]], *, returning: str) -> list[Any]:
        """Insert rows (pipelined, one round trip per batch); RETURNS the keys actually inserted."""
        if not rows:
            return []
        out: list[Any] = []
        with con.cursor() as cur:
            cur.executemany(_insert_sql(table, names, returning),
                            [_values(row, names) for row in rows], returning=True)
            while True:
                out.extend(r[0] for r in cur.fetchall())
                if not cur.nextset():
                    break
        return out

    # --- the SQL seam --------------------------------------------------------------------------

    @contextmanager
    def connection(self) -> Iterator[SQLConnection]:
        with self._lock:
            yield SQLConnection(self._connection(), self.dialect)

    @contextmanager
    def transaction(self, *, lock: str | None = None) -> Iterator[SQLConnection]:
        with self._lock:
            con = self._connection()
            with con.transaction():
                if lock is not None:
                    # First statement of the transaction: READ COMMITTED gives every later
                    # statement a snapshot that includes the previous holder's commit.
                    con.execute("SELECT pg_advisory_xact_lock(%s)", [_lock_key("lock", lock)])
                yield SQLConnection(con, self.dialect)

    @contextmanager
    def try_lock(self, name: str) -> Iterator[bool]:
        key = _lock_key("lock", name)
        with self._lock:
            row = self._connection().execute("SELECT pg_try_advisory_lock(%s)", [key]).fetchone()
        held = bool(row and row[0])
        try:
            yield held
        finally:
            if held:
                with self._lock:
                    if self._con is not None and not self._con.closed:
                        self._con.execute("SELECT pg_advisory_unlock(%s)", [key])

    def where_clause(self, f: EventFilter) -> tuple[str, list[Any]]:
        return where_clause(f, placeholder="?")

    def interrupt(self) -> None:
        con = self._con
        if con is not None and not con.closed:
            cancel = getattr(con, "cancel_safe", None) or con.cancel
            cancel()

    # --- lifetime ----------------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection[Any]:
        if self._con is None:
            raise StoreError(f"{self!r} is closed")
        return self._con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
