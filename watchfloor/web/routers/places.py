"""``/api/places``: where the matching events happened, one row per place."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from watchfloor.web.deps import ERRORS, FiltersDep, PageDep, QueriesDep, next_offset
from watchfloor.web.schemas import PlacePage

router = APIRouter(prefix="/places", tags=["places"], responses=ERRORS)


@router.get("", response_model=PlacePage, summary="Event locations with event counts, busiest first")
def list_places(q: QueriesDep, f: FiltersDep, paging: PageDep) -> dict[str, Any]:
    limit, offset = paging
    rows, total = q.places(f.to_filter(), limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": next_offset(limit, offset, total), "places": rows}
