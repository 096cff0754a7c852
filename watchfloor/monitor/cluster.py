"""One real-world event, many mentions: clustering coded events across articles.

Two mentions are the same event when they have the same PLOVER type, compatible actors (each
side's country is equal, or unknown on one side), places within ``km`` of each other (or, when a
side has no coordinates, the same or an unknown country), and dates within ``days``. A new
mention joins the closest compatible cluster (the one whose first mention sets its type, actors
and anchor place), else starts one. Counting follows GDELT: ``mentions`` (mentions in all copies
of all articles), ``articles`` (article copies, syndicated ones included), ``sources`` (distinct
source names among them).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass

from watchfloor.model import Event

__all__ = ["Cluster", "ClusterParams", "assign", "event_day", "haversine_km", "compatible"]

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def event_day(event: Event, fallback: dt.date) -> dt.date:
    """The event's (first) day, or ``fallback`` (its article's publication day) when undated."""
    if event.date:
        try:
            return dt.date.fromisoformat(str(event.date)[:10])
        except ValueError:
            pass
    return fallback


@dataclass(frozen=True)
class ClusterParams:
    """km: the farthest two mentions' places may be apart; days: their dates."""

    km: float = 50.0
    days: int = 2


@dataclass
class Cluster:
    """A cluster's identity (set by its first mention) and its date range."""

    cluster_id: str
    type: str
    actor1_country: str | None
    actor2_country: str | None
    lat: float | None
    lon: float | None
    location_country: str | None
    date_first: dt.date
    date_last: dt.date
    cameo_root: str | None = None
    location_name: str | None = None
    new: bool = False

    @classmethod
    def start(cls, event: Event, day: dt.date) -> Cluster:
        loc = event.location
        cid = "c" + hashlib.sha1(event.event_id.encode()).hexdigest()[:15]
        return cls(cid, event.type, event.actor1.country if event.actor1 else None,
                   event.actor2.country if event.actor2 else None,
                   loc.lat if loc else None, loc.lon if loc else None,
                   loc.country if loc else None, day, day,
                   cameo_root=str(event.cameo)[:2] if event.cameo else None,
                   location_name=loc.name if loc else None, new=True)


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def compatible(c: Cluster, e: Event, day: dt.date, params: ClusterParams) -> float | None:
    """How far (a score, lower is closer) the mention is from the cluster, or None if it is
    another event."""
    if e.type != c.type:
        return None
    if not _same(c.actor1_country, e.actor1.country if e.actor1 else None):
        return None
    if not _same(c.actor2_country, e.actor2.country if e.actor2 else None):
        return None
    gap = max((c.date_first - day).days, (day - c.date_last).days, 0)
    if gap > params.days:
        return None
    loc = e.location
    if c.lat is not None and c.lon is not None and loc is not None:
        km = haversine_km(c.lat, c.lon, loc.lat, loc.lon)
        if km > params.km:
            return None
    else:
        if not _same(c.location_country, loc.country if loc else None):
            return None
        km = params.km  # unknown distance ranks behind any known one
    return km / max(params.km, 1e-9) + gap / (params.days + 1)


def assign(events: Iterable[tuple[Event, dt.date]], clusters: list[Cluster],
           params: ClusterParams) -> list[tuple[Event, Cluster]]:
    """Each mention with the cluster it joins; new clusters are appended to ``clusters``
    (marked ``new``) and date ranges widened in place."""
    by_type: dict[str, list[Cluster]] = {}
    for c in clusters:
        by_type.setdefault(c.type, []).append(c)
    out = []
    for event, day in events:
        best: tuple[float, Cluster] | None = None
        for c in by_type.get(event.type, ()):
            score = compatible(c, event, day, params)
            if score is not None and (best is None or score < best[0]):
                best = (score, c)
        if best is None:
            cluster = Cluster.start(event, day)
            clusters.append(cluster)
            by_type.setdefault(event.type, []).append(cluster)
        else:
            cluster = best[1]
            cluster.date_first = min(cluster.date_first, day)
            cluster.date_last = max(cluster.date_last, day)
        out.append((event, cluster))
    return out
