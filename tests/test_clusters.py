"""Issue 5: one event per real-world event on ``watchfloor ingest``, ``watchfloor events`` and the
API: mentions across articles are clustered with GDELT's counts; raw mentions on request.

No spaCy: ``ingest`` runs in-process with the marker stand-in for the NLP pipeline
(``monitor.testing.marker_extract``), so every event is written by hand in its article's text;
the real pipeline is exercised in test_cli.py (slow).
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from watchfloor import cli
from watchfloor.model import Article
from watchfloor.monitor.cluster import (
    CLUSTER_FIELDS,
    Clusterer,
    cluster_of,
    query_clusters,
)
from watchfloor.monitor.state import MonitorDB
from watchfloor.monitor.testing import make_event, marker_extract
from watchfloor.store import EventFilter, open_store

CLASH = "[[ASSAULT|LBY|MIL|DZA|MIL|24.97|10.18|LBY|2025-06-10]]"
CLASH_AGAIN = "[[ASSAULT|LBY|MIL|DZA|MIL|25.02|10.25|LBY|2025-06-11]]"  # ~8 km away, a day later
PROTEST = "[[PROTEST|KEN|CVL|||-1.286|36.817|KEN|2025-06-05]]"

WIRE = ("Libyan and Algerian patrols clashed near Ghat on Tuesday, officials said. " + CLASH
        + " The fighting lasted several hours.")
REWRITE = ("Heavy fighting was reported between army units from both sides of the border near "
           "Ghat, residents told reporters. " + CLASH_AGAIN)


def doc(id: str, text: str, source: str, url: str | None = None, published: str = "2025-06-11") -> dict[str, Any]:
    return {"id": id, "text": text, "source": source, "published": published,
            "url": url or f"https://{source.lower().replace(' ', '')}.example/{id}"}


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture
def stub_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("watchfloor.pipeline.extract", marker_extract)


def ingest(db: Path, *sources: Path) -> int:
    return cli.main(["ingest", *map(str, sources), "--db", str(db), "--workers", "1"])


def clusters(db: Path) -> list[dict[str, Any]]:
    with open_store(db) as store:
        return [c.to_dict() for c in query_clusters(store, EventFilter())[0]]


# --- ingest ------------------------------------------------------------------------------------

def test_two_rewritten_reports_of_one_clash_ingest_into_one_cluster(tmp_path: Path, stub_nlp: None) -> None:
    db = tmp_path / "wf.duckdb"
    src = write_jsonl(tmp_path / "in.jsonl", [doc("wire", WIRE, "Agency A"),
                                              doc("rewrite", REWRITE, "Paper B"),
                                              doc("kenya", "Protesters marched. " + PROTEST, "Paper B")])
    assert ingest(db, src) == 0
    (clash, protest) = sorted(clusters(db), key=lambda c: c["type"])
    assert clash["type"] == "ASSAULT" and protest["type"] == "PROTEST"
    assert (clash["mentions"], clash["articles"], clash["sources"]) == (2, 2, 2)
    assert (protest["mentions"], protest["articles"], protest["sources"]) == (1, 1, 1)
    assert clash["cluster_id"] and clash["first_seen"] and clash["last_seen"]
    # idempotent: the same input again stores and counts nothing twice
    assert ingest(db, src) == 0
    again = sorted(clusters(db), key=lambda c: c["type"])
    assert [(c["cluster_id"], c["mentions"], c["articles"]) for c in again] == \
        [(clash["cluster_id"], 2, 2), (protest["cluster_id"], 1, 1)]


def test_a_syndicated_copy_is_a_second_article_of_the_same_event(tmp_path: Path, stub_nlp: None) -> None:
    db = tmp_path / "wf.duckdb"
    first = write_jsonl(tmp_path / "a.jsonl", [doc("wire", WIRE, "Agency A")])
    copy = write_jsonl(tmp_path / "b.jsonl", [doc("wire-copy", WIRE, "Paper C")])
    assert ingest(db, first) == 0
    assert ingest(db, copy) == 0  # same text, another id and URL: stored once, counted twice
    (clash,) = clusters(db)
    assert (clash["mentions"], clash["articles"], clash["sources"]) == (2, 2, 2)
    with open_store(db) as store:
        assert store.count_articles() == 1
    assert ingest(db, first, copy) == 0
    assert [(c["mentions"], c["articles"]) for c in clusters(db)] == [(2, 2)]
    # both copies in one input: the second is a copy of the first, not a new article
    db2 = tmp_path / "wf2.duckdb"
    both = write_jsonl(tmp_path / "both.jsonl", [doc("wire", WIRE, "Agency A"),
                                                 doc("wire-copy", WIRE, "Paper C")])
    assert ingest(db2, both) == 0
    assert [(c["mentions"], c["articles"], c["sources"]) for c in clusters(db2)] == [(2, 2, 2)]


def test_an_article_stored_but_not_clustered_is_clustered_on_the_next_run(tmp_path: Path, stub_nlp: None) -> None:
    """What a kill between the store's commit and the clustering commit leaves behind."""
    db = tmp_path / "wf.duckdb"
    wire = Article(text=WIRE, id="wire", source="Agency A", published="2025-06-11",
                   url="https://a.example/wire")
    with open_store(db) as store:
        store.add_batch([(wire, list(next(iter(marker_extract([wire]))).events))])
    assert clusters(db)[0]["cluster_id"] is None  # stored, not clustered: a mention alone
    assert ingest(db, write_jsonl(tmp_path / "b.jsonl", [doc("rewrite", REWRITE, "Paper B")])) == 0
    (clash,) = clusters(db)
    assert (clash["mentions"], clash["articles"], clash["sources"]) == (2, 2, 2)


