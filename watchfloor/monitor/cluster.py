"""One real-world event, many mentions: clustering coded events across articles.

Two mentions are the same event when they have the same PLOVER type, compatible actors (each
side's country is equal, or unknown on one side), places within ``km`` of each other (or, when a
side has no coordinates, the same or an unknown country), and dates within ``days``. A new
mention joins the closest compatible cluster (the one whose first mention sets its type, actors
and anchor place), else starts one. Counting follows GDELT: ``mentions`` (mentions in all copies
of all articles), ``articles`` (article copies, syndicated ones included), ``sources`` (distinct
source names among them).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from watchfloor.formats import ExtraColumns, write_events
from watchfloor.model import Article, Event
from watchfloor.monitor.dedupe import NearDuplicateIndex, signature
from watchfloor.monitor.state import MonitorDB
from watchfloor.store import EventFilter, Store, StoreError

__all__ = ["CLUSTER_COLUMNS", "CLUSTER_FIELDS", "Cluster", "ClusterParams", "ClusteredEvent", "Clusterer", "Copy",
           "Processed", "assign", "cluster_of", "compatible", "copy_url", "event_day",
           "haversine_km", "monitor_db", "query_clusters", "write_clustered"]

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def event_day(event: Event, fallback: dt.date) -> dt.date:
    """The event's (first) day, or ``fallback`` (its article's publication day) when undated."""
    if event.date:
        try:
            return dt.date.fromisoformat(str(event.date)[:10])
        except ValueError:
            pass
    return fallback


@dataclass(frozen=True)
class ClusterParams:
    """km: the farthest two mentions' places may be apart; days: their dates."""

    km: float = 50.0
    days: int = 2


@dataclass
class Cluster:
    """A cluster's identity (set by its first mention) and its date range."""

    cluster_id: str
    type: str
    actor1_country: str | None
    actor2_country: str | None
    lat: float | None
    lon: float | None
    location_country: str | None
    date_first: dt.date
    date_last: dt.date
    cameo_root: str | None = None
    location_name: str | None = None
    new: bool = False
    actor1_sector: str | None = None
    actor2_sector: str | None = None

    @classmethod
    def start(cls, event: Event, day: dt.date) -> Cluster:
        loc = event.location
        cid = "c" + hashlib.sha1(event.event_id.encode()).hexdigest()[:15]
        return cls(cid, event.type, event.actor1.country if event.actor1 else None,
                   event.counterpart.country if event.counterpart else None,
                   loc.lat if loc else None, loc.lon if loc else None,
                   loc.country if loc else None, day, day,
                   cameo_root=str(event.cameo)[:2] if event.cameo else None,
                   location_name=loc.name if loc else None, new=True,
                   actor1_sector=event.actor1.sector if event.actor1 else None,
                   actor2_sector=event.counterpart.sector if event.counterpart else None)


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def compatible(c: Cluster, e: Event, day: dt.date, params: ClusterParams) -> float | None:
    """How far (a score, lower is closer) the mention is from the cluster, or None if it is
    another event."""
    if e.type != c.type:
        return None
    if not _same(c.actor1_country, e.actor1.country if e.actor1 else None):
        return None
    if not _same(c.actor2_country, e.counterpart.country if e.counterpart else None):
        return None  # (the second party: actor2, or a reciprocal event's partner)
    # same country, other sectors: an army and a rebel force of one state attacking each other.
    # Sectors count only between actors of a known country: "attacked army positions" and
    # "killing civilians" in one report are one attack.
    for country, sector, actor in ((c.actor1_country, c.actor1_sector, e.actor1),
                                   (c.actor2_country, c.actor2_sector, e.counterpart)):
        if country and actor is not None and actor.country == country and not _same(sector, actor.sector):
            return None
    gap = max((c.date_first - day).days, (day - c.date_last).days, 0)
    if gap > params.days:
        return None
    loc = e.location
    if c.lat is not None and c.lon is not None and loc is not None:
        km = haversine_km(c.lat, c.lon, loc.lat, loc.lon)
        if km > params.km:
            return None
    else:
        if not _same(c.location_country, loc.country if loc else None):
            return None
        km = params.km  # unknown distance ranks behind any known one
    return km / max(params.km, 1e-9) + gap / (params.days + 1)


