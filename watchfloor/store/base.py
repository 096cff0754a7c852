"""The storage interface: ``EventFilter``, ``IngestResult``, the ``Store`` base class, ``open_store``.

Every backend stores the same things (articles, their events, optionally their place mentions)
and answers the same ``EventFilter``. Exceptions::

    StoreError                      anything the store cannot do (locked file, bad schema, ...)
     └── BackendNotAvailable        a URL for a backend this build does not have (also a
                                    NotImplementedError)
"""
from __future__ import annotations

import abc
import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from types import TracebackType
from typing import TYPE_CHECKING, Any

from watchfloor.model import Article, Event, Place

if TYPE_CHECKING:
    from watchfloor.store.sql import SQLConnection

__all__ = ["EventFilter", "IngestResult", "Store", "StoreError", "BackendNotAvailable", "open_store",
           "DEFAULT_DB", "parse_db_url"]

DEFAULT_DB = "watchfloor.duckdb"


class StoreError(Exception):
    """The store cannot do what was asked (locked database, schema too new, bad input...)."""


class BackendNotAvailable(StoreError, NotImplementedError):
    """A database URL names a backend that is not implemented (yet)."""


def _strings(value: Any, *, upper: bool = False) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    out = tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(v.upper() for v in out) if upper else out


def _date(value: Any, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"EventFilter.{name}: expected a date like 2025-06-10, got {value!r}") from None


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """What ``Store.query_events`` returns. Every criterion given must hold (AND); within one
    criterion any listed value may match (OR). Unset criteria match everything.

    since, until: an event matches when its days ``date``..``date_end`` (``date_end`` defaults to
        ``date``) overlap ``since``..``until`` (both inclusive). Events without a date never match.
    types: PLOVER types ("ASSAULT", "MOBILIZE").
    cameo_roots: CAMEO root codes, two digits ("15", "19").
    actor_countries: ISO3 (or IGO) codes; actor1, actor2 or a reciprocal event's partner may have one.
    location_countries: ISO3 codes of the event's location.
    bbox: (min_lon, min_lat, max_lon, max_lat); min_lon > max_lon means a box across 180°.
    near: (lat, lon, km): the location within km (great circle) of the point.
    border: (iso3_a, iso3_b, km) or ((iso3_a, iso3_b), km): the location is in one of the two
        countries, its nearest border (``Place.border_with``) is the other, and
        ``Place.border_km`` <= km.
    factualities: "asserted", "reported", "speculative", "negated", "future".
    min_confidence: event confidence >= this.
    doc_ids: only events from these articles.
    limit, offset: paging, after ordering by date (oldest first, or ``newest_first``), then
        article and trigger position.
    """

    since: dt.date | str | None = None
    until: dt.date | str | None = None
    types: Sequence[str] = ()
    cameo_roots: Sequence[str] = ()
    actor_countries: Sequence[str] = ()
    location_countries: Sequence[str] = ()
    bbox: tuple[float, float, float, float] | None = None
    near: tuple[float, float, float] | None = None
    border: tuple[str, str, float] | None = None
    factualities: Sequence[str] = ()
    min_confidence: float | None = None
    doc_ids: Sequence[str] = ()
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("since", _date(self.since, "since"))
        put("until", _date(self.until, "until"))
        put("types", _strings(self.types, upper=True))
        put("cameo_roots", tuple(r.zfill(2)[:2] for r in _strings(self.cameo_roots)))
        put("actor_countries", _strings(self.actor_countries, upper=True))
        put("location_countries", _strings(self.location_countries, upper=True))
        put("factualities", tuple(v.lower() for v in _strings(self.factualities)))
        put("doc_ids", _strings(self.doc_ids))
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise ValueError("EventFilter.bbox: expected (min_lon, min_lat, max_lon, max_lat)")
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in self.bbox)
            if min_lat > max_lat:
                raise ValueError("EventFilter.bbox: min_lat is greater than max_lat")
            put("bbox", (min_lon, min_lat, max_lon, max_lat))
        if self.near is not None:
            if len(self.near) != 3:
                raise ValueError("EventFilter.near: expected (lat, lon, km)")
            lat, lon, km = (float(v) for v in self.near)
            if not -90 <= lat <= 90 or km < 0:
                raise ValueError("EventFilter.near: lat must be in -90..90 and km >= 0")
            put("near", (lat, lon, km))
        if self.border is not None:
            b: Any = self.border
            if len(b) == 2 and not isinstance(b[0], str):
                b = (*b[0], b[1])
            if len(b) != 3:
                raise ValueError("EventFilter.border: expected (iso3_a, iso3_b, km)")
            put("border", (str(b[0]).upper(), str(b[1]).upper(), float(b[2])))
        if self.min_confidence is not None:
            put("min_confidence", float(self.min_confidence))
        if self.limit is not None and self.limit < 0:
            raise ValueError("EventFilter.limit must be >= 0")
        if self.offset < 0:
            raise ValueError("EventFilter.offset must be >= 0")

    def is_empty(self) -> bool:
        """True when no criterion (paging aside) is set."""
        paging = {"limit", "offset", "newest_first"}
        return all(getattr(self, f.name) in (None, ()) for f in fields(self) if f.name not in paging)