def test_clusterer_with_hand_built_events(tmp_path: Path) -> None:
    """The clusterer the watcher and ingest share, straight on a store."""
    with open_store(tmp_path / "wf.duckdb") as store:
        items = [(Article(text=f"report {i}", id=f"r{i}", source=f"S{i % 2}"),
                  [make_event(f"r{i}", confidence=0.5 + i / 10, start=3)]) for i in range(3)]
        items.append((Article(text="elsewhere", id="far", source="S9"),
                      [make_event("far", lat=32.9, lon=13.2, place="Tripoli")]))
        store.add_batch(items)
        clusterer = Clusterer(MonitorDB(store))
        assert clusterer.catch_up() == 4
        assert clusterer.catch_up() == 0
        page, total = query_clusters(store, EventFilter(newest_first=True))
        assert total == 2
        ghat = next(c for c in page if c.mentions == 3)
        assert (ghat.articles, ghat.sources) == (3, 2)
        assert ghat.event.doc_id == "r2"  # the most confident mention stands for the event
        # filters choose mentions; a cluster matches when any of its mentions does, and is
        # shown by its most confident matching mention with the whole cluster's counts
        (only,), n = query_clusters(store, EventFilter(doc_ids=["r0"]))
        assert n == 1 and only.event.doc_id == "r0" and only.mentions == 3
        (one,), n = query_clusters(store, EventFilter(min_confidence=0.75))
        assert n == 1 and one.event.doc_id == "far"
        assert query_clusters(store, EventFilter(limit=1, offset=1))[1] == 2
        clustered, members = cluster_of(store, page[0].event)
        assert clustered.cluster_id == page[0].cluster_id
        assert len(members) == page[0].mentions


def test_attack_and_counter_attack_between_one_states_forces_stay_two_events(tmp_path: Path) -> None:
    """An army and a rebel force of one country: same countries, other sectors, other events."""
    with open_store(tmp_path / "wf.duckdb") as store:
        attack = make_event("a", "ASSAULT", a1=("SDN", "REB"), a2=("SDN", "MIL"), start=0)
        reprisal = make_event("a", "ASSAULT", a1=("SDN", "MIL"), a2=("SDN", "REB"), start=40)
        retold = make_event("b", "ASSAULT", a1=("SDN", "REB"), a2=("SDN", "MIL"), start=0)
        store.add_batch([(Article(text="x" * 80, id="a", source="S1"), [attack, reprisal]),
                         (Article(text="y" * 80, id="b", source="S2"), [retold])])
        Clusterer(MonitorDB(store)).catch_up()
        page, total = query_clusters(store, EventFilter())
        assert total == 2
        assert sorted(c.mentions for c in page) == [1, 2]


# --- watchfloor events -------------------------------------------------------------------------

@pytest.fixture
def clash_db(tmp_path: Path, stub_nlp: None) -> Path:
    db = tmp_path / "wf.duckdb"
    src = write_jsonl(tmp_path / "in.jsonl", [doc("wire", WIRE, "Agency A"),
                                              doc("rewrite", REWRITE, "Paper B"),
                                              doc("kenya", "Protesters marched. " + PROTEST, "Paper B")])
    assert ingest(db, src) == 0
    return db


