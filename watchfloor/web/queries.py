"""Read queries the dashboard needs that ``Store`` does not offer, in SQL on its connection.

``Store`` answers ``query_events``/``count_events``; the API also needs one event by id, articles
with counts, actor and dyad aggregates, weekly dyad series and event places. These are written
once, in SQL both DuckDB and PostgreSQL accept, and run through the store's SQL seam
(``Store.connection``, ``?`` placeholders; issue 7). Filters come from ``Store.where_clause``, so
every ``EventFilter`` criterion means the same here as in ``watchfloor events`` (and uses the
PostGIS indexes on PostgreSQL).

Every query runs under a deadline: past ``seconds``, ``Store.interrupt`` cancels it (DuckDB's
``interrupt``, a PostgreSQL cancel request) and ``QueryTimeout`` is raised.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from watchfloor.model import Article, Event
from watchfloor.store import EventFilter, Store, StoreError

__all__ = ["Queries", "QueryTimeout", "week_start"]

# The second party of an event's dyad: whom it was done to, or a reciprocal event's partner.
_OTHER = "coalesce(actor2_country, partner_country)"


class QueryTimeout(StoreError):
    """A query ran past the API's time limit and was cancelled."""


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week (DuckDB's ``date_trunc('week', …)``)."""
    return day - dt.timedelta(days=day.weekday())


def _iso(value: Any) -> str | None:
    return None if value is None else (value.isoformat() if hasattr(value, "isoformat") else str(value))


class Queries:
    """The API's read queries over one open store.

    store: an open store (DuckDB or PostgreSQL).
    seconds: the time limit for one query.
    """

    def __init__(self, store: Store, *, seconds: float = 10.0) -> None:
        self.store = store
        self.seconds = seconds

    # --- plumbing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def deadline(self) -> Iterator[None]:
        """Cancel whatever runs on the store's connection if it takes longer than the limit."""
        fired = threading.Event()

        def stop() -> None:
            fired.set()
            self.store.interrupt()

        timer = threading.Timer(self.seconds, stop)
        timer.daemon = True
        timer.start()
        try:
            yield
        except Exception as exc:
            # The driver's own error (duckdb.InterruptException, psycopg QueryCanceled) after
            # our cancel: report the limit, not the driver.
            if fired.is_set() and not isinstance(exc, QueryTimeout):
                raise QueryTimeout(f"the query took longer than {self.seconds:g} s and was "
                                   "cancelled; narrow the filters or lower the limit") from exc
            raise
        finally:
            timer.cancel()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of ``?``-placeholder SQL that both backends accept."""
        with self.deadline(), self.store.connection() as con:
            return con.execute(sql, params)

    def _where(self, f: EventFilter | None, extra: Sequence[str] = (),
               extra_params: Sequence[Any] = ()) -> tuple[str, list[Any]]:
        where, params = self.store.where_clause(f or EventFilter())
        clauses = [where[len(" WHERE "):]] if where else []
        clauses += list(extra)
        return (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else "", \
            params + list(extra_params)

    # --- events --------------------------------------------------------------------------------

    def events(self, f: EventFilter) -> tuple[list[Event], int]:
        """One page of events and how many match in all."""
        with self.deadline():
            return self.store.query_events(f), self.store.count_events(f)

    def event(self, event_id: str) -> Event | None:
        rows = self._rows("SELECT event FROM events WHERE event_id = ?", [event_id])
        return Event.from_dict(json.loads(rows[0][0])) if rows else None

    def events_of_article(self, doc_id: str) -> list[Event]:
        with self.deadline():
            return self.store.query_events(EventFilter(doc_ids=[doc_id]))

    # --- articles ------------------------------------------------------------------------------

    def article(self, doc_id: str) -> Article | None:
        with self.deadline():
            return self.store.get_article(doc_id)

    def articles(self, *, limit: int, offset: int, source: str | None = None) -> tuple[list[dict[str, Any]], int]:
        where, params = ("WHERE a.source = ?", [source]) if source else ("", [])
        total = self._rows(f"SELECT count(*) FROM articles a {where}", params)[0][0]
        rows = self._rows(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.language, length(a.text), "
            "(SELECT count(*) FROM events e WHERE e.doc_id = a.id) "
            f"FROM articles a {where} ORDER BY a.published_date DESC NULLS LAST, a.id "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        keys = ("id", "title", "url", "source", "published", "language", "chars", "events")
        return [dict(zip(keys, r)) for r in rows], int(total)

    # --- actors and dyads ----------------------------------------------------------------------

    def actors(self, f: EventFilter | None, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        where, params = self._where(f)
        base = (
            "WITH e AS (SELECT * FROM events" + where + "), a AS ("
            " SELECT actor1_code AS code, actor1_name AS name, actor1_country AS country,"
            " actor1_sector AS sector, 1 AS one, 0 AS two, 0 AS three FROM e WHERE actor1_text IS NOT NULL"
            " UNION ALL"
            " SELECT actor2_code, actor2_name, actor2_country, actor2_sector, 0, 1, 0 FROM e"
            " WHERE actor2_text IS NOT NULL"
            " UNION ALL"
            " SELECT partner_code, partner_name, partner_country, partner_sector, 0, 0, 1 FROM e"
            " WHERE partner_text IS NOT NULL)"
            " SELECT code, name, country, sector, count(*) AS n, sum(one), sum(two), sum(three) FROM a"
            " GROUP BY code, name, country, sector")
        total = self._rows(f"SELECT count(*) FROM ({base}) AS t", params)[0][0]
        rows = self._rows(base + " ORDER BY n DESC, code NULLS LAST, name NULLS LAST LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        keys = ("code", "name", "country", "sector", "events", "as_actor1", "as_actor2", "as_partner")
        return [dict(zip(keys, r)) for r in rows], int(total)

    def dyads(self, f: EventFilter | None, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Pairs of actor countries (unordered) with event counts and Goldstein sums; the second
        party is actor2 or, for a reciprocal event, its partner."""
        where, params = self._where(f, [f"actor1_country IS NOT NULL AND {_OTHER} IS NOT NULL"
                                        f" AND actor1_country <> {_OTHER}"])
        base = (f"SELECT least(actor1_country, {_OTHER}) AS a,"
                f" greatest(actor1_country, {_OTHER}) AS b, count(*) AS n,"
                " coalesce(sum(goldstein), 0),"
                " count(*) FILTER (WHERE quad_class IN (3, 4)),"
                " count(*) FILTER (WHERE quad_class IN (1, 2)), min(date), max(coalesce(date_end, date))"
                f" FROM events{where} GROUP BY 1, 2")
        total = self._rows(f"SELECT count(*) FROM ({base}) AS t", params)[0][0]
        rows = self._rows(base + " ORDER BY n DESC, a, b LIMIT ? OFFSET ?", [*params, limit, offset])
        out = [{"a": r[0], "b": r[1], "events": r[2], "goldstein_sum": round(float(r[3]), 3),
                "conflict": r[4], "cooperation": r[5], "first": _iso(r[6]), "last": _iso(r[7])}
               for r in rows]
        return out, int(total)

    def dyad_weeks(self, a: str, b: str, f: EventFilter | None, *, directed: bool = False) -> list[dict[str, Any]]:
        """Per ISO week (Monday), events between ``a`` and ``b``: count, Goldstein sum, and
        conflict (quad 3–4) and cooperation (quad 1–2) counts. Weeks without events are filled
        with zeros between the first and last week, so a line drawn from them is honest."""
        pair = f"(actor1_country = ? AND {_OTHER} = ?)"
        cond, cparams = (pair, [a, b]) if directed else (f"{pair} OR {pair}", [a, b, b, a])
        where, params = self._where(f, ["date IS NOT NULL", cond], cparams)
        rows = self._rows(
            "SELECT CAST(date_trunc('week', CAST(date AS TIMESTAMP)) AS DATE) AS w, count(*), coalesce(sum(goldstein), 0),"
            " count(*) FILTER (WHERE quad_class IN (3, 4)),"
            " count(*) FILTER (WHERE quad_class IN (1, 2))"
            f" FROM events{where} GROUP BY 1 ORDER BY 1", params)
        found = {(r[0].date() if isinstance(r[0], dt.datetime) else r[0]): r for r in rows}
        if not found:
            return []
        weeks: list[dict[str, Any]] = []
        day, last = min(found), max(found)
        while day <= last:
            r = found.get(day)
            weeks.append({"week": day.isoformat(), "events": r[1] if r else 0,
                          "goldstein_sum": round(float(r[2]), 3) if r else 0.0,
                          "conflict": r[3] if r else 0, "cooperation": r[4] if r else 0})
            day += dt.timedelta(days=7)
        return weeks

    # --- places --------------------------------------------------------------------------------

    def places(self, f: EventFilter | None, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Where events happened: one row per named place, with its event count and dates."""
        where, params = self._where(f, ["location_lat IS NOT NULL AND location_lon IS NOT NULL"])
        base = ("SELECT location_name, location_country, location_feature,"
                " avg(location_lat), avg(location_lon), count(*) AS n,"
                " min(date), max(coalesce(date_end, date))"
                f" FROM events{where} GROUP BY 1, 2, 3")
        total = self._rows(f"SELECT count(*) FROM ({base}) AS t", params)[0][0]
        rows = self._rows(base + " ORDER BY n DESC, 1 NULLS LAST, 2 NULLS LAST LIMIT ? OFFSET ?",
                          [*params, limit, offset])
        # Rounded here: PostgreSQL's round() takes no double precision with a digit count.
        out = [{"name": r[0], "country": r[1], "feature": r[2], "lat": round(float(r[3]), 5),
                "lon": round(float(r[4]), 5),
                "events": r[5], "first": _iso(r[6]), "last": _iso(r[7])} for r in rows]
        return out, int(total)

    # --- health --------------------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        with self.deadline():
            return self.store.count_articles(), self.store.count_events()