def assign(events: Iterable[tuple[Event, dt.date]], clusters: list[Cluster],
           params: ClusterParams) -> list[tuple[Event, Cluster]]:
    """Each mention with the cluster it joins; new clusters are appended to ``clusters``
    (marked ``new``) and date ranges widened in place."""
    by_type: dict[str, list[Cluster]] = {}
    for c in clusters:
        by_type.setdefault(c.type, []).append(c)
    out = []
    for event, day in events:
        best: tuple[float, Cluster] | None = None
        for c in by_type.get(event.type, ()):
            score = compatible(c, event, day, params)
            if score is not None and (best is None or score < best[0]):
                best = (score, c)
        if best is None:
            cluster = Cluster.start(event, day)
            clusters.append(cluster)
            by_type.setdefault(event.type, []).append(cluster)
        else:
            cluster = best[1]
            cluster.date_first = min(cluster.date_first, day)
            cluster.date_last = max(cluster.date_last, day)
        out.append((event, cluster))
    return out


# --- storing clusters: shared by ``watchfloor watch`` and ``watchfloor ingest`` ------------------

#: (doc_id of the stored article, canonical url of this copy, its source name, how it was found)
Copy = tuple[str, str, str | None, str]

_CHUNK = 500


def marks(n: int) -> str:
    """``n`` comma-separated ``?`` placeholders, for a portable ``IN (…)``."""
    return ", ".join("?" * n)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def copy_url(doc_id: str, url: str | None) -> str:
    """The key of one copy of an article: its canonical URL, else its id."""
    from watchfloor.ingest.feeds import canonical_url

    return canonical_url(url) if url else f"doc:{doc_id}"


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _same_copy(doc_id: str, rows: list[list[Any]], url: str, source: str | None, how: str
               ) -> list[Any] | None:
    """The known copy (a mutable [url, source, how]) that this one is, else None: the one at the
    same URL, or — between the article's URL-less key and a URL of the article itself (not of a
    near-duplicate text) — one from a compatible source."""
    for row in rows:
        if row[0] == url:
            return row
    own = f"doc:{doc_id}"
    if how == "near-duplicate" or (url.startswith("doc:") and url != own):
        return None
    for row in rows:
        if row[2] == "near-duplicate" or not _same(row[1], source):
            continue
        if (row[0] == own) != (url == own):
            return row
    return None


@dataclass
class Processed:
    """What one ``Clusterer.process`` did: the articles it clustered (those not clustered before),
    their events, and every cluster whose mentions or copies changed."""

    doc_ids: list[str]
    events: list[Event]
    touched: set[str]
    #: clusters of stored articles read again (no new copy): unchanged, but the watcher still
    #: evaluates its rules on them (an article stored by ``ingest`` reaching ``watch``).
    revisited: set[str] = field(default_factory=set)