def events_out(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    capsys.readouterr()
    assert cli.main(["events", "--db", str(db), *args]) == 0
    return capsys.readouterr().out


def test_events_shows_clusters_by_default_and_mentions_on_request(clash_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in events_out(capsys, clash_db, "-f", "jsonl").splitlines()]
    assert len(rows) == 2
    clash = next(r for r in rows if r["type"] == "ASSAULT")
    assert (clash["mentions"], clash["sources"], clash["articles"]) == (2, 2, 2)
    assert set(CLUSTER_FIELDS) <= set(clash)
    raw = [json.loads(line) for line in events_out(capsys, clash_db, "-f", "jsonl", "--mentions").splitlines()]
    assert len(raw) == 3
    assert not set(CLUSTER_FIELDS) & set(raw[0])  # the CONTRACT's event, as before
    contract = set(raw[0])
    assert contract <= set(clash) and set(clash) - contract == set(CLUSTER_FIELDS)
    # every filter still applies
    only = [json.loads(x) for x in events_out(capsys, clash_db, "-f", "jsonl", "--type", "ASSAULT").splitlines()]
    assert [r["mentions"] for r in only] == [2]
    assert events_out(capsys, clash_db, "-f", "jsonl", "--country", "TUN").strip() == ""
    near = events_out(capsys, clash_db, "-f", "jsonl", "--near", "25.02,10.25", "--km", "1")
    assert [json.loads(x)["doc_id"] for x in near.splitlines()] == ["rewrite"]
    assert len(events_out(capsys, clash_db, "-f", "jsonl", "--limit", "1").splitlines()) == 1


def test_events_formats_carry_the_counts(clash_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    table = events_out(capsys, clash_db)
    assert "ment" in table.splitlines()[0] and "(2 events;" in table
    rows = list(csv.DictReader(io.StringIO(events_out(capsys, clash_db, "-f", "csv"))))
    assert sorted(r["mentions"] for r in rows) == ["1", "2"]
    fc = json.loads(events_out(capsys, clash_db, "-f", "geojson"))
    assert sorted(f["properties"]["mentions"] for f in fc["features"]) == [1, 2]
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    events_out(capsys, clash_db, "-f", "parquet", "-o", str(out))
    assert sorted(pq.read_table(out).column("mentions").to_pylist()) == [1, 2]


# --- the API -----------------------------------------------------------------------------------

def api(db: Path, url: str, **params: Any) -> Any:
    from watchfloor.web import create_app

    app = create_app(str(db))

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(url, params=params)

    try:
        r = asyncio.run(go())
    finally:
        app.state.watchfloor.store.close()
    assert r.status_code == 200, r.text
    return r.json()


def test_api_shows_clusters_by_default_and_mentions_on_request(clash_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    page = api(clash_db, "/api/events")
    assert page["total"] == 2
    clash = next(e for e in page["events"] if e["type"] == "ASSAULT")
    assert (clash["mentions"], clash["sources"], clash["articles"]) == (2, 2, 2)
    raw = api(clash_db, "/api/events", mentions="true")
    assert raw["total"] == 3 and not set(CLUSTER_FIELDS) & set(raw["events"][0])
    assert api(clash_db, "/api/events", type="ASSAULT")["total"] == 1
    assert api(clash_db, "/api/events", type="ASSAULT", mentions="true")["total"] == 2

    fc = api(clash_db, "/api/events.geojson")
    assert sorted(f["properties"]["mentions"] for f in fc["features"]) == [1, 2]
    assert fc["total"] == 2
    assert len(api(clash_db, "/api/events.geojson", mentions="true")["features"]) == 3

    detail = api(clash_db, f"/api/events/{clash['event_id']}")
    assert detail["event"] == clash
    assert (detail["num_mentions"], detail["num_articles"], detail["num_sources"]) == (2, 2, 2)
    assert {m["doc_id"] for m in detail["mentions"]} == {"wire", "rewrite"}
    assert {m["evidence"]["text"] for m in detail["mentions"]} == {CLASH, CLASH_AGAIN}
    assert {m["source"] for m in detail["mentions"]} == {"Agency A", "Paper B"}
