"""``/api/events``: filtered, paged events as JSON or GeoJSON, and one event with its mentions.

Issue 5: by default one item per real-world event (a cluster of mentions across articles, see
``watchfloor.monitor.cluster``), shown by its most confident matching mention with the cluster's
``mentions``/``sources``/``articles`` counts, ``first_seen``/``last_seen`` and ``cluster_id``
added; ``mentions=true`` lists every stored mention instead, as the CONTRACT's events.
"""
from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from watchfloor.formats import flatten_event
from watchfloor.model import Article, Event
from watchfloor.monitor.cluster import ClusteredEvent, cluster_of, query_clusters
from watchfloor.store import EventFilter
from watchfloor.web.deps import ERRORS, FiltersDep, PageDep, QueriesDep, next_offset
from watchfloor.web.queries import Queries
from watchfloor.web.schemas import EventOut, FeatureCollection, Mention, Problem

router = APIRouter(prefix="/events", tags=["events"], responses=ERRORS)

MAX_FEATURES = 10_000
MAX_MENTIONS = 200
Order = Annotated[Literal["newest", "oldest"], Query(description="by event date")]
Mentions = Annotated[bool, Query(description="every stored mention, one item each, instead of "
                                             "one item per real-world event (the default)")]


class ClusteredEventOut(EventOut):
    """An event as ``watchfloor extract`` prints it; as one real-world event (the default), with
    its cluster's fields too (absent with ``mentions=true``)."""

    cluster_id: str | None = Field(None, description="the cluster (null: a mention not clustered)")
    mentions: int | None = Field(None, description="mentions in all copies of all articles "
                                                   "(GDELT's NumMentions)")
    sources: int | None = Field(None, description="distinct sources (GDELT's NumSources)")
    articles: int | None = Field(None, description="articles, syndicated copies included "
                                                   "(GDELT's NumArticles)")
    first_seen: str | None = Field(None, description="when the first mention was clustered")
    last_seen: str | None = Field(None, description="when the latest mention was clustered")


class ClusteredEventPage(BaseModel):
    total: int = Field(description="real-world events matching the filters (mentions with "
                                   "mentions=true), all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")
    events: list[ClusteredEventOut]


class ClusterMention(Mention):
    """One report of the event: which mention, the article and the sentence that says so."""

    event_id: str
    type: str
    date: str | None = None
    factuality: str
    confidence: float


class ClusteredEventDetail(BaseModel):
    event: ClusteredEventOut
    mentions: list[ClusterMention] = Field(description=f"the cluster's mentions, most confident "
                                                       f"first (at most {MAX_MENTIONS})")
    num_mentions: int
    num_sources: int
    num_articles: int
    cluster_id: str | None = None


def _finite(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _page(q: Queries, f: EventFilter, raw: bool) -> tuple[list[ClusteredEvent], int]:
    if raw:
        events, total = q.events(f)
        return [ClusteredEvent(e) for e in events], total
    with q.deadline():
        return query_clusters(q.store, f)


@router.get("", response_model=ClusteredEventPage, response_model_exclude_unset=True,
            summary="Real-world events (or every mention) matching the filters, one page")
def list_events(q: QueriesDep, f: FiltersDep, paging: PageDep, order: Order = "newest",
                mentions: Mentions = False) -> dict[str, Any]:
    limit, offset = paging
    items, total = _page(q, f.to_filter(limit=limit, offset=offset, newest_first=order == "newest"),
                         mentions)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total),
            "events": [c.event.to_dict() if mentions else c.to_dict() for c in items]}


@router.get(".geojson", response_model=FeatureCollection,
            summary="Real-world events (or every mention) with a location as a GeoJSON "
                    "FeatureCollection (for the map)",
            responses={200: {"content": {"application/geo+json": {}}}})
def events_geojson(q: QueriesDep, f: FiltersDep,
                   limit: Annotated[int, Query(ge=1, le=MAX_FEATURES)] = 5000,
                   offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
                   order: Order = "newest", mentions: Mentions = False) -> Response:
    items, total = _page(q, f.to_filter(limit=limit, offset=offset, newest_first=order == "newest"),
                         mentions)
    features = []
    for c in items:
        loc = c.event.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        props = {k: _finite(v) for k, v in flatten_event(c.event).items()}
        props |= {"mentions": 1} if mentions else c.cluster_fields()
        features.append({"type": "Feature", "id": c.event.event_id,
                         "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
                         "properties": props})
    body = {"type": "FeatureCollection", "features": features,
            "total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total)}
    return Response(json.dumps(body, ensure_ascii=False, default=str), media_type="application/geo+json")


@router.get("/{event_id}", response_model=ClusteredEventDetail,
            summary="One event with its cluster: every mention of it and its evidence",
            responses={404: {"model": Problem, "description": "no event with this id"}})
def get_event(q: QueriesDep, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    e = q.event(event_id)
    if e is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    with q.deadline():
        clustered, members = cluster_of(q.store, e, max_mentions=MAX_MENTIONS)
    articles: dict[str, Article | None] = {}
    for m in members:
        if m.doc_id not in articles:
            articles[m.doc_id] = q.article(m.doc_id)
    out = [_mention(m, articles[m.doc_id]) for m in members]
    if clustered.cluster_id is None:  # not clustered: this one report
        sources = 1 if articles.get(e.doc_id) else 0
        return {"event": clustered.to_dict(), "mentions": out, "num_mentions": 1,
                "num_sources": sources, "num_articles": 1, "cluster_id": None}
    return {"event": clustered.to_dict(), "mentions": out, "num_mentions": clustered.mentions,
            "num_sources": clustered.sources, "num_articles": clustered.articles,
            "cluster_id": clustered.cluster_id}


def _mention(e: Event, article: Article | None) -> dict[str, Any]:
    return {"event_id": e.event_id, "doc_id": e.doc_id, "type": e.type, "date": e.date,
            "factuality": e.factuality, "confidence": round(e.confidence, 3),
            "trigger": e.trigger.to_dict(), "evidence": e.evidence.to_dict(),
            "title": article.title if article else None, "url": article.url if article else None,
            "source": article.source if article else None,
            "published": article.published if article else None}
