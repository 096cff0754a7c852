"""``/api/geo/countries``: the offline basemap (Natural Earth outlines, simplified GeoJSON)."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from watchfloor.web.basemap import countries_geojson
from watchfloor.web.schemas import FeatureCollection

router = APIRouter(prefix="/geo", tags=["geo"])


@router.get("/countries", response_model=FeatureCollection,
            summary="Country outlines (Natural Earth, public domain) for the map",
            responses={200: {"content": {"application/geo+json": {}}}})
def countries() -> Response:
    return Response(countries_geojson(), media_type="application/geo+json",
                    headers={"Cache-Control": "public, max-age=86400"})
