"""The data types every stage passes along: Article, Place, Actor, Event.

Field names and meanings follow ``shared/design/CONTRACT.md``; ``to_dict``/``from_dict`` give
exactly the contract's JSON. Offsets are Python string indices into the article text, end
exclusive. Nothing here imports any other watchfloor module.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = ["Article", "TextSpan", "Place", "Actor", "Acled", "Event", "PLOVER_TYPES", "FACTUALITY",
           "content_id"]

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
FACTUALITY = ("asserted", "reported", "speculative", "negated", "future")
PLACE_FEATURES = ("country", "admin1", "admin2", "city", "region", "border", "water", "landmark", "other")


def content_id(text: str) -> str:
    """A stable id for a document that has none: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass
class Article:
    """One document to read. Only ``text`` is required; unknown input fields go to ``meta``."""

    text: str
    id: str = ""
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)
        self.id = str(self.id)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = _known(cls, data)
        meta = dict(known.pop("meta", None) or {})
        meta.update({k: v for k, v in data.items() if k not in known and k != "meta"})
        if known.get("published") is not None:
            known["published"] = str(known["published"])
        return cls(meta=meta, **known)

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if k != "meta"}
        d.update(self.meta)
        return d


@dataclass
class TextSpan:
    """A stretch of the article text: a trigger or an evidence sentence."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TextSpan | None:
        return None if data is None else cls(**_known(cls, data))


@dataclass
class Place:
    """A resolved place mention (``geoparse`` output), also used as an event's ``location``.

    ``border_km`` and ``border_with`` give the distance to, and the ISO3 code across, the
    nearest international border; ``flags`` says when the text and the gazetteer disagree.
    ``lat``/``lon`` are None only for an event location the text names but nothing can put on
    the map (flag ``unmapped``: "killed in Kafr Zita" in a text that names no other place).
    """

    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None = None
    geonameid: int | None = None
    feature: str = "other"
    admin1: str | None = None
    confidence: float = 0.5
    precision_km: float | None = None
    border_km: float | None = None
    border_with: str | None = None
    doc_id: str | None = None
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["lat"] = None if self.lat is None else round(self.lat, 5)
        d["lon"] = None if self.lon is None else round(self.lon, 5)
        d["confidence"] = round(self.confidence, 3)
        if self.border_km is not None:
            d["border_km"] = round(self.border_km, 1)
        order = ["doc_id", "start", "end", "text", "name", "lat", "lon", "country", "geonameid",
                 "feature", "admin1", "confidence"]
        return {k: d[k] for k in order} | {k: v for k, v in d.items() if k not in order}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Place | None:
        return None if data is None else cls(**_known(cls, data))


@dataclass
class Actor:
    """Who did it (actor1) or had it done to them (actor2): the phrase and its coding."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        return None if data is None else cls(**_known(cls, data))


@dataclass
class Acled:
    """ACLED's event type and sub-event type, in ACLED's own words."""

    event_type: str
    sub_event_type: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    """One coded event: PLOVER type, CAMEO code, ACLED type, actors, place, date, factuality.

    ``flags`` holds warnings an analyst should see (for example a place whose gazetteer country
    contradicts what the text says about it).

    ``partner`` is the other party of a reciprocal event (a meeting, talks, an agreement between
    two): neither party had it done to them, so it has no ``actor2`` (PLOVER's rule for
    reciprocal events), but who took part stays known. :attr:`counterpart` is the second party
    of the dyad either way.
    """

    doc_id: str
    type: str
    cameo: str
    quad_class: int
    goldstein: float
    trigger: TextSpan
    evidence: TextSpan
    event_id: str = ""
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    acled: Acled | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    factuality: str = "asserted"
    attribution: str | None = None
    confidence: float = 0.5
    flags: list[str] = field(default_factory=list)
    partner: Actor | None = None

    def __post_init__(self) -> None:
        if not self.event_id:
            key = f"{self.doc_id}:{self.trigger.start}:{self.trigger.end}:{self.type}"
            self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        loc = self.location.to_dict() if self.location else None
        if loc is not None:
            loc.pop("doc_id", None)
        return {
            "doc_id": self.doc_id, "event_id": self.event_id,
            "type": self.type, "mode": self.mode, "contexts": list(self.contexts),
            "cameo": self.cameo, "quad_class": self.quad_class, "goldstein": self.goldstein,
            "acled": self.acled.to_dict() if self.acled else None,
            "trigger": self.trigger.to_dict(), "evidence": self.evidence.to_dict(),
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "partner": self.partner.to_dict() if self.partner else None,
            "location": loc,
            "date": self.date, "date_end": self.date_end, "date_precision": self.date_precision,
            "factuality": self.factuality, "attribution": self.attribution,
            "confidence": round(self.confidence, 3), "flags": list(self.flags),
        }

    @property
    def counterpart(self) -> Actor | None:
        """The second party of the dyad: whom it was done to, or the partner of a reciprocal event."""
        return self.actor2 if self.actor2 is not None else self.partner

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        d = _known(cls, data)
        d["trigger"] = TextSpan.from_dict(d["trigger"])
        d["evidence"] = TextSpan.from_dict(d["evidence"])
        d["actor1"] = Actor.from_dict(d.get("actor1"))
        d["actor2"] = Actor.from_dict(d.get("actor2"))
        d["partner"] = Actor.from_dict(d.get("partner"))
        d["location"] = Place.from_dict(d.get("location"))
        acled = d.get("acled")
        d["acled"] = Acled(**_known(Acled, acled)) if acled else None
        return cls(**d)
