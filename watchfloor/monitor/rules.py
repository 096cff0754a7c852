"""Watch rules from the YAML config: event filters, geography, thresholds, spikes, new dyads.

A rule is one mapping under ``rules:``. Every key given must hold (AND); list values match any
member (OR). Rule kinds:

- *match* (default): a cluster matches when one of its mentions passes the filters and the
  cluster has at least ``min_mentions``/``min_sources``/``min_articles``. Key: the cluster.
- *spike* (``spike: {window_days, baseline_days, sigma, min_count}``): the matching clusters
  dated in the last ``window_days`` (ending at the newest one) number at least ``min_count`` and
  more than mean + sigma x std (std at least sqrt(mean)) of the same-length windows over the previous ``baseline_days``.
  Key: the window.
- *new_dyad* (``new_dyad: {days, sectors, directed}``): a matching cluster whose two actors are
  different countries, both in ``sectors`` (default GOV), when no matching cluster between the
  same two countries is dated in the ``days`` before it. Key: the cluster.

Filters: ``types``, ``cameo_roots``, ``acled_types`` (event or sub-event type), ``actor_countries``
(either actor), ``actor1_countries``, ``actor2_countries``, ``location_countries``, ``sectors``
(either actor), ``factuality``, ``min_confidence``; geography: ``bbox: [min_lon, min_lat,
max_lon, max_lat]``, ``near: {lat, lon, km}``, ``region: NAME`` (config ``regions:`` or the
bundled named regions), ``border: {countries: [DZA, LBY], km: 100}``.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import statistics
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from watchfloor.model import FACTUALITY, PLOVER_TYPES, Event
from watchfloor.monitor.cluster import haversine_km

__all__ = ["Rule", "RuleError", "EventMatcher", "Spike", "NewDyad", "parse_rule", "parse_rules",
           "Geo", "RULE_KEYS", "spike_fires", "window_counts"]


class RuleError(ValueError):
    """A rule in the config that cannot be understood (the message says which and why)."""


@functools.lru_cache(maxsize=1)
def _bundled_regions() -> dict[str, dict[str, Any]]:
    data = json.loads(resources.files("watchfloor").joinpath("data", "geo", "regions.json")
                      .read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for r in data.get("regions", []):
        for name in [r["name"], *r.get("aliases", [])]:
            out[name.lower()] = r
    return out


def _list(value: Any, *, upper: bool = False) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str | int) else list(value)
    out = tuple(str(v).strip() for v in items if str(v).strip())
    return tuple(v.upper() for v in out) if upper else out


@dataclass(frozen=True)
class Geo:
    """Where: a bounding box, a circle, or a border strip (any one of them, or none)."""

    bbox: tuple[float, float, float, float] | None = None
    near: tuple[float, float, float] | None = None
    region_name: str | None = None
    border: tuple[str, str, float] | None = None

    def contains(self, e: Event) -> bool:
        loc = e.location
        if self.bbox is None and self.near is None and self.border is None:
            return True
        if loc is None:
            return False
        if loc.lat is None or loc.lon is None:
            # named but not on the map: only a region rule that names it can hold it
            return bool(self.region_name and loc.name and loc.name.lower() == self.region_name.lower())
        if self.region_name and loc.name and loc.name.lower() == self.region_name.lower():
            return True
        if self.bbox is not None:
            x0, y0, x1, y1 = self.bbox
            inside_lon = x0 <= loc.lon <= x1 if x0 <= x1 else (loc.lon >= x0 or loc.lon <= x1)
            if not (y0 <= loc.lat <= y1 and inside_lon):
                return False
        if self.near is not None:
            lat, lon, km = self.near
            if haversine_km(lat, lon, loc.lat, loc.lon) > km:
                return False
        if self.border is not None:
            a, b, km = self.border
            dist = None
            if loc.border_km is not None and loc.border_with is not None:
                if {loc.country, loc.border_with} == {a, b}:
                    dist = loc.border_km
            if dist is None and loc.country in (a, b):
                try:
                    from watchfloor.geo.borders import border_distance

                    dist = border_distance(loc.lat, loc.lon, a, b)
                except Exception:  # the border index is unavailable: no match, not a crash
                    dist = None
            if dist is None or dist > km:
                return False
        return True


@dataclass(frozen=True)
class EventMatcher:
    """The event filters of a rule."""

    types: tuple[str, ...] = ()
    cameo_roots: tuple[str, ...] = ()
    acled_types: tuple[str, ...] = ()
    actor_countries: tuple[str, ...] = ()
    actor1_countries: tuple[str, ...] = ()
    actor2_countries: tuple[str, ...] = ()
    location_countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    factuality: tuple[str, ...] = ()
    min_confidence: float | None = None
    geo: Geo = field(default_factory=Geo)

    def matches(self, e: Event) -> bool:
        a1 = e.actor1
        a2 = e.actor2
        if self.types and e.type not in self.types:
            return False
        if self.cameo_roots and str(e.cameo or "")[:2] not in self.cameo_roots:
            return False
        if self.acled_types and not (e.acled and {e.acled.event_type.lower(),
                                                  e.acled.sub_event_type.lower()}
                                     & {t.lower() for t in self.acled_types}):
            return False
        parties = (a1, a2, e.partner)  # (either actor: a reciprocal event's partner too)
        countries = {a.country for a in parties if a is not None and a.country}
        if self.actor_countries and not countries & set(self.actor_countries):
            return False
        if self.actor1_countries and not (a1 and a1.country in self.actor1_countries):
            return False
        if self.actor2_countries and not (a2 and a2.country in self.actor2_countries):
            return False
        if self.location_countries and not (e.location and e.location.country
                                            in self.location_countries):
            return False
        sectors = {a.sector for a in parties if a is not None and a.sector}
        if self.sectors and not sectors & set(self.sectors):
            return False
        if self.factuality and e.factuality not in self.factuality:
            return False
        if self.min_confidence is not None and e.confidence < self.min_confidence:
            return False
        return self.geo.contains(e)


@dataclass(frozen=True)
class Spike:
    window_days: int = 1
    baseline_days: int = 30
    sigma: float = 3.0
    min_count: int = 3


@dataclass(frozen=True)
class NewDyad:
    days: int = 30
    sectors: tuple[str, ...] = ("GOV",)
    directed: bool = False

    def dyad(self, e: Event) -> str | None:
        """The dyad key of a mention between two governments (per ``sectors``), else None.
        The second party is actor2 or, for a reciprocal event (a meeting), its partner."""
        a1, a2 = e.actor1, e.counterpart
        if a1 is None or a2 is None or not a1.country or not a2.country:
            return None
        if a1.country == a2.country:
            return None
        if self.sectors and (a1.sector not in self.sectors or a2.sector not in self.sectors):
            return None
        pair = [a1.country, a2.country]
        return "->".join(pair) if self.directed else "<>".join(sorted(pair))


@dataclass(frozen=True)
class Rule:
    """One watch rule (see the module docstring)."""

    name: str
    matcher: EventMatcher
    kind: str = "match"
    min_mentions: int = 1
    min_sources: int = 1
    min_articles: int = 1
    spike: Spike | None = None
    new_dyad: NewDyad | None = None
    description: str | None = None

    def thresholds_met(self, mentions: int, sources: int, articles: int) -> bool:
        return (mentions >= self.min_mentions and sources >= self.min_sources
                and articles >= self.min_articles)


RULE_KEYS = {"name", "description", "types", "type", "cameo_roots", "cameo", "acled_types",
             "actor_countries", "actor1_countries", "actor2_countries", "location_countries",
             "sectors", "factuality", "min_confidence", "bbox", "near", "region", "border",
             "min_mentions", "min_sources", "min_articles", "spike", "new_dyad"}


def _geo(raw: dict[str, Any], regions: dict[str, Any], where: str) -> Geo:
    bbox = near = border = None
    region_name = None
    if raw.get("bbox") is not None:
        b = raw["bbox"]
        if not isinstance(b, list | tuple) or len(b) != 4:
            raise RuleError(f"{where}: bbox must be [min_lon, min_lat, max_lon, max_lat]")
        bbox = tuple(float(v) for v in b)
    if raw.get("near") is not None:
        n = raw["near"]
        try:
            near = (float(n["lat"]), float(n["lon"]), float(n["km"]))
        except (KeyError, TypeError, ValueError):
            raise RuleError(f"{where}: near must be {{lat: .., lon: .., km: ..}}") from None
    if raw.get("region") is not None:
        region_name = str(raw["region"])
        spec = regions.get(region_name) or regions.get(region_name.lower())
        if spec is None:
            found = _bundled_regions().get(region_name.lower())
            if found is None:
                raise RuleError(f"{where}: unknown region {region_name!r}: define it under "
                                "regions: (bbox or lat/lon/km) or use a bundled named region")
            spec = {"lat": found["lat"], "lon": found["lon"], "km": found["precision_km"]}
        if "bbox" in spec:
            bbox = tuple(float(v) for v in spec["bbox"])
        else:
            near = (float(spec["lat"]), float(spec["lon"]), float(spec["km"]))
    if raw.get("border") is not None:
        b = raw["border"]
        try:
            a, c = (str(x).upper() for x in b["countries"])
            border = (a, c, float(b.get("km", 100)))
        except (KeyError, TypeError, ValueError):
            raise RuleError(f"{where}: border must be {{countries: [AAA, BBB], km: N}}") from None
    return Geo(bbox=bbox, near=near, region_name=region_name, border=border)  # type: ignore[arg-type]


def parse_rule(raw: dict[str, Any], *, regions: dict[str, Any] | None = None,
               index: int = 0) -> Rule:
    """One rule from its YAML mapping; raises :class:`RuleError` with the reason."""
    if not isinstance(raw, dict):
        raise RuleError(f"rule {index + 1}: must be a mapping")
    name = str(raw.get("name") or f"rule-{index + 1}")
    where = f"rule {name!r}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: "
                        f"{', '.join(sorted(RULE_KEYS))}")
    types = _list(raw.get("types", raw.get("type")), upper=True)
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise RuleError(f"{where}: {bad} are not PLOVER types ({', '.join(PLOVER_TYPES)})")
    fact = tuple(f.lower() for f in _list(raw.get("factuality")))
    bad = [f for f in fact if f not in FACTUALITY]
    if bad:
        raise RuleError(f"{where}: factuality {bad} is not one of {', '.join(FACTUALITY)}")
    matcher = EventMatcher(
        types=types,
        cameo_roots=tuple(c.zfill(2)[:2] for c in _list(raw.get("cameo_roots", raw.get("cameo")))),
        acled_types=_list(raw.get("acled_types")),
        actor_countries=_list(raw.get("actor_countries"), upper=True),
        actor1_countries=_list(raw.get("actor1_countries"), upper=True),
        actor2_countries=_list(raw.get("actor2_countries"), upper=True),
        location_countries=_list(raw.get("location_countries"), upper=True),
        sectors=_list(raw.get("sectors"), upper=True),
        factuality=fact,
        min_confidence=float(raw["min_confidence"]) if raw.get("min_confidence") is not None else None,
        geo=_geo(raw, regions or {}, where))
    spike = dyad = None
    kind = "match"
    if raw.get("spike") is not None:
        s = raw["spike"] if isinstance(raw["spike"], dict) else {}
        spike = Spike(int(s.get("window_days", 1)), int(s.get("baseline_days", 30)),
                      float(s.get("sigma", 3.0)), int(s.get("min_count", 3)))
        if spike.window_days < 1 or spike.baseline_days < spike.window_days:
            raise RuleError(f"{where}: spike needs window_days >= 1 and baseline_days >= window_days")
        kind = "spike"
    if raw.get("new_dyad") is not None:
        if spike is not None:
            raise RuleError(f"{where}: a rule is a spike or a new_dyad rule, not both")
        d = raw["new_dyad"] if isinstance(raw["new_dyad"], dict) else {}
        dyad = NewDyad(int(d.get("days", 30)), _list(d.get("sectors", ["GOV"]), upper=True),
                       bool(d.get("directed", False)))
        kind = "new_dyad"
    return Rule(name=name, matcher=matcher, kind=kind,
                min_mentions=int(raw.get("min_mentions", 1)),
                min_sources=int(raw.get("min_sources", 1)),
                min_articles=int(raw.get("min_articles", 1)),
                spike=spike, new_dyad=dyad, description=raw.get("description"))


def parse_rules(raw: list[Any] | None, *, regions: dict[str, Any] | None = None) -> list[Rule]:
    rules = [parse_rule(r, regions=regions, index=i) for i, r in enumerate(raw or [])]
    names = [r.name for r in rules]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise RuleError(f"rule names must be unique: {', '.join(sorted(dupes))}")
    return rules


def spike_fires(counts_before: list[int], count: int, spike: Spike) -> tuple[bool, float, float]:
    """(fires?, baseline mean, baseline std) for ``count`` against earlier window counts.

    The std is floored at sqrt(mean), the Poisson noise of a count, so a region with a perfectly
    steady baseline does not alert on the first window one event above it.
    """
    mean = statistics.fmean(counts_before) if counts_before else 0.0
    std = statistics.pstdev(counts_before) if len(counts_before) > 1 else 0.0
    std = max(std, mean ** 0.5)
    return count >= spike.min_count and count > mean + spike.sigma * std, mean, std


def window_counts(days: list[dt.date], ref: dt.date, spike: Spike) -> tuple[int, list[int]]:
    """Matching clusters in the window ending at ``ref``, and in each earlier baseline window."""
    w = spike.window_days
    n = spike.baseline_days // w
    current = 0
    before = [0] * n
    for d in days:
        age = (ref - d).days
        if 0 <= age < w:
            current += 1
        elif w <= age < w * (n + 1):
            before[age // w - 1] += 1
    return current, before
