"""The DuckDB store on real files in tmp_path: round-trip, filters, idempotence, atomicity."""
from __future__ import annotations

import dataclasses
import os
import threading

import duckdb
import pytest

from watchfloor.model import Acled, Actor, Article, Event, Place, TextSpan
from watchfloor.store import (
    BackendNotAvailable,
    EventFilter,
    IngestResult,
    StoreError,
    open_store,
    parse_db_url,
)
from watchfloor.store.duckdb import SCHEMA_VERSION, DuckDBStore


def make_article(doc_id: str, text: str | None = None, **kw: object) -> Article:
    return Article(text=text or f"Text of {doc_id}. Troops deployed near the border.", id=doc_id,
                   published="2025-06-10", **kw)  # type: ignore[arg-type]


def make_event(doc_id: str, n: int = 0, **kw: object) -> Event:
    fields: dict[str, object] = dict(
        doc_id=doc_id, type="MOBILIZE", cameo="154", quad_class=4, goldstein=-7.2,
        trigger=TextSpan(10 + n, 18 + n, "deployed"), evidence=TextSpan(0, 60, "Troops deployed."),
        date="2025-06-01", confidence=0.5)
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


def place(name: str, lat: float, lon: float, country: str, **kw: object) -> Place:
    return Place(start=30, end=30 + len(name), text=name, name=name, lat=lat, lon=lon,
                 country=country, **kw)  # type: ignore[arg-type]


def unmapped(name: str) -> Place:
    """An event location the text names but nothing puts on the map (coding.location)."""
    return Place(start=30, end=30 + len(name), text=name, name=name, lat=None, lon=None, country=None,
                 confidence=0.1, flags=["unresolved", "unmapped"])


pytest_plugins = ["conftest_pg"]

# Tests of DuckDB files as such (duckdb_indexes(), duckdb.connect, DuckDBStore._append, a missing
# file for read_only); tests/test_postgis.py holds their PostGIS counterparts.
DUCKDB_ONLY = {"test_schema_is_migrated_once", "test_newer_schema_is_refused", "test_read_only",
               "test_batch_failing_after_sql_inserts_rolls_back"}


@pytest.fixture(params=["duckdb", pytest.param("postgis", marks=pytest.mark.postgis)])
def db_path(request, tmp_path):
    """Where the store lives: a DuckDB file, or a clean database on the test PostgreSQL server."""
    if request.param == "duckdb":
        return tmp_path / "wf.duckdb"
    if request.function.__name__ in DUCKDB_ONLY:
        pytest.skip("DuckDB-specific; the PostGIS version is in tests/test_postgis.py")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_path):
    with open_store(db_path) as s:
        yield s


def full_event() -> Event:
    """An event with every field set, numbers not pre-rounded (to_dict would round them)."""
    return Event(
        doc_id="libya-algeria", event_id="ev-full", type="MOBILIZE", mode="troops",
        contexts=["military", "border"], cameo="154", quad_class=4, goldstein=-7.2,
        acled=Acled("Strategic developments", "Headquarters or base established"),
        trigger=TextSpan(120, 128, "deployed"),
        evidence=TextSpan(60, 190, "Units of the army led by … deployed to southwestern Libya"),
        actor1=Actor("Units of the army led by Field Marshal Khalifa Haftar", 60, 113,
                     name="Libyan National Army", country="LBY", sector="MIL", code="LBYMIL"),
        actor2=Actor("Algerian forces", 200, 215, name="Algerian Army", country="DZA",
                     sector="MIL", code="DZAMIL"),
        location=Place(start=84, end=102, text="southwestern Libya", name="Fezzan",
                       lat=26.123456789, lon=14.987654321, country="LBY", geonameid=2210554,
                       feature="region", admin1="Fezzan", confidence=0.87654321,
                       precision_km=300.0, border_km=123.456789, border_with="DZA",
                       doc_id="libya-algeria", flags=["country-mismatch"]),
        date="2025-05-20", date_end="2025-06-10", date_precision="range",
        factuality="reported", attribution="Western analysts", confidence=0.8123456,
        flags=["low-evidence", "ünïcode ✓"])


def test_event_round_trip_is_lossless(db_path):
    event = full_event()
    article = make_article("libya-algeria", meta={"feed": "x", "tags": ["a", 1]},
                           title="Haftar", url="https://example.org/a", source="Example",
                           language="en")
    with open_store(db_path) as s:
        assert s.add_batch([(article, [event])]) == IngestResult(1, 0, 1)
        assert s.query_events() == [event]
    with open_store(db_path) as s:  # and after reopening the file
        (back,) = s.query_events()
        assert back == event
        assert dataclasses.asdict(back) == dataclasses.asdict(event)
        assert s.get_article("libya-algeria") == article


