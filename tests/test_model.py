"""The data model speaks the CONTRACT's JSON, both ways, and the public API is what we say."""
from __future__ import annotations

import json

import watchfloor
from watchfloor.model import Acled, Actor, Article, Event, Place, TextSpan


def _event() -> Event:
    return Event(
        doc_id="d1", type="MOBILIZE", cameo="154", quad_class=4, goldstein=-7.2, mode="troops",
        contexts=["military"], acled=Acled("Strategic developments", "Headquarters or base established"),
        trigger=TextSpan(10, 18, "deployed"), evidence=TextSpan(0, 40, "x" * 40),
        actor1=Actor("Units of the army", 0, 17, "Libyan National Army", "LBY", "MIL", "LBYMIL"),
        location=Place(start=30, end=36, text="Djanet", name="Djanet", lat=24.5534, lon=9.4844,
                       country="DZA", feature="city", geonameid=2500089, confidence=0.9,
                       border_km=64.3, border_with="LBY"),
        date="2025-05-20", date_end="2025-06-10", date_precision="range", confidence=0.8)


def test_event_json_has_every_contract_field_and_round_trips() -> None:
    e = _event()
    d = json.loads(e.to_json())
    for key in ("doc_id", "event_id", "type", "mode", "contexts", "cameo", "quad_class", "goldstein", "acled",
                "trigger", "evidence", "actor1", "actor2", "location", "date", "date_end", "date_precision",
                "factuality", "attribution", "confidence"):
        assert key in d, key
    assert d["actor2"] is None and d["location"]["country"] == "DZA"
    back = Event.from_dict(d)
    assert back.to_dict() == d


def test_a_reciprocal_events_partner_round_trips_and_is_its_counterpart() -> None:
    e = _event()
    assert e.partner is None and e.counterpart is None and e.to_dict()["partner"] is None
    e.partner = Actor("Algeria", 40, 47, "Algeria", "DZA", "GOV", "DZAGOV")
    d = json.loads(e.to_json())
    assert d["partner"]["country"] == "DZA" and d["actor2"] is None
    back = Event.from_dict(d)
    assert back.partner == e.partner and back.counterpart == e.partner
    e.actor2 = Actor("Libya", 50, 55, country="LBY")
    assert e.counterpart == e.actor2  # whom it was done to comes first


def test_event_id_is_stable_and_distinct() -> None:
    assert _event().event_id == _event().event_id
    other = _event()
    other.trigger = TextSpan(50, 58, "deployed")
    assert Event(**{**other.__dict__, "event_id": ""}).event_id != _event().event_id


def test_article_keeps_unknown_fields_as_metadata() -> None:
    a = Article.from_dict({"text": "Talks in Tunis.", "published": 20250610, "feed": "x"})
    assert a.published == "20250610" and a.meta == {"feed": "x"} and len(a.id) == 16
    assert a.to_dict()["feed"] == "x"


def test_public_api() -> None:
    assert set(watchfloor.__all__) == {"Actor", "Article", "Event", "Place", "TextSpan", "__version__"}
    for name in watchfloor.__all__:
        assert hasattr(watchfloor, name)
