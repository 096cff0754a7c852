"""Pydantic models of what the API takes and returns: the OpenAPI schema at ``/openapi.json``.

Event, actor and place fields are the CONTRACT's (``shared/design/CONTRACT.md``); the models
describe them for ``/docs`` and for response validation, they do not change them.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AcledOut",
    "ActorOut",
    "ActorPage",
    "ActorSummary",
    "ArticleIn",
    "ArticleOut",
    "ArticlePage",
    "ArticleSummary",
    "DyadPage",
    "DyadSeries",
    "DyadSummary",
    "DyadWeek",
    "EventDetail",
    "EventOut",
    "EventPage",
    "FeatureCollection",
    "Health",
    "Highlight",
    "IngestRequest",
    "IngestResponse",
    "Mention",
    "ItemList",
    "PlaceOut",
    "PlacePage",
    "PlaceSummary",
    "Problem",
    "Segment",
    "SegmentMark",
    "Span",
]


class Problem(BaseModel):
    """Every 4xx/5xx answer: what went wrong, in words a person can act on."""

    detail: Any = Field(description="what went wrong (a list of field errors for 422)")


class Span(BaseModel):
    start: int = Field(description="code-point offset into the article text")
    end: int = Field(description="end offset, exclusive")
    text: str


class ActorOut(BaseModel):
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None


class PlaceOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    text: str
    start: int
    end: int
    name: str
    lat: float | None = None  # None: a place the text names that nothing puts on the map
    lon: float | None = None
    country: str | None = None
    geonameid: int | None = None
    feature: str = "other"
    admin1: str | None = None
    confidence: float | None = None
    precision_km: float | None = None
    border_km: float | None = None
    border_with: str | None = None


class AcledOut(BaseModel):
    event_type: str
    sub_event_type: str


class EventOut(BaseModel):
    """One coded event, exactly as ``watchfloor extract`` prints it."""

    doc_id: str
    event_id: str
    type: str
    mode: str | None = None
    contexts: list[str] = []
    cameo: str
    quad_class: int
    goldstein: float | None = None
    acled: AcledOut | None = None
    trigger: Span
    evidence: Span
    actor1: ActorOut | None = None
    actor2: ActorOut | None = None
    partner: ActorOut | None = Field(None, description="the other party of a reciprocal event (a meeting, "
                                     "talks, an agreement between two), which has no actor2")
    location: PlaceOut | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    factuality: str
    attribution: str | None = None
    confidence: float
    flags: list[str] = []


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters (all pages)")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")
    events: list[EventOut]


class Mention(BaseModel):
    """One report of the event: the article and the sentence that says it happened."""

    doc_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    trigger: Span
    evidence: Span


class EventDetail(BaseModel):
    event: EventOut
    mentions: list[Mention]
    num_mentions: int
    num_sources: int


class SegmentMark(BaseModel):
    kind: Literal["evidence", "trigger"]
    event_id: str


class Highlight(SegmentMark):
    start: int
    end: int


class Segment(BaseModel):
    """A stretch of article text and the highlights covering it; the segments, in order,
    concatenate to the whole text, so a client never has to convert offsets."""

    text: str
    start: int
    end: int
    marks: list[SegmentMark] = []


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    chars: int
    events: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    articles: list[ArticleSummary]


class ArticleOut(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    text: str
    events: list[EventOut]
    highlights: list[Highlight] = Field(description="evidence and trigger spans, code-point offsets")
    segments: list[Segment]


class ActorSummary(BaseModel):
    code: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    events: int
    as_actor1: int
    as_actor2: int
    as_partner: int = Field(0, description="events where it is a reciprocal event's partner")


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    actors: list[ActorSummary]


class DyadSummary(BaseModel):
    a: str
    b: str
    events: int
    goldstein_sum: float
    conflict: int = Field(description="events of quad class 3 or 4")
    cooperation: int = Field(description="events of quad class 1 or 2")
    first: str | None = None
    last: str | None = None


class DyadPage(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    dyads: list[DyadSummary]


class DyadWeek(BaseModel):
    week: str = Field(description="Monday of the ISO week")
    events: int
    goldstein_sum: float
    conflict: int
    cooperation: int


class DyadSeries(BaseModel):
    a: str
    b: str
    directed: bool
    events: int
    goldstein_sum: float
    weeks: list[DyadWeek]


class PlaceSummary(BaseModel):
    name: str | None = None
    country: str | None = None
    feature: str | None = None
    lat: float
    lon: float
    events: int
    first: str | None = None
    last: str | None = None


class PlacePage(BaseModel):
    total: int
    limit: int
    offset: int
    next_offset: int | None
    places: list[PlaceSummary]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    store: str
    schema_version: int | None = None
    articles: int
    events: int
    writable: bool = Field(description="true when POST /api/ingest is enabled (a token is set)")
    monitor: bool = Field(description="true when a watcher (`watchfloor watch`) has used this database: it polled a source or raised an alert")


class ItemList(BaseModel):
    """A list of loosely-typed items with their count and, when empty, a note saying why."""

    items: list[dict[str, Any]]
    total: int
    note: str | None = None


class ArticleIn(BaseModel):
    """An input document, as on a ``watchfloor extract`` JSONL line; only ``text`` is required."""

    model_config = ConfigDict(extra="allow")

    text: str = Field(min_length=1, max_length=1_000_000)
    id: str | None = Field(default=None, max_length=200)
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None


class IngestRequest(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class IngestResponse(BaseModel):
    articles_added: int
    articles_skipped: int
    events_added: int
    places_added: int
    event_ids: list[str]
    skipped: list[dict[str, str]] = Field(description="articles the pipeline did not read, and why")


class FeatureCollection(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]