def test_unmapped_location_round_trip(store):
    event = make_event("a1", event_id="ev-unmapped", location=unmapped("Tal Qarmoun"))
    store.add_batch([(make_article("a1"), [event])])
    (back,) = store.query_events()
    assert back == event and back.location is not None and back.location.lat is None
    assert back.to_dict()["location"]["lat"] is None


def test_columns_hold_the_event_fields(store):
    store.add_batch([(make_article("libya-algeria"), [full_event()])])
    con = store._connection()
    row = con.execute("SELECT cameo_root, actor1_country, actor2_code, location_country, "
                      "location_border_with, location_border_km, date, date_end, contexts, "
                      "acled_event_type, trigger_text FROM events").fetchone()
    assert row[:6] == ("15", "LBY", "DZAMIL", "LBY", "DZA", 123.456789)
    assert str(row[6]) == "2025-05-20" and str(row[7]) == "2025-06-10"
    assert row[8:] == (["military", "border"], "Strategic developments", "deployed")


def test_get_article_missing_is_none(store):
    assert store.get_article("nope") is None


# --- filters ---------------------------------------------------------------------------------

@pytest.fixture
def filter_store(store):
    def loc(name, lat, lon, country, border_km=None, border_with=None):
        return place(name, lat, lon, country, border_km=border_km, border_with=border_with)

    events = {
        "a1": [
            make_event("a1", 1, event_id="E1", type="MOBILIZE", cameo="154",
                       actor1=Actor("LNA", 0, 3, country="LBY"),
                       location=loc("Djanet", 24.5534, 9.4844, "DZA", 60.0, "LBY"),
                       date="2025-05-20", date_end="2025-06-10", date_precision="range",
                       factuality="asserted", confidence=0.81),
            make_event("a1", 2, event_id="E2", type="ASSAULT", cameo="190",
                       actor1=Actor("Algeria", 0, 7, country="DZA"),
                       actor2=Actor("Libya", 9, 14, country="LBY"),
                       location=loc("Ghat", 24.9647, 10.1728, "LBY", 15.0, "DZA"),
                       date="2025-06-12", factuality="reported", confidence=0.6),
        ],
        "a2": [
            make_event("a2", 1, event_id="E3", type="PROTEST", cameo="141",
                       actor1=Actor("protesters", 0, 10, country="FRA"),
                       location=loc("Paris", 48.8566, 2.3522, "FRA", 250.0, "BEL"),
                       date="2025-03-01", factuality="speculative", confidence=0.3),
            make_event("a2", 2, event_id="E4", type="ACCUSE", cameo="112",
                       actor1=Actor("Russia", 0, 6, country="RUS"),
                       actor2=Actor("Ukraine", 8, 15, country="UKR"),
                       location=loc("Suva", -18.1416, 178.4419, "FJI"),
                       date=None, factuality="negated", confidence=0.9),
        ],
        "a3": [
            make_event("a3", 1, event_id="E5", type="ASSAULT", cameo="193",
                       actor1=Actor("gunmen", 0, 6, country="NGA"), location=None,
                       date="2025-06-01", factuality="future", confidence=0.5),
            make_event("a3", 2, event_id="E6", type="MOBILIZE", cameo="154",
                       location=loc("Illizi", 26.4833, 8.4667, "DZA", 150.0, "LBY"),
                       date="2025-06-05", factuality="asserted", confidence=0.7),
            make_event("a3", 3, event_id="E7", type="COERCE", cameo="173",
                       location=loc("Tebessa", 35.4042, 8.1242, "DZA", 20.0, "TUN"),
                       date="2025-01-10", factuality="asserted", confidence=0.4),
            # named but unmapped: no spatial or country filter may hold it (issue 4)
            make_event("a3", 4, event_id="E8", type="CONSULT", cameo="040", location=unmapped("Tal Qarmoun"),
                       date=None, factuality="asserted", confidence=0.2),
        ],
    }
    store.add_batch([(make_article(doc), evs) for doc, evs in events.items()])
    return store


ALL = {"E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"}

