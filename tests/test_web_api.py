"""The REST API (issue 6) on a real store of hand-built events, through httpx.ASGITransport: a
DuckDB file, and a database on the test PostgreSQL + PostGIS server (issue 7), same assertions.

No spaCy: the events are written by hand with the offsets a real extraction would give. The
browser tests (test_web_browser.py) reuse ``build_web_db``.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from watchfloor.model import Acled, Actor, Article, Event, Place, TextSpan
from watchfloor.store import open_store
from watchfloor.web import create_app

XSS_TEXT = ('Residents of Niamey said <script>window.__wfXss = 1</script> soldiers deployed '
            'near the airport <img src=x onerror="window.__wfXss = 2"> on Sunday. '
            'Officials gave no reason.')
EMOJI_TEXT = "🇱🇾🔥 Update: Libyan troops deployed to Ghat overnight, residents said. More soon."


def _actor(text: str, body: str, name: str, country: str, sector: str) -> Actor:
    start = body.index(text)
    return Actor(text=text, start=start, end=start + len(text), name=name, country=country,
                 sector=sector, code=country + sector)


def _place(text: str, body: str, name: str, lat: float, lon: float, country: str, feature: str,
           border_km: float | None = None, border_with: str | None = None) -> Place:
    start = body.index(text)
    return Place(start=start, end=start + len(text), text=text, name=name, lat=lat, lon=lon,
                 country=country, feature=feature, confidence=0.9, border_km=border_km,
                 border_with=border_with)


def _report(doc_id: str, sentence: str, trigger: str, *, type: str, cameo: str, quad: int,
            goldstein: float, date: str, a1: tuple[str, str, str, str] | None,
            a2: tuple[str, str, str, str] | None, place: tuple[Any, ...] | None,
            factuality: str = "asserted", confidence: float = 0.8, title: str | None = None,
            lead: str = "", tail: str = " Officials gave no further details.",
            acled: Acled | None = None, text: str | None = None,
            partner: tuple[str, str, str, str] | None = None) -> tuple[Article, list[Event]]:
    body = text if text is not None else lead + sentence + tail
    s = body.index(sentence)
    t = body.index(trigger, s)
    event = Event(
        doc_id=doc_id, type=type, cameo=cameo, quad_class=quad, goldstein=goldstein,
        trigger=TextSpan(t, t + len(trigger), trigger), evidence=TextSpan(s, s + len(sentence), sentence),
        actor1=_actor(a1[0], body, *a1[1:]) if a1 else None,  # type: ignore[call-arg]
        actor2=_actor(a2[0], body, *a2[1:]) if a2 else None,  # type: ignore[call-arg]
        partner=_actor(partner[0], body, *partner[1:]) if partner else None,  # type: ignore[call-arg]
        location=_place(place[0], body, *place[1:]) if place else None,
        date=date, date_precision="day", factuality=factuality, confidence=confidence, acled=acled)
    article = Article(text=body, id=doc_id, published=date, title=title or sentence[:70],
                      source="Test Wire", url=f"https://example.org/{doc_id}")
    return article, [event]


def sample_reports() -> list[tuple[Article, list[Event]]]:
    """A small, varied world: a Libya–Algeria dyad over ten weeks, other theatres, XSS and emoji."""
    lna = ("Libyan National Army", "Libyan National Army", "LBY", "MIL")
    out: list[tuple[Article, list[Event]]] = []
    out.append(_report(
        "libya-algeria-border",
        "Units of the Libyan National Army deployed to Fezzan near the Algerian border.",
        "deployed", type="MOBILIZE", cameo="154", quad=4, goldstein=-7.2, date="2025-06-10",
        a1=lna, a2=("Algerian", "Algeria", "DZA", "GOV"),
        place=("Fezzan", "Fezzan", 26.0, 14.0, "LBY", "region", 80.0, "DZA"),
        title="Haftar's forces move toward the Algerian border",
        lead="In recent weeks, tension has grown in the south. ",
        acled=Acled("Strategic developments", "Headquarters or base established")))
    # The LBY–DZA dyad, one report a week from mid-April: cooperation turning to conflict.
    weekly = [("CONSULT", "040", 1, 1.0, "met", "Libyan and Algerian ministers met in Tripoli to discuss border security.",
               ("Tripoli", "Tripoli", 32.887, 13.191, "LBY", "city")),
              ("AGREE", "057", 1, 8.0, "signed", "Libyan and Algerian officials signed a border accord in Algiers.",
               ("Algiers", "Algiers", 36.754, 3.059, "DZA", "city")),
              ("COOPERATE", "064", 2, 7.0, "shared", "Libyan and Algerian officers shared intelligence in Tripoli.",
               ("Tripoli", "Tripoli", 32.887, 13.191, "LBY", "city")),
              ("CONSULT", "040", 1, 1.0, "talks", "Libyan and Algerian envoys held talks in Tunis.",
               ("Tunis", "Tunis", 36.819, 10.166, "TUN", "city")),
              ("ACCUSE", "112", 3, -2.0, "accused", "Libyan commanders accused Algerian patrols near Ghat of incursions.",
               ("Ghat", "Ghat", 24.965, 10.172, "LBY", "city", 15.0, "DZA")),
              ("THREATEN", "138", 3, -7.0, "threatened", "Libyan officers threatened Algerian units near Djanet.",
               ("Djanet", "Djanet", 24.553, 9.484, "DZA", "city", 60.0, "LBY")),
              ("ACCUSE", "112", 3, -2.0, "accused", "Algerian ministers accused Libyan forces of smuggling in Illizi.",
               ("Illizi", "Illizi", 26.483, 8.466, "DZA", "city", 190.0, "LBY")),
              ("ASSAULT", "190", 4, -10.0, "clashed", "Libyan and Algerian patrols clashed near Ghat.",
               ("Ghat", "Ghat", 24.965, 10.172, "LBY", "city", 15.0, "DZA"))]
    start = dt.date(2025, 4, 14)
    for i, (type_, cameo, quad, gs, trig, sentence, place) in enumerate(weekly):
        first = sentence.split()[0]
        second = "Algerian" if first == "Libyan" else "Libyan"
        c1, c2 = ("LBY", "DZA") if first == "Libyan" else ("DZA", "LBY")
        # meetings, talks and accords are reciprocal: the other party is a partner, not actor2
        reciprocal = trig in ("met", "signed", "talks")
        other = (second, second, c2, "GOV")
        out.append(_report(
            f"dyad-{i:02d}", sentence, trig, type=type_, cameo=cameo, quad=quad, goldstein=gs,
            date=(start + dt.timedelta(days=7 * i + (i % 3))).isoformat(),
            a1=(first, first, c1, "GOV"), a2=None if reciprocal else other,
            partner=other if reciprocal else None, place=place,
            factuality="speculative" if type_ == "ASSAULT" else "asserted",
            confidence=0.55 if type_ == "ASSAULT" else 0.85))
    more = [
        ("sudan-el-fasher", "RSF fighters shelled El Fasher on Monday, killing civilians.", "shelled",
         "ASSAULT", "195", 4, -10.0, "2025-05-12", ("RSF fighters", "Rapid Support Forces", "SDN", "REB"), None,
         ("El Fasher", "El Fasher", 13.628, 25.349, "SDN", "city"), "asserted", 0.9),
        ("ukraine-donetsk", "Russian forces attacked positions near Pokrovsk, Ukrainian officials said.", "attacked",
         "ASSAULT", "190", 4, -10.0, "2025-06-01", ("Russian forces", "Russian Armed Forces", "RUS", "MIL"),
         ("Ukrainian", "Ukraine", "UKR", "GOV"), ("Pokrovsk", "Pokrovsk", 48.282, 37.176, "UKR", "city"),
         "reported", 0.75),
        ("mali-kidal", "Malian troops deployed to Kidal ahead of the rainy season.", "deployed",
         "MOBILIZE", "154", 4, -7.2, "2025-05-25", ("Malian troops", "Mali armed forces", "MLI", "MIL"), None,
         ("Kidal", "Kidal", 18.441, 1.408, "MLI", "city"), "asserted", 0.7),
        ("kenya-protest", "Protesters marched in Nairobi against new taxes.", "marched",
         "PROTEST", "141", 3, -6.5, "2025-06-05", ("Protesters", "Protesters", "KEN", "CVL"), None,
         ("Nairobi", "Nairobi", -1.286, 36.817, "KEN", "city"), "asserted", 0.8),
        ("eu-aid-chad", "The EU sent aid to refugees in eastern Chad, officials could confirm.", "sent",
         "AID", "073", 2, 7.4, "2025-05-30", ("The EU", "European Union", "EUR", "IGO"),
         ("refugees", "Refugees", "TCD", "REF"), ("eastern Chad", "Ouaddaï", 13.8, 20.8, "TCD", "admin1"),
         "future", 0.6),
    ]
    for doc_id, sentence, trig, type_, cameo, quad, gs, date, a1, a2, place, fact, conf in more:
        out.append(_report(doc_id, sentence, trig, type=type_, cameo=cameo, quad=quad, goldstein=gs,
                           date=date, a1=a1, a2=a2, place=place, factuality=fact, confidence=conf))
    sentence = "soldiers deployed near the airport"
    out.append(_report(
        "xss-niamey", sentence, "deployed", type="MOBILIZE", cameo="154", quad=4, goldstein=-7.2,
        date="2025-06-08", a1=("soldiers", "Niger armed forces", "NER", "MIL"), a2=None,
        place=("Niamey", "Niamey", 13.512, 2.112, "NER", "city"), text=XSS_TEXT,
        title='<img src=x onerror="window.__wfXss = 3">Niamey report'))
    sentence = "Libyan troops deployed to Ghat overnight, residents said."
    out.append(_report(
        "emoji-ghat", sentence, "deployed", type="MOBILIZE", cameo="154", quad=4, goldstein=-7.2,
        date="2025-06-09", a1=("Libyan troops", "Libyan National Army", "LBY", "MIL"), a2=None,
        place=("Ghat", "Ghat", 24.965, 10.172, "LBY", "city", 15.0, "DZA"), text=EMOJI_TEXT,
        factuality="reported", confidence=0.65))
    out.append((Article(text="A report with no event in it.", id="no-events", published="2025-06-01"), []))
    return out


def build_web_db(path: Path | str) -> Path | str:
    """A store (a DuckDB file, or a ``postgresql://`` database) holding ``sample_reports()``."""
    with open_store(path) as store:
        store.add_batch(sample_reports())
    return path


pytest_plugins = ["conftest_pg"]
BACKENDS = ["duckdb", pytest.param("postgis", marks=pytest.mark.postgis)]


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | str]:
    """The sample store the read-only tests share: a DuckDB file, or a PostgreSQL database."""
    if request.param == "duckdb":
        yield build_web_db(tmp_path_factory.mktemp("web") / "web.duckdb")
        return
    from conftest_pg import get_pg_server

    server = get_pg_server()
    url = server.create_database()
    yield build_web_db(url)
    server.admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """A store of one's own for one test: a DuckDB file that does not exist yet, or a new
    PostgreSQL database."""
    if request.param == "duckdb":
        return tmp_path / "w.duckdb"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def app(db: Path | str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    app = create_app(str(db))
    yield app
    app.state.watchfloor.store.close()


def call(app: Any, method: str, url: str, **kw: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, url, **kw)

    return asyncio.run(go())


def get(app: Any, url: str, **kw: Any) -> httpx.Response:
    return call(app, "GET", url, **kw)


N_EVENTS = sum(len(ev) for _, ev in sample_reports())


# --- health and paging ---------------------------------------------------------------------------

def test_health_counts_the_store(app: Any) -> None:
    r = get(app, "/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["events"] == N_EVENTS
    assert body["articles"] == len(sample_reports())
    assert body["writable"] is False


def test_events_page_newest_first_with_next_offset(app: Any) -> None:
    r = get(app, "/api/events", params={"limit": 5})
    body = r.json()
    assert r.status_code == 200
    assert body["total"] == N_EVENTS and len(body["events"]) == 5
    assert body["next_offset"] == 5
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    last = get(app, "/api/events", params={"limit": 5, "offset": N_EVENTS - 2}).json()
    assert len(last["events"]) == 2 and last["next_offset"] is None


def test_events_page_size_is_capped(app: Any) -> None:
    r = get(app, "/api/events", params={"limit": 100_000})
    assert r.status_code == 422
    assert "limit" in str(r.json()["detail"])


# --- filters -------------------------------------------------------------------------------------

@pytest.mark.parametrize("params, expected", [
    ({"type": "ASSAULT"}, {"dyad-07", "sudan-el-fasher", "ukraine-donetsk"}),
    ({"type": "assault,protest", "country": "SDN,KEN"}, {"sudan-el-fasher", "kenya-protest"}),
    ({"actor_country": "RUS"}, {"ukraine-donetsk"}),
    ({"factuality": "future"}, {"eu-aid-chad"}),
    ({"min_confidence": 0.9}, {"sudan-el-fasher"}),
    ({"border": "DZA-LBY", "km": 20}, {"dyad-04", "dyad-07", "emoji-ghat"}),
    ({"near": "13.6,25.3", "km": 50}, {"sudan-el-fasher"}),
    ({"bbox": "36,-5,40,0"}, {"kenya-protest"}),
    ({"since": "2025-06-09", "until": "2025-06-30"}, {"libya-algeria-border", "emoji-ghat"}),
    ({"cameo": "14"}, {"kenya-protest"}),
    ({"doc_id": "mali-kidal"}, {"mali-kidal"}),
])
def test_events_filters(app: Any, params: dict[str, Any], expected: set[str]) -> None:
    r = get(app, "/api/events", params=params)
    assert r.status_code == 200, r.text
    assert {e["doc_id"] for e in r.json()["events"]} == expected
    assert r.json()["total"] == len(expected)


@pytest.mark.parametrize("params, words", [
    ({"type": "BOMBARD"}, "PLOVER"),
    ({"factuality": "rumoured"}, "factuality"),
    ({"since": "last tuesday"}, "since"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"near": "13,25"}, "km"),
    ({"border": "DZA"}, "border"),
    ({"country": "Libya!"}, "country"),
    ({"cameo": "xx"}, "cameo"),
])
def test_bad_filters_are_clear_400s(app: Any, params: dict[str, Any], words: str) -> None:
    r = get(app, "/api/events", params=params)
    assert r.status_code == 400
    assert words in r.json()["detail"]


def test_geojson_points_with_quad_class_and_mentions(app: Any) -> None:
    r = get(app, "/api/events.geojson", params={"country": "LBY"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    assert {f["properties"]["doc_id"] for f in fc["features"]} >= {"libya-algeria-border", "emoji-ghat"}
    for f in fc["features"]:
        assert f["geometry"]["type"] == "Point"
        assert f["properties"]["location_country"] == "LBY"
        assert f["properties"]["mentions"] == 1
        assert f["properties"]["quad_class"] in (1, 2, 3, 4)
    fezzan = next(f for f in fc["features"] if f["properties"]["doc_id"] == "libya-algeria-border")
    assert fezzan["geometry"]["coordinates"] == [14.0, 26.0]


# --- one event, one article ----------------------------------------------------------------------

def test_event_detail_has_its_mention_and_evidence(app: Any) -> None:
    ev = get(app, "/api/events", params={"doc_id": "libya-algeria-border"}).json()["events"][0]
    r = get(app, f"/api/events/{ev['event_id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["event"] == ev
    assert body["num_mentions"] == 1
    (m,) = body["mentions"]
    assert m["title"] == "Haftar's forces move toward the Algerian border"
    assert m["evidence"]["text"].startswith("Units of the Libyan National Army deployed")


def test_unmapped_location_is_served_without_a_point(empty_db: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
    # a place the text names that nothing puts on the map (issue 4): in the JSON, not on the map
    text = "Militants were killed in clashes in Tal Qarmoun on Monday."
    art, (ev,) = _report("unmapped", text, "killed", type="ASSAULT", cameo="190", quad=4, goldstein=-10.0,
                         date="2025-06-09", a1=None, a2=None, place=None, text=text)
    start = text.index("Tal Qarmoun")
    ev.location = Place(start=start, end=start + 11, text="Tal Qarmoun", name="Tal Qarmoun", lat=None, lon=None,
                        confidence=0.1, flags=["unresolved", "unmapped"])
    with open_store(empty_db) as s:
        s.add_batch([(art, [ev])])
    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    app = create_app(str(empty_db))
    try:
        (got,) = get(app, "/api/events").json()["events"]
        assert got["location"]["name"] == "Tal Qarmoun" and got["location"]["lat"] is None
        assert get(app, f"/api/events/{got['event_id']}").status_code == 200
        assert get(app, "/api/events.geojson").json()["features"] == []
        assert get(app, "/api/places").status_code == 200
    finally:
        app.state.watchfloor.store.close()


def test_unknown_event_and_article_are_404(app: Any) -> None:
    assert get(app, "/api/events/nope").status_code == 404
    r = get(app, "/api/articles/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]
    assert get(app, "/api/nothing-here").json()["detail"].startswith("no such endpoint")


def test_article_segments_rebuild_the_text_and_mark_the_evidence(app: Any) -> None:
    r = get(app, "/api/articles/libya-algeria-border")
    body = r.json()
    assert "".join(s["text"] for s in body["segments"]) == body["text"]
    evidence = "".join(s["text"] for s in body["segments"]
                       if any(m["kind"] == "evidence" for m in s["marks"]))
    assert evidence == body["events"][0]["evidence"]["text"]
    trigger = [s["text"] for s in body["segments"] if any(m["kind"] == "trigger" for m in s["marks"])]
    assert trigger == ["deployed"]
    for h in body["highlights"]:
        assert body["text"][h["start"]:h["end"]] in (body["events"][0]["evidence"]["text"], "deployed")


def test_article_offsets_are_code_points_even_after_emoji(app: Any) -> None:
    body = get(app, "/api/articles/emoji-ghat").json()
    marked = [s["text"] for s in body["segments"] if s["marks"]]
    assert "".join(marked) == "Libyan troops deployed to Ghat overnight, residents said."
    h = next(h for h in body["highlights"] if h["kind"] == "trigger")
    assert body["text"][h["start"]:h["end"]] == "deployed"


def test_article_with_event_id_marks_only_that_event(app: Any) -> None:
    ev = get(app, "/api/events", params={"doc_id": "mali-kidal"}).json()["events"][0]
    body = get(app, "/api/articles/mali-kidal", params={"event_id": ev["event_id"]}).json()
    assert {m["event_id"] for s in body["segments"] for m in s["marks"]} == {ev["event_id"]}
    assert get(app, "/api/articles/mali-kidal", params={"event_id": "other"}).status_code == 404


def test_article_html_comes_back_as_plain_json_text(app: Any) -> None:
    body = get(app, "/api/articles/xss-niamey").json()
    assert "<script>window.__wfXss = 1</script>" in body["text"]
    assert body["title"].startswith("<img")


def test_articles_list(app: Any) -> None:
    body = get(app, "/api/articles", params={"limit": 3}).json()
    assert body["total"] == len(sample_reports()) and len(body["articles"]) == 3
    quiet = get(app, "/api/articles", params={"limit": 1000}).json()["articles"]
    assert next(a for a in quiet if a["id"] == "no-events")["events"] == 0


# --- actors, dyads, places -----------------------------------------------------------------------

def test_actors_busiest_first(app: Any) -> None:
    body = get(app, "/api/actors").json()
    top = body["actors"][0]
    assert top["country"] in ("LBY", "DZA")
    counts = [a["events"] for a in body["actors"]]
    assert counts == sorted(counts, reverse=True)
    rus = get(app, "/api/actors", params={"actor_country": "RUS"}).json()["actors"]
    assert {(a["code"], a["as_actor1"], a["as_actor2"]) for a in rus} == {("RUSMIL", 1, 0), ("UKRGOV", 0, 1)}


def test_a_reciprocal_events_partner_counts_as_a_party(app: Any) -> None:
    """Three meetings/accords name Algeria as the partner, with no actor2 (issue 4)."""
    dza = next(a for a in get(app, "/api/actors").json()["actors"] if a["code"] == "DZAGOV")
    assert dza["as_partner"] == 3 and dza["as_actor1"] == 1  # (Algiers accusing in Illizi)
    consult = get(app, "/api/events", params={"type": "CONSULT", "actor_country": "DZA"}).json()["events"]
    assert len(consult) == 2 and all(e["actor2"] is None and e["partner"]["country"] == "DZA" for e in consult)


def test_dyads_list_pairs_countries(app: Any) -> None:
    dyads = get(app, "/api/dyads").json()["dyads"]
    top = dyads[0]
    assert (top["a"], top["b"]) == ("DZA", "LBY")
    assert top["events"] == 9
    assert top["conflict"] + top["cooperation"] == 9


def test_dyad_weekly_series_is_continuous(app: Any) -> None:
    body = get(app, "/api/dyads/LBY/DZA").json()
    weeks = body["weeks"]
    assert body["events"] == 9 and sum(w["events"] for w in weeks) == 9
    days = [dt.date.fromisoformat(w["week"]) for w in weeks]
    assert all(d.weekday() == 0 for d in days)
    assert all((b - a).days == 7 for a, b in zip(days, days[1:]))
    assert weeks[0]["goldstein_sum"] == 1.0          # talks in Tripoli
    assert weeks[7]["goldstein_sum"] == -10.0        # clashes near Ghat
    assert weeks[-1]["week"] == "2025-06-09"         # the Fezzan deployment
    assert body["goldstein_sum"] == pytest.approx(sum(w["goldstein_sum"] for w in weeks))
    directed = get(app, "/api/dyads/DZA/LBY", params={"directed": "true"}).json()
    assert directed["events"] == 1                   # only the Illizi accusation is DZA → LBY
    quiet = get(app, "/api/dyads/LBY/DZA", params={"factuality": "speculative"}).json()
    assert quiet["events"] == 1
    assert get(app, "/api/dyads/L1/DZA").status_code == 400


def test_places_counts_events_per_place(app: Any) -> None:
    places = get(app, "/api/places").json()["places"]
    ghat = next(p for p in places if p["name"] == "Ghat")
    assert ghat["events"] == 3 and ghat["country"] == "LBY"
    assert places[0]["events"] >= places[-1]["events"]


# --- alerts, basemap, pages ----------------------------------------------------------------------

def test_alerts_and_rules_are_empty_with_a_note(app: Any) -> None:
    for url in ("/api/alerts", "/api/rules"):
        body = get(app, url).json()
        assert body["items"] == [] and body["total"] == 0
        assert body["note"]


def test_alerts_a_watcher_raised_are_listed_read_only(empty_db: Path | str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.monitor.state import MonitorDB

    path = build_web_db(empty_db)
    with open_store(path) as store:
        db = MonitorDB(store)  # a watcher's first cycle creates the monitor tables
        db.execute("INSERT INTO wf_alerts (alert_id, rule, key, summary, payload) VALUES (?, ?, ?, ?, ?)",
                   ["a1", "border-deployments", "c1", "MOBILIZE near Ghat", '{"events": []}'])
    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    app = create_app(str(path))
    try:
        alerts = get(app, "/api/alerts").json()
        assert alerts["total"] == 1 and alerts["items"][0]["rule"] == "border-deployments"
        assert alerts["items"][0]["summary"] == "MOBILIZE near Ghat" and alerts["note"] is None
        rules = get(app, "/api/rules").json()
        assert rules["items"] == [{"rule": "border-deployments", "alerts": 1}]
    finally:
        app.state.watchfloor.store.close()


def test_country_outlines_are_served_offline(app: Any) -> None:
    r = get(app, "/api/geo/countries")
    assert r.status_code == 200
    fc = r.json()
    isos = {f["properties"]["iso3"] for f in fc["features"]}
    assert {"LBY", "DZA", "UKR", "SDN"} <= isos
    assert len(r.content) < 2_000_000
    gz = get(app, "/api/geo/countries", headers={"Accept-Encoding": "gzip"})
    assert gz.headers.get("content-encoding") == "gzip"


def test_dashboard_page_and_assets_are_local(app: Any) -> None:
    r = get(app, "/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    assert "https://" not in html.replace("https://tile.openstreetmap.org", "")
    for asset in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
                  "/static/app.js", "/static/app.css"):
        assert asset in html
        assert get(app, asset).status_code == 200
    docs = get(app, "/docs")
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()


def test_writes_are_refused_when_read_only(app: Any) -> None:
    r = call(app, "POST", "/api/ingest", json={"articles": [{"text": "Troops deployed."}]})
    assert r.status_code == 403
    assert "WATCHFLOOR_TOKEN" in r.json()["detail"]
    assert call(app, "DELETE", "/api/events").status_code == 405


# --- ingestion -----------------------------------------------------------------------------------

@pytest.fixture
def writable_app(empty_db: Path | str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("WF_TEST_TOKEN", "s3cret")
    app = create_app(str(empty_db), token_env="WF_TEST_TOKEN")
    yield app
    app.state.watchfloor.store.close()


def test_ingest_needs_the_bearer_token(writable_app: Any) -> None:
    body = {"articles": [{"text": "Troops deployed."}]}
    r = call(writable_app, "POST", "/api/ingest", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = call(writable_app, "POST", "/api/ingest", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403
    assert get(writable_app, "/api/health").json()["writable"] is True


def test_ingest_validates_its_body(writable_app: Any) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    assert call(writable_app, "POST", "/api/ingest", json={"articles": []}, headers=auth).status_code == 422
    assert call(writable_app, "POST", "/api/ingest", json={"articles": [{"id": "x"}]},
                headers=auth).status_code == 422
    too_many = {"articles": [{"text": f"t{i}"} for i in range(101)]}
    assert call(writable_app, "POST", "/api/ingest", json=too_many, headers=auth).status_code == 422


@pytest.mark.slow
def test_ingest_runs_the_pipeline_and_stores_events(writable_app: Any) -> None:
    article = {"id": "ingest-1", "published": "2025-06-10", "title": "Deployment",
               "text": "Units of the army led by Field Marshal Khalifa Haftar deployed to "
                       "southwestern Libya near the Algerian border on Tuesday."}
    auth = {"Authorization": "Bearer s3cret"}
    r = call(writable_app, "POST", "/api/ingest", json={"articles": [article]}, headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["articles_added"] == 1 and body["events_added"] >= 1
    stored = get(writable_app, "/api/events", params={"doc_id": "ingest-1"}).json()
    assert stored["total"] == body["events_added"]
    again = call(writable_app, "POST", "/api/ingest", json={"articles": [article]}, headers=auth).json()
    assert again["articles_skipped"] == 1 and again["events_added"] == 0


# --- limits --------------------------------------------------------------------------------------

SLOW_SQL = {"duckdb": "SELECT count(*) FROM range(10000000000) a, range(1000) b",
            "postgresql": "SELECT count(*) FROM generate_series(1, 10000000000) a"}


def test_slow_queries_are_cancelled_with_503(db: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    app = create_app(str(db), query_seconds=0.2)
    q = app.state.watchfloor.queries
    try:
        with pytest.raises(Exception) as info:
            q._rows(SLOW_SQL[app.state.watchfloor.store.dialect])
        assert "longer than 0.2 s" in str(info.value)
        assert get(app, "/api/health").status_code == 200  # the connection still works
    finally:
        app.state.watchfloor.store.close()
