"""``/api/events``: filtered, paged events as JSON or GeoJSON, and one event with its mentions."""
from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from watchfloor.formats import flatten_event
from watchfloor.model import Event
from watchfloor.web.deps import ERRORS, FiltersDep, PageDep, QueriesDep, next_offset
from watchfloor.web.schemas import EventDetail, EventPage, FeatureCollection, Problem

router = APIRouter(prefix="/events", tags=["events"], responses=ERRORS)

MAX_FEATURES = 10_000
Order = Annotated[Literal["newest", "oldest"], Query(description="by event date")]


def _finite(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def mentions_of(e: Event) -> int:
    """How many reports an event has: 1 until the store keeps deduplicated mentions."""
    return 1


@router.get("", response_model=EventPage, summary="Events matching the filters, one page")
def list_events(q: QueriesDep, f: FiltersDep, paging: PageDep, order: Order = "newest") -> dict[str, Any]:
    limit, offset = paging
    events, total = q.events(f.to_filter(limit=limit, offset=offset, newest_first=order == "newest"))
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total),
            "events": [e.to_dict() for e in events]}


@router.get(".geojson", response_model=FeatureCollection,
            summary="Events with a location as a GeoJSON FeatureCollection (for the map)",
            responses={200: {"content": {"application/geo+json": {}}}})
def events_geojson(q: QueriesDep, f: FiltersDep,
                   limit: Annotated[int, Query(ge=1, le=MAX_FEATURES)] = 5000,
                   offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
                   order: Order = "newest") -> Response:
    events, total = q.events(f.to_filter(limit=limit, offset=offset, newest_first=order == "newest"))
    features = []
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        props = {k: _finite(v) for k, v in flatten_event(e).items()}
        props["mentions"] = mentions_of(e)
        features.append({"type": "Feature", "id": e.event_id,
                         "geometry": {"type": "Point", "coordinates": [round(loc.lon, 5), round(loc.lat, 5)]},
                         "properties": props})
    body = {"type": "FeatureCollection", "features": features,
            "total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total)}
    return Response(json.dumps(body, ensure_ascii=False, default=str), media_type="application/geo+json")


@router.get("/{event_id}", response_model=EventDetail, summary="One event, its mentions and evidence",
            responses={404: {"model": Problem, "description": "no event with this id"}})
def get_event(q: QueriesDep, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    e = q.event(event_id)
    if e is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    article = q.article(e.doc_id)
    mention = {"doc_id": e.doc_id, "trigger": e.trigger.to_dict(), "evidence": e.evidence.to_dict(),
               "title": article.title if article else None, "url": article.url if article else None,
               "source": article.source if article else None,
               "published": article.published if article else None}
    return {"event": e.to_dict(), "mentions": [mention], "num_mentions": 1,
            "num_sources": 1 if article else 0}