FILTER_CASES = [
    ("since", EventFilter(since="2025-06-01"), {"E1", "E2", "E5", "E6"}),
    ("until", EventFilter(until="2025-05-25"), {"E1", "E3", "E7"}),
    ("since-until-after-range", EventFilter(since="2025-06-11", until="2025-06-30"), {"E2"}),
    ("range-end-inclusive", EventFilter(since="2025-06-10", until="2025-06-10"), {"E1"}),
    ("types", EventFilter(types=["ASSAULT"]), {"E2", "E5"}),
    ("types-any-case", EventFilter(types="assault"), {"E2", "E5"}),
    ("cameo_roots", EventFilter(cameo_roots=["15", "19"]), {"E1", "E2", "E5", "E6"}),
    ("actor_countries-either", EventFilter(actor_countries=["LBY"]), {"E1", "E2"}),
    ("location_countries", EventFilter(location_countries=["DZA"]), {"E1", "E6", "E7"}),
    ("bbox", EventFilter(bbox=(5, 20, 12, 30)), {"E1", "E2", "E6"}),
    ("bbox-antimeridian", EventFilter(bbox=(170, -30, -170, 0)), {"E4"}),
    ("near-100km", EventFilter(near=(24.5534, 9.4844, 100)), {"E1", "E2"}),  # Ghat is ~83 km
    ("near-50km", EventFilter(near=(24.5534, 9.4844, 50)), {"E1"}),
    ("border-pair", EventFilter(border=("DZA", "LBY", 100)), {"E1", "E2"}),
    ("border-nested-and-km", EventFilter(border=(("LBY", "DZA"), 20)), {"E2"}),
    ("factualities", EventFilter(factualities=["reported", "speculative"]), {"E2", "E3"}),
    ("min_confidence", EventFilter(min_confidence=0.8), {"E1", "E4"}),
    ("doc_ids", EventFilter(doc_ids=["a2"]), {"E3", "E4"}),
    ("combined", EventFilter(types=["MOBILIZE"], location_countries=["DZA"],
                             border=("DZA", "LBY", 100)), {"E1"}),
    ("injection-is-data", EventFilter(types=["X') OR (1=1"]), set()),
]


