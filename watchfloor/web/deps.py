"""What every router shares: the app's store and queries, the event filters, paging, errors."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from watchfloor.model import FACTUALITY, PLOVER_TYPES
from watchfloor.store import EventFilter, Store
from watchfloor.web.queries import Queries
from watchfloor.web.schemas import Problem

__all__ = [
    "ERRORS",
    "MAX_PAGE",
    "Filters",
    "WebState",
    "bad_request",
    "filters",
    "next_offset",
    "page",
    "queries",
    "state",
]

MAX_PAGE = 1000
_CODE = re.compile(r"^[A-Z]{2,6}$")


@dataclass
class WebState:
    """Everything ``create_app`` set up, kept on ``app.state.watchfloor``."""

    store: Store
    queries: Queries
    token: str | None
    token_env: str


def state(request: Request) -> WebState:
    return request.app.state.watchfloor  # type: ignore[no-any-return]


def queries(request: Request) -> Queries:
    return state(request).queries


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


#: Error answers every read endpoint may give, for the OpenAPI document.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: _problem("a filter value is malformed (the detail says which and why)"),
    503: _problem("the database is unavailable, or the query ran past the time limit"),
}


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _list(value: str | None, name: str, *, upper: bool = False) -> list[str]:
    if value is None:
        return []
    items = [v.strip() for v in value.split(",") if v.strip()]
    if upper:
        items = [v.upper() for v in items]
    if len(items) > 50:
        raise bad_request(f"{name}: at most 50 values")
    return items


def _codes(value: str | None, name: str) -> list[str]:
    codes = _list(value, name, upper=True)
    for c in codes:
        if not _CODE.match(c):
            raise bad_request(f"{name}: {c!r} is not a country code like LBY (ISO 3166-1 alpha-3)")
    return codes


def _floats(value: str, n: int, name: str, example: str) -> list[float]:
    parts = value.split(",")
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        nums = []
    if len(nums) != n or any(x != x or x in (float("inf"), float("-inf")) for x in nums):
        raise bad_request(f"{name}: expected {n} comma-separated numbers like {example}, got {value!r}")
    return nums


@dataclass
class Filters:
    """The parsed query-string filters; ``to_filter`` adds paging."""

    kwargs: dict[str, Any]

    def to_filter(self, *, limit: int | None = None, offset: int = 0,
                  newest_first: bool = False) -> EventFilter:
        try:
            return EventFilter(**self.kwargs, limit=limit, offset=offset, newest_first=newest_first)
        except ValueError as exc:
            raise bad_request(str(exc)) from exc


def filters(
    since: Annotated[str | None, Query(description="events on or after this day (YYYY-MM-DD)",
                                       max_length=32)] = None,
    until: Annotated[str | None, Query(description="events on or before this day (YYYY-MM-DD)",
                                       max_length=32)] = None,
    type: Annotated[str | None, Query(description="PLOVER types, comma-separated (MOBILIZE,ASSAULT)",
                                      max_length=500)] = None,
    cameo: Annotated[str | None, Query(description="CAMEO roots, comma-separated (15,19)",
                                       max_length=200)] = None,
    actor_country: Annotated[str | None, Query(description="either actor's or a reciprocal event's partner's "
                                                           "country (ISO3), comma-separated",
                                               max_length=500)] = None,
    country: Annotated[str | None, Query(description="the event location's country (ISO3), comma-separated",
                                         max_length=500)] = None,
    bbox: Annotated[str | None, Query(description="W,S,E,N in degrees: location inside this box",
                                      max_length=200)] = None,
    near: Annotated[str | None, Query(description="LAT,LON: location within `km` of this point",
                                      max_length=100)] = None,
    border: Annotated[str | None, Query(description="A-B (ISO3-ISO3): location within `km` of that border",
                                        max_length=20)] = None,
    km: Annotated[float | None, Query(description="radius for `near`, distance for `border` (default 100)",
                                      ge=0, le=20000)] = None,
    factuality: Annotated[str | None, Query(description="asserted, reported, speculative, negated, future; comma-separated",
                                            max_length=200)] = None,
    min_confidence: Annotated[float | None, Query(description="only events at least this confident",
                                                  ge=0, le=1)] = None,
    doc_id: Annotated[str | None, Query(description="only events of these articles, comma-separated",
                                        max_length=2000)] = None,
) -> Filters:
    kw: dict[str, Any] = {"since": since, "until": until}
    types = _list(type, "type", upper=True)
    for t in types:
        if t not in PLOVER_TYPES:
            raise bad_request(f"type: {t!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    kw["types"] = types
    roots = _list(cameo, "cameo")
    for r in roots:
        if not r.isdigit() or not 1 <= len(r) <= 4:
            raise bad_request(f"cameo: {r!r} is not a CAMEO code like 15 or 190")
    kw["cameo_roots"] = roots
    kw["actor_countries"] = _codes(actor_country, "actor_country")
    kw["location_countries"] = _codes(country, "country")
    facts = [v.lower() for v in _list(factuality, "factuality")]
    for v in facts:
        if v not in FACTUALITY:
            raise bad_request(f"factuality: {v!r} is not one of {', '.join(FACTUALITY)}")
    kw["factualities"] = facts
    kw["min_confidence"] = min_confidence
    kw["doc_ids"] = _list(doc_id, "doc_id")
    if bbox:
        w, s, e, n = _floats(bbox, 4, "bbox", "9,20,15,30")
        if not (-90 <= s <= 90 and -90 <= n <= 90 and -180 <= w <= 180 and -180 <= e <= 180):
            raise bad_request("bbox: longitudes must be in -180..180 and latitudes in -90..90")
        kw["bbox"] = (w, s, e, n)
    if near:
        lat, lon = _floats(near, 2, "near", "24.55,9.48")
        if km is None:
            raise bad_request("near: give the radius too, as km=N")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise bad_request("near: latitude must be in -90..90 and longitude in -180..180")
        kw["near"] = (lat, lon, km)
    if border:
        pair = border.upper().replace("–", "-").split("-")
        if len(pair) != 2 or not all(_CODE.match(p) for p in pair):
            raise bad_request(f"border: expected two ISO3 codes like DZA-LBY, got {border!r}")
        kw["border"] = (pair[0], pair[1], km if km is not None else 100.0)
    f = Filters(kw)
    f.to_filter()  # reject bad dates now, with a 400
    return f


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0,
) -> tuple[int, int]:
    return limit, offset


def next_offset(limit: int, offset: int, total: int) -> int | None:
    return offset + limit if offset + limit < total else None


FiltersDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[tuple[int, int], Depends(page)]
QueriesDep = Annotated[Queries, Depends(queries)]
StateDep = Annotated[WebState, Depends(state)]