class Clusterer:
    """Clusters stored articles' events into ``wf_clusters`` and keeps their counts.

    The watcher and ``watchfloor ingest`` share it. An article is clustered once: ``process``
    records its copies and near-duplicate signature, assigns its events to clusters, refreshes the
    touched clusters' counts and marks it processed (``wf_mon_processed``), all on the caller's
    ``MonitorDB`` transaction. An article stored but not yet processed (a kill between the store's
    commit and this one) is found by ``unprocessed``/``catch_up`` on the next run. All SQL here is
    standard (``?`` placeholders, ``ON CONFLICT DO NOTHING``) for both store backends.

    db: the monitor tables on the store's connection.
    params: how near in km and days two mentions of one event are.
    index: the watcher's in-memory near-duplicate index, kept in step with the stored signatures.
    """

    def __init__(self, db: MonitorDB, params: ClusterParams | None = None, *,
                 index: NearDuplicateIndex | None = None) -> None:
        self.db = db
        self.params = params or ClusterParams()
        self.index = index

    def stored_id(self, article: Article) -> str | None:
        """The id of the stored article with this id or this exact text, else None."""
        rows = self.db.execute("SELECT id FROM articles WHERE id = ? OR content_hash = ? "
                               "ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END LIMIT 1",
                               [article.id, article.content_hash, article.id])
        return str(rows[0][0]) if rows else None

    def stored_ids(self, articles: Sequence[Article]) -> dict[str, str]:
        """``stored_id`` for many articles in a few statements: article id -> stored id, for
        those stored."""
        by_id: set[str] = set()
        by_hash: dict[str, str] = {}
        ids = sorted({a.id for a in articles})
        hashes = sorted({a.content_hash for a in articles})
        for chunk in _chunks(ids):
            by_id.update(r[0] for r in self.db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks(len(chunk))})", list(chunk)))
        for chunk in _chunks(hashes):
            for id_, digest in self.db.execute(
                    f"SELECT id, content_hash FROM articles WHERE content_hash IN "
                    f"({marks(len(chunk))}) ORDER BY id", list(chunk)):
                by_hash.setdefault(digest, id_)
        out = {}
        for a in articles:
            found = a.id if a.id in by_id else by_hash.get(a.content_hash)
            if found is not None:
                out[a.id] = found
        return out

    def unprocessed(self) -> list[str]:
        """Stored articles never clustered, oldest id first."""
        rows = self.db.execute("SELECT id FROM articles WHERE id NOT IN "
                               "(SELECT doc_id FROM wf_mon_processed) ORDER BY id")
        return [r[0] for r in rows]

    def catch_up(self, *, then: Callable[[Processed], None] | None = None) -> int:
        """Cluster every stored article not clustered yet, 500 per transaction; ``then`` runs
        inside each transaction (the watcher evaluates its rules there). Returns how many."""
        ids = self.unprocessed()
        for chunk in _chunks(ids):
            events = self.db.store.query_events(EventFilter(doc_ids=list(chunk)))
            with self.db.transaction():
                done = self.process(list(chunk), events)
                if then is not None:
                    then(done)
        return len(ids)

    def process(self, doc_ids: Sequence[str], events: Sequence[Event],
                copies: Sequence[Copy] = (), *,
                sigs: dict[str, np.ndarray] | None = None) -> Processed:
        """Cluster the stored articles ``doc_ids`` (those already clustered, or not stored, are
        left alone) with their ``events``, and record extra ``copies`` of stored articles.
        Run it inside ``db.transaction()``.

        sigs: signatures already computed (by the watcher's dedupe); others are computed here.
        """
        db = self.db
        info: dict[str, tuple[str | None, str | None, str | None, str]] = {}
        done: set[str] = set()
        wanted = list(dict.fromkeys(doc_ids))
        for chunk in _chunks(wanted):
            for id_, url, source, published, text in db.execute(
                    f"SELECT id, url, source, published, text FROM articles WHERE id IN "
                    f"({marks(len(chunk))})", list(chunk)):
                info[id_] = (url, source, published, text)
            done.update(r[0] for r in db.execute(
                f"SELECT doc_id FROM wf_mon_processed WHERE doc_id IN ({marks(len(chunk))})",
                list(chunk)))
        todo = [d for d in wanted if d in info and d not in done]
        todo_set = set(todo)
        events = [e for e in events if e.doc_id in todo_set]
        minhash, originals = [], []
        for d in todo:
            url, source, _, text = info[d]
            sig = (sigs or {}).pop(d, None)
            if sig is None:
                sig = signature(text)
                if self.index is not None:
                    self.index.add(d, sig)
            minhash.append((d, [int(v) for v in sig.tolist()]))
            originals.append((d, copy_url(d, url), source, "original"))
        db.executemany("INSERT INTO wf_mon_minhash VALUES (?, ?) ON CONFLICT DO NOTHING", minhash)
        touched: set[str] = set()
        grown = self._record_copies([*originals, *copies])
        again = {c[0] for c in copies} - todo_set
        revisited: set[str] = set()
        for chunk in _chunks(sorted(again)):
            for cid, d in db.execute(
                    f"SELECT DISTINCT cluster_id, doc_id FROM wf_cluster_events WHERE doc_id IN "
                    f"({marks(len(chunk))})", list(chunk)):
                (touched if d in grown else revisited).add(cid)
        today = dt.datetime.now(dt.UTC).date()
        dated = []
        for e in sorted(events, key=lambda e: (e.doc_id, e.trigger.start, e.event_id)):
            fallback = _day(info[e.doc_id][2]) or today
            dated.append((e, event_day(e, fallback)))
        if dated:
            clusters = self._candidates(dated)
            members = []
            for e, c in assign(dated, clusters, self.params):
                members.append((e.event_id, c.cluster_id, e.doc_id))
                touched.add(c.cluster_id)
            new, moved = [], []
            for c in clusters:
                if c.cluster_id not in touched:
                    continue
                if c.new:
                    new.append((c.cluster_id, c.type, c.cameo_root, c.actor1_country,
                                c.actor2_country, c.lat, c.lon, c.location_name,
                                c.location_country, c.date_first, c.date_last,
                                c.actor1_sector, c.actor2_sector))
                else:
                    moved.append((c.date_first, c.date_last, c.cluster_id))
            db.executemany(
                "INSERT INTO wf_clusters (cluster_id, type, cameo_root, actor1_country, "
                "actor2_country, lat, lon, location_name, location_country, date_first, "
                "date_last, actor1_sector, actor2_sector, first_seen, last_seen, mentions, articles, "
                "sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, "
                "current_timestamp, 0, 0, 0) "
                "ON CONFLICT DO NOTHING", new)
            db.executemany("UPDATE wf_clusters SET date_first = ?, date_last = ?, "
                           "last_seen = current_timestamp WHERE cluster_id = ?", moved)
            db.executemany("INSERT INTO wf_cluster_events (event_id, cluster_id, doc_id) "
                           "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", members)
        if touched:
            self.refresh_counts(sorted(touched))
        db.executemany("INSERT INTO wf_mon_processed (doc_id) VALUES (?) ON CONFLICT DO NOTHING",
                       [(d,) for d in todo])
        return Processed(todo, events, touched, revisited - touched)

    def _record_copies(self, copies: Sequence[Copy]) -> set[str]:
        """Store the copies that are new; RETURNS the articles whose copies or sources changed.

        A copy is one article at one URL. The same article read again (by ``ingest`` and by
        ``watch``, or by two sources of one outlet) is not another copy: the same URL is the same
        copy, and so is the article's URL-less key (``doc:ID``, an article read without a URL)
        and a URL of it from a compatible source (the same, or one side unknown) — the URL and
        source are then filled in on the stored copy instead of counting the article twice.
        """
        db = self.db
        known: dict[str, list[list[Any]]] = {}
        for chunk in _chunks(sorted({c[0] for c in copies})):
            for d, url, source, how in db.execute(
                    f"SELECT doc_id, url, source, how FROM wf_mon_copies WHERE doc_id IN "
                    f"({marks(len(chunk))}) ORDER BY doc_id, seen_at, url", list(chunk)):
                known.setdefault(d, []).append([url, source, how])
        inserts: list[Copy] = []
        updates: list[tuple[str, str | None, str, str]] = []
        grown: set[str] = set()
        for d, url, source, how in copies:
            rows = known.setdefault(d, [])
            same = _same_copy(d, rows, url, source, how)
            if same is None:
                rows.append([url, source, how])
                inserts.append((d, url, source, how))
                grown.add(d)
                continue
            old_url, old_source = same[0], same[1]
            new_url = url if old_url == f"doc:{d}" and url != old_url else old_url
            new_source = old_source if old_source is not None else source
            if (new_url, new_source) != (old_url, old_source):
                updates.append((new_url, new_source, d, old_url))
                same[:2] = [new_url, new_source]
                if new_source != old_source:
                    grown.add(d)
        db.executemany("INSERT INTO wf_mon_copies (doc_id, url, source, how) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING", inserts)
        db.executemany("UPDATE wf_mon_copies SET url = ?, source = ? WHERE doc_id = ? AND url = ?",
                       updates)
        return grown

    def _candidates(self, dated: list[tuple[Event, dt.date]]) -> list[Cluster]:
        """Stored clusters a mention of these types and days could join."""
        days = self.params.days
        lo = min(d for _, d in dated) - dt.timedelta(days=days)
        hi = max(d for _, d in dated) + dt.timedelta(days=days)
        types = sorted({e.type for e, _ in dated})
        rows = self.db.execute(
            "SELECT cluster_id, type, actor1_country, actor2_country, lat, lon, location_country, "
            "date_first, date_last, cameo_root, location_name, actor1_sector, actor2_sector "
            "FROM wf_clusters "
            f"WHERE type IN ({marks(len(types))}) AND date_last >= ? AND date_first <= ?",
            [*types, lo, hi])
        return [Cluster(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                        actor1_sector=r[11], actor2_sector=r[12]) for r in rows]

    def refresh_counts(self, cluster_ids: Sequence[str]) -> None:
        """Recount mentions (mentions in every copy), articles (copies) and sources (distinct
        source names, else URLs) of these clusters, GDELT's NumMentions/NumArticles/NumSources."""
        for chunk in _chunks(list(cluster_ids)):
            self.db.execute(f"""
                UPDATE wf_clusters SET mentions = s.mentions, articles = s.articles,
                    sources = s.sources, last_seen = current_timestamp
                FROM (
                    SELECT m.cluster_id AS cluster_id,
                           count(*) AS mentions,
                           count(DISTINCT c.doc_id || ' ' || c.url) AS articles,
                           count(DISTINCT coalesce(c.source, c.url)) AS sources
                    FROM wf_cluster_events m JOIN wf_mon_copies c ON c.doc_id = m.doc_id
                    WHERE m.cluster_id IN ({marks(len(chunk))})
                    GROUP BY m.cluster_id
                ) AS s
                WHERE wf_clusters.cluster_id = s.cluster_id""", list(chunk))


