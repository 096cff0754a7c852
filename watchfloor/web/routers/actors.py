"""``/api/actors`` and ``/api/dyads``: who acts, and conflict–cooperation between two countries."""
from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from watchfloor.web.deps import (
    ERRORS,
    FiltersDep,
    PageDep,
    QueriesDep,
    bad_request,
    next_offset,
)
from watchfloor.web.schemas import ActorPage, DyadPage, DyadSeries

router = APIRouter(tags=["actors"], responses=ERRORS)

Code = Annotated[str, Path(min_length=2, max_length=6, description="ISO3 (or IGO) code, e.g. LBY")]


@router.get("/actors", response_model=ActorPage, summary="Actors of the matching events, busiest first")
def list_actors(q: QueriesDep, f: FiltersDep, paging: PageDep) -> dict[str, Any]:
    limit, offset = paging
    rows, total = q.actors(f.to_filter(), limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total), "actors": rows}


@router.get("/dyads", response_model=DyadPage,
            summary="Pairs of actor countries with event counts and Goldstein sums")
def list_dyads(q: QueriesDep, f: FiltersDep, paging: PageDep) -> dict[str, Any]:
    limit, offset = paging
    rows, total = q.dyads(f.to_filter(), limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total), "dyads": rows}


@router.get("/dyads/{a}/{b}", response_model=DyadSeries,
            summary="Weekly Goldstein sums and counts of events between two actor countries",
            description="Weeks start on Monday; weeks without events between the first and the "
                        "last are included with zeros. The other filters (dates, types, "
                        "factuality, confidence…) narrow the events counted.")
def dyad_series(q: QueriesDep, f: FiltersDep, a: Code, b: Code,
                directed: Annotated[bool, Query(description="only events with actor1 from `a` "
                                                "and actor2 from `b`")] = False) -> dict[str, Any]:
    a, b = a.upper(), b.upper()
    for code in (a, b):
        if not re.fullmatch(r"[A-Z]{2,6}", code):
            raise bad_request(f"{code!r} is not a country code like LBY")
    weeks = q.dyad_weeks(a, b, f.to_filter(), directed=directed)
    return {"a": a, "b": b, "directed": directed, "events": sum(w["events"] for w in weeks),
            "goldstein_sum": round(sum(w["goldstein_sum"] for w in weeks), 3), "weeks": weeks}