@pytest.mark.parametrize("name,f,expected", FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_filter(filter_store, name, f, expected):
    assert expected != ALL  # every case must be able to fail
    got = [e.event_id for e in filter_store.query_events(f)]
    assert sorted(got) == sorted(expected)
    assert len(got) == len(set(got))
    assert filter_store.count_events(f) == len(expected)


def test_order_limit_offset(filter_store):
    everything = [e.event_id for e in filter_store.query_events()]
    assert everything == ["E7", "E3", "E1", "E5", "E6", "E2", "E4", "E8"]  # by date, undated last
    assert [e.event_id for e in filter_store.query_events(EventFilter(limit=2, offset=1))] == ["E3", "E1"]
    newest = filter_store.query_events(EventFilter(newest_first=True, limit=1))
    assert [e.event_id for e in newest] == ["E2"]
    assert filter_store.count_events(EventFilter(limit=1)) == 8


def test_filter_validation():
    with pytest.raises(ValueError):
        EventFilter(since="last tuesday")
    with pytest.raises(ValueError):
        EventFilter(bbox=(0, 10, 5, 0))
    with pytest.raises(ValueError):
        EventFilter(near=(1, 2))  # type: ignore[arg-type]
    assert EventFilter().is_empty() and not EventFilter(types=["AID"]).is_empty()
    assert EventFilter(cameo_roots=["154", "9"]).cameo_roots == ("15", "09")


# --- idempotence -----------------------------------------------------------------------------

def test_reingest_is_idempotent(db_path):
    batch = [(make_article(f"d{i}"), [make_event(f"d{i}", n) for n in range(3)]) for i in range(5)]
    with open_store(db_path) as s:
        assert s.add_batch(batch) == IngestResult(5, 0, 15)
        assert s.add_batch(batch) == IngestResult(0, 5, 0)
    with open_store(db_path) as s:
        assert s.add_batch(batch) == IngestResult(0, 5, 0)
        assert (s.count_articles(), s.count_events()) == (5, 15)
        assert all(s.has_article(a) for a, _ in batch)


def test_same_text_other_id_and_same_id_other_text_are_skipped(store):
    original = make_article("orig", "The army deployed troops near Djanet.")
    store.add_batch([(original, [make_event("orig")])])
    copy = Article(text=original.text, id="copy-from-another-feed")
    same_id = Article(text="An edited version.", id="orig")
    assert store.has_article(copy) and store.has_article(same_id)
    result = store.add_batch([(copy, [make_event(copy.id)]), (same_id, [make_event("orig", 5)])])
    assert result == IngestResult(0, 2, 0)
    assert (store.count_articles(), store.count_events()) == (1, 1)
    assert not store.has_article(Article(text="Something else"))


def test_duplicates_inside_one_batch_are_stored_once(store):
    a = make_article("dup")
    e = make_event("dup")
    assert store.add_batch([(a, [e, e]), (a, [e])]) == IngestResult(1, 1, 1)
    assert store.count_events() == 1


def test_places_are_stored_with_new_articles(store):
    a = make_article("p1")
    djanet = place("Djanet", 24.5534, 9.4844, "DZA", geonameid=2500089, feature="city",
                   border_km=61.23, border_with="LBY", doc_id="p1")
    result = store.add_batch([(a, [])], places={"p1": [djanet, djanet]})
    assert result == IngestResult(1, 0, 0, 1)
    assert store.get_places("p1") == [djanet]
    assert store.add_batch([(a, [])], places={"p1": [djanet]}).places_added == 0


# --- atomicity -------------------------------------------------------------------------------

def test_batch_failing_midway_rolls_back(store):
    store.add_batch([(make_article("before"), [make_event("before")])])
    bad = make_event("b2", quad_class="four")  # fails converting events, after articles went in
    batch = [(make_article("b1"), [make_event("b1")]), (make_article("b2"), [bad])]
    with pytest.raises(Exception):
        store.add_batch(batch)
    assert (store.count_articles(), store.count_events()) == (1, 1)
    assert not store.has_article(batch[0][0])
    # The connection is usable and the good part goes in on retry.
    assert store.add_batch(batch[:1]) == IngestResult(1, 0, 1)


def test_batch_failing_after_sql_inserts_rolls_back(store, monkeypatch):
    real_append = DuckDBStore._append

    def failing_append(con, table, schema, rows):
        real_append(con, table, schema, rows)
        if table == "events":
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(DuckDBStore, "_append", staticmethod(failing_append))
    with pytest.raises(RuntimeError):
        store.add_batch([(make_article("x"), [make_event("x")])])
    monkeypatch.undo()
    assert (store.count_articles(), store.count_events()) == (0, 0)


def test_event_for_another_article_is_refused(store):
    with pytest.raises(StoreError, match="doc_id"):
        store.add_batch([(make_article("a"), []), (make_article("b"), [make_event("a")])])
    assert store.count_articles() == 0


def test_concurrent_writers_share_one_connection(store):
    def ingest(t: int) -> None:
        for i in range(10):
            doc = f"t{t}-{i}"
            store.add_batch([(make_article(doc), [make_event(doc)])])

    threads = [threading.Thread(target=ingest, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (store.count_articles(), store.count_events()) == (40, 40)


# --- schema, urls, lifetime ------------------------------------------------------------------

def test_schema_is_migrated_once(db_path):
    with open_store(db_path) as s:
        assert s.schema_version == SCHEMA_VERSION
    with open_store(db_path) as s:
        rows = s._connection().execute("SELECT version FROM schema_version").fetchall()
        assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
        indexes = {r[0] for r in s._connection().execute(
            "SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_date_idx", "events_type_idx", "events_location_country_idx"} <= indexes


def test_newer_schema_is_refused(db_path):
    open_store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future.sql')")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path)


def test_read_only(db_path):
    with pytest.raises(StoreError):
        open_store(db_path, read_only=True)
    with open_store(db_path) as s:
        s.add_batch([(make_article("r"), [make_event("r")])])
    with open_store(db_path, read_only=True) as s:
        assert s.count_events() == 1
        with pytest.raises(StoreError, match="read-only"):
            s.add_batch([(make_article("r2"), [])])


def test_open_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store(None) as s:
        assert s.path == "watchfloor.duckdb"
    assert (tmp_path / "watchfloor.duckdb").exists()
    with open_store("duckdb:///sub/rel.duckdb"):
        pass
    assert (tmp_path / "sub" / "rel.duckdb").exists()
    absolute = tmp_path / "abs.duckdb"
    with open_store(f"duckdb:///{absolute}"):
        pass
    assert absolute.exists()
    with open_store("duckdb:///:memory:") as s:
        assert s.count_events() == 0
    assert parse_db_url(os.fspath(absolute)) == ("duckdb", os.fspath(absolute))


def test_postgresql_urls_open_the_postgis_backend():
    # Issue 7 implemented the backend: a postgresql:// URL now connects (here: to nothing).
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot connect") as info:
        open_store("postgresql://analyst@127.0.0.1:1/watchfloor?connect_timeout=2")
    assert not isinstance(info.value, BackendNotAvailable)
    with pytest.raises(StoreError, match="scheme"):
        open_store("mysql://localhost/db")


def test_closed_store_says_so(db_path):
    s = open_store(db_path)
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.count_events()