@dataclass
class IngestResult:
    """What one ``add_batch`` did. Add results together to total several batches."""

    articles_added: int = 0
    articles_skipped: int = 0  # already stored (same id or same text), or repeated in the batch
    events_added: int = 0
    places_added: int = 0

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(self.articles_added + other.articles_added,
                            self.articles_skipped + other.articles_skipped,
                            self.events_added + other.events_added,
                            self.places_added + other.places_added)


class Store(abc.ABC):
    """A place to keep articles and their events. Use as a context manager, or call ``close``.

    ``add_batch`` is idempotent (an article already stored, by id or by text, is skipped with its
    events) and atomic (the whole batch is committed, or none of it).

    Beyond articles and events, the store lends its connection to code that keeps its own tables
    in the same database (the monitor) or needs aggregates (the web API): ``connection()`` and
    ``transaction()`` yield a ``SQLConnection`` that runs ``?``-placeholder SQL on either
    backend, and ``dialect`` says which one it is. Schema for such tables ships as the store's
    migrations, so every backend creates it once, versioned.
    """

    def _prepare_schema(self, *, read_only: bool) -> None:
        """Check (read-only) or migrate the schema of a just-opened database; close it on failure."""
        try:
            if read_only:
                self._check_schema()
            else:
                self._migrate()
        except BaseException:
            self.close()
            raise

    def _check_schema(self) -> None:
        """Refuse a database whose schema this code cannot read (backends override)."""

    def _migrate(self) -> None:
        """Bring the database to the current schema (backends override)."""

    url: str
    #: "duckdb" or "postgresql": the SQL the connection speaks.
    dialect: str

    # --- the SQL seam ----------------------------------------------------------------------------

    @abc.abstractmethod
    def connection(self) -> AbstractContextManager[SQLConnection]:
        """The store's connection for one ``with`` block, held exclusively by this thread
        (statements commit one by one)."""

    @abc.abstractmethod
    def transaction(self, *, lock: str | None = None) -> AbstractContextManager[SQLConnection]:
        """The connection inside one transaction: committed when the block ends, rolled back
        if it raises.

        lock: a name; transactions holding the same name run one at a time across every
            process using the database (PostgreSQL: a transaction-level advisory lock, taken
            before the first statement, so the block sees what the previous holder committed;
            DuckDB: one process owns the file, and the store's lock already serialises).
        """

    @abc.abstractmethod
    def try_lock(self, name: str) -> AbstractContextManager[bool]:
        """Try to hold ``name`` for the block without waiting, across processes; yields whether
        it is held (PostgreSQL: a session advisory lock, released at the end of the block or
        when the process dies; DuckDB: always True)."""

    @abc.abstractmethod
    def where_clause(self, f: EventFilter) -> tuple[str, list[Any]]:
        """The filter's criteria as `` WHERE ...`` over ``events`` (``?`` placeholders, for
        ``SQLConnection``) and its parameters; ``""`` when the filter is empty."""

    @abc.abstractmethod
    def interrupt(self) -> None:
        """Cancel the statement running on the connection now, from another thread."""

    @abc.abstractmethod
    def add_batch(self, items: Iterable[tuple[Article, Sequence[Event]]], *,
                  places: Mapping[str, Sequence[Place]] | None = None) -> IngestResult:
        """Store articles with their events in one transaction.

        items: (article, events of that article) pairs; each event's ``doc_id`` must be the
            article's ``id``.
        places: optional place mentions by article id (``geoparse`` output), stored with new
            articles only.
        RETURNS (IngestResult): counts of articles added and skipped, events and places added.
        """

    # --- reading: one implementation over the SQL seam ----------------------------------------

    # How text columns sort in ``query_events``: byte order on both engines, whatever a
    # PostgreSQL database's collation is, so both list events in the same order.
    _byte_order = ""

    def has_article(self, article: Article) -> bool:
        """True if an article with this id or this exact text is stored."""
        with self.connection() as sql:
            rows = sql.execute("SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1",
                               [article.id, article.content_hash])
        return bool(rows)

    def get_article(self, id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self.connection() as sql:
            rows = sql.execute("SELECT text, id, published, title, url, source, language, meta "
                               "FROM articles WHERE id = ?", [str(id)])
        if not rows:
            return None
        text, id_, published, title, url, source, language, meta = rows[0]
        return Article(text=text, id=id_, published=published, title=title, url=url,
                       source=source, language=language, meta=json.loads(meta) if meta else {})

    def query_events(self, f: EventFilter | None = None) -> list[Event]:
        """Stored events matching the filter (all of them when None), in the filter's order."""
        f = f or EventFilter()
        where, params = self.where_clause(f)
        direction = "DESC" if f.newest_first else "ASC"
        order = self._byte_order
        query = (f"SELECT event FROM events{where} ORDER BY date {direction} NULLS LAST, "
                 f"doc_id{order}, trigger_start, event_id{order}")
        if f.limit is not None:
            query += " LIMIT ?"
            params.append(f.limit)
        if f.offset:
            query += " OFFSET ?"
            params.append(f.offset)
        with self.connection() as sql:
            rows = sql.execute(query, params)
        return [Event.from_dict(json.loads(event)) for (event,) in rows]

    def count_events(self, f: EventFilter | None = None) -> int:
        """How many stored events match the filter (limit and offset ignored)."""
        where, params = self.where_clause(f or EventFilter())
        with self.connection() as sql:
            rows = sql.execute(f"SELECT count(*) FROM events{where}", params)
        return int(rows[0][0]) if rows else 0

    def count_articles(self) -> int:
        """How many articles are stored."""
        with self.connection() as sql:
            rows = sql.execute("SELECT count(*) FROM articles")
        return int(rows[0][0]) if rows else 0

    def get_places(self, doc_id: str) -> list[Place]:
        """The place mentions stored for an article, in text order."""
        with self.connection() as sql:
            rows = sql.execute("SELECT place FROM places WHERE doc_id = ? ORDER BY mention_start, mention_end",
                               [doc_id])
        return [p for (place,) in rows if (p := Place.from_dict(json.loads(place))) is not None]

    @abc.abstractmethod
    def close(self) -> None:
        """Release the database. Safe to call twice."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def checked_batch(items: Iterable[tuple[Article, Sequence[Event]]]) -> list[tuple[Article, list[Event]]]:
    """``add_batch``'s items as a list, each event checked to belong to its article."""
    batch = [(article, list(events)) for article, events in items]
    for article, events in batch:
        for event in events:
            if event.doc_id != article.id:
                raise StoreError(f"event {event.event_id} has doc_id {event.doc_id!r} but "
                                 f"belongs to article {article.id!r}")
    return batch


def parse_db_url(url: str | os.PathLike[str] | None) -> tuple[str, str]:
    """Split a ``--db`` value into (backend, target).

    None -> ("duckdb", "watchfloor.duckdb"); a plain path -> ("duckdb", path);
    ``duckdb:///rel/path.duckdb`` and ``duckdb:////abs/path.duckdb`` (SQLAlchemy's convention:
    what follows ``duckdb:///`` is the path) -> ("duckdb", path); ``duckdb:///:memory:`` ->
    ("duckdb", ":memory:"); ``postgresql://...`` / ``postgres://...`` -> ("postgresql", url).
    """
    if url is None:
        return "duckdb", DEFAULT_DB
    text = os.fspath(url)
    if not text.strip():
        return "duckdb", DEFAULT_DB
    lowered = text.lower()
    if lowered.startswith(("postgresql://", "postgres://", "postgresql+")):
        return "postgresql", text
    if lowered.startswith("duckdb:"):
        rest = text[len("duckdb:"):]
        if rest.startswith("///"):
            rest = rest[3:]
        elif rest.startswith("//"):
            rest = rest[2:]
        return "duckdb", rest or DEFAULT_DB
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(f"unknown database URL scheme {scheme!r}: use a file path, "
                         "duckdb:///path.duckdb or postgresql://...")
    return "duckdb", text


def open_store(url: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store a ``--db`` value names.

    url: None (``./watchfloor.duckdb``), a file path, ``duckdb:///path`` or ``postgresql://...``.
    read_only: open without write access (DuckDB: no schema migration; the file must exist).
    RETURNS (Store): an open store; close it, or use it in a ``with`` block.
    """
    backend, target = parse_db_url(url)
    if backend == "postgresql":
        try:
            from watchfloor.store.postgis import PostGISStore
        except ImportError as exc:
            if exc.name not in ("psycopg", "psycopg_binary", "psycopg_c"):
                raise
            raise BackendNotAvailable(
                "PostgreSQL/PostGIS storage needs the psycopg driver: "
                "pip install 'psycopg[binary]'") from exc
        return PostGISStore(target, read_only=read_only)
    from watchfloor.store.duckdb import DuckDBStore

    return DuckDBStore(target, read_only=read_only)