# --- reading clusters: ``watchfloor events`` and the API ------------------------------------------

#: What a clustered event adds to the CONTRACT's event fields.
CLUSTER_FIELDS = ("cluster_id", "mentions", "sources", "articles", "first_seen", "last_seen")


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@dataclass
class ClusteredEvent:
    """One real-world event: its representative mention (the most confident one matching the
    query) and the whole cluster's counts. A mention not clustered (yet) stands alone: one
    mention, one article, one source, no ``cluster_id``."""

    event: Event
    cluster_id: str | None = None
    mentions: int = 1
    sources: int = 1
    articles: int = 1
    first_seen: str | None = None
    last_seen: str | None = None

    def cluster_fields(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in CLUSTER_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT's event fields, then ``CLUSTER_FIELDS``."""
        return self.event.to_dict() | self.cluster_fields()

    @classmethod
    def from_row(cls, event: Event, row: Sequence[Any] | None) -> ClusteredEvent:
        """From (cluster_id, mentions, sources, articles, first_seen, last_seen), or None."""
        if row is None or row[0] is None:
            return cls(event)
        cid, mentions, sources, articles, first, last = row
        return cls(event, cid, int(mentions or 1), int(sources or 1), int(articles or 1),
                   _iso(first), _iso(last))


def monitor_db(store: Store) -> MonitorDB | None:
    """The store's cluster tables, or None when it has none (never clustered, or a backend the
    monitor tables do not support yet)."""
    try:
        db = MonitorDB(store)
    except StoreError:
        return None
    return db if db.has_tables() else None


def _where_sql(store: Store, f: EventFilter) -> tuple[str, list[Any]] | None:
    """The store's own SQL for the filter's criteria, with ``?`` placeholders (MonitorDB's)."""
    own = getattr(store, "where_clause", None)
    if callable(own):  # the Store interface's, once every backend has it
        return own(f)  # type: ignore[no-any-return]
    from watchfloor.store.duckdb import DuckDBStore, where_clause

    if isinstance(store, DuckDBStore):
        return where_clause(f)
    if type(store).__name__ == "PostGISStore":
        from watchfloor.store.postgis import where_clause as pg_where

        where, params = pg_where(f)
        return where.replace("%s", "?"), params
    return None


def query_clusters(store: Store, f: EventFilter) -> tuple[list[ClusteredEvent], int]:
    """One page of real-world events matching the filter, and how many match in all.

    A cluster matches when any of its mentions does; it is shown by its most confident matching
    mention and ordered by that mention's date like ``query_events`` (``f.limit``/``f.offset``
    count clusters). Mentions not clustered stand alone.
    """
    db = monitor_db(store)
    where = _where_sql(store, f) if db is not None else None
    if db is None or where is None:
        return [ClusteredEvent(e) for e in store.query_events(f)], store.count_events(f)
    sql_where, params = where
    direction = "DESC" if f.newest_first else "ASC"

    def order(t: str) -> str:  # query_events' order
        return f"{t}date {direction} NULLS LAST, {t}doc_id, {t}trigger_start, {t}event_id"

    base = (f"WITH m AS (SELECT event_id, doc_id, date, trigger_start, confidence FROM events"
            f"{sql_where}), k AS (SELECT m.event_id, m.doc_id, m.date, m.trigger_start, "
            "m.confidence, ce.cluster_id, coalesce(ce.cluster_id, 'e:' || m.event_id) AS ckey "
            "FROM m LEFT JOIN wf_cluster_events ce ON ce.event_id = m.event_id)")
    total = int(db.execute(base + " SELECT count(DISTINCT ckey) FROM k", params)[0][0])
    sql = (base + ", r AS (SELECT k.event_id, k.doc_id, k.date, k.trigger_start, k.cluster_id, "
           "row_number() OVER (PARTITION BY ckey ORDER BY confidence DESC NULLS LAST, "
           f"{order('')}) AS rn FROM k) "
           "SELECT r.event_id, r.doc_id, c.cluster_id, c.mentions, c.sources, c.articles, "
           "c.first_seen, c.last_seen FROM r LEFT JOIN wf_clusters c "
           f"ON c.cluster_id = r.cluster_id WHERE r.rn = 1 ORDER BY {order('r.')}")
    page = list(params)
    if f.limit is not None:
        sql += " LIMIT ?"
        page.append(f.limit)
    if f.offset:
        sql += " OFFSET ?"
        page.append(f.offset)
    rows = db.execute(sql, page)
    events = _events_by_id(store, {r[1] for r in rows})
    out = [ClusteredEvent.from_row(events[r[0]], r[2:]) for r in rows if r[0] in events]
    return out, total


def _events_by_id(store: Store, doc_ids: Iterable[str]) -> dict[str, Event]:
    docs = sorted(set(doc_ids))
    out: dict[str, Event] = {}
    for chunk in _chunks(docs):
        for e in store.query_events(EventFilter(doc_ids=list(chunk))):
            out[e.event_id] = e
    return out


def cluster_of(store: Store, event: Event, *, max_mentions: int = 200
               ) -> tuple[ClusteredEvent, list[Event]]:
    """The event with its cluster's counts, and the cluster's mentions (the event alone when it
    is not clustered), most confident first."""
    db = monitor_db(store)
    row = None
    if db is not None:
        found = db.execute("SELECT c.cluster_id, c.mentions, c.sources, c.articles, "
                           "c.first_seen, c.last_seen FROM wf_cluster_events ce JOIN wf_clusters c "
                           "ON c.cluster_id = ce.cluster_id WHERE ce.event_id = ?",
                           [event.event_id])
        row = found[0] if found else None
    clustered = ClusteredEvent.from_row(event, row)
    if db is None or clustered.cluster_id is None:
        return clustered, [event]
    members = db.execute("SELECT event_id, doc_id FROM wf_cluster_events WHERE cluster_id = ?",
                         [clustered.cluster_id])
    ids = {eid for eid, _ in members}
    known = _events_by_id(store, (d for _, d in members))
    mentions = sorted((e for eid, e in known.items() if eid in ids),
                      key=lambda e: (-e.confidence, e.date or "", e.doc_id, e.trigger.start))
    return clustered, mentions[:max_mentions]


#: How ``write_clustered`` adds ``CLUSTER_FIELDS`` to the event formats.
CLUSTER_COLUMNS = ExtraColumns(
    names=CLUSTER_FIELDS, values=ClusteredEvent.cluster_fields, event=lambda c: c.event,
    parquet_types={"mentions": "int64", "sources": "int64", "articles": "int64"},
    table=(("ment", "mentions", 4), ("src", "sources", 3)),
    table_note="one row per real-world event, --mentions for every report")


def write_clustered(items: Iterable[ClusteredEvent], fmt: str, out: Any) -> int:
    """Write clustered events like ``formats.write_events`` writes mentions, with
    ``CLUSTER_FIELDS`` added: to each JSON object (jsonl), as the last columns (csv, parquet),
    to each feature's properties (geojson), as mentions/sources columns (table)."""
    return write_events(items, fmt, out, extra=CLUSTER_COLUMNS)
