"""The PostgreSQL + PostGIS store on a real server (issue 7): what tests/test_store.py cannot share
with DuckDB - migrations, spatial indexes, read-only sessions, and concurrent writer processes.

The shared behaviour (round trip, every filter, idempotence, atomicity) runs against both
backends in tests/test_store.py.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from watchfloor.model import Article
from watchfloor.store import IngestResult, StoreError, open_store

pytest_plugins = ["conftest_pg"]
pytestmark = pytest.mark.postgis

psycopg = pytest.importorskip("psycopg")

from test_store import full_event, make_article, make_event, place

from watchfloor.store.postgis import SCHEMA_VERSION, PostGISStore


def test_schema_is_migrated_once_with_spatial_indexes(pg_url):
    with open_store(pg_url) as s:
        assert isinstance(s, PostGISStore)
        assert s.schema_version == SCHEMA_VERSION
    with open_store(pg_url) as s:
        con = s._connection()
        rows = con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
        indexes = dict(con.execute("SELECT indexname, indexdef FROM pg_indexes "
                                   "WHERE schemaname = 'public'").fetchall())
        assert {"events_date_idx", "events_type_idx", "events_location_country_idx"} <= set(indexes)
        assert "USING gist (geom)" in indexes["events_geom_idx"]
        assert "geography" in indexes["events_geog_idx"]
        assert "USING gist (geom)" in indexes["places_geom_idx"]
        (geom_type,) = con.execute(
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
            "WHERE attrelid = 'events'::regclass AND attname = 'geom'").fetchone()
        assert geom_type == "geometry(Point,4326)"


def test_location_becomes_a_point(pg_url):
    with open_store(pg_url) as s:
        s.add_batch([(make_article("libya-algeria"), [full_event()]),
                     (make_article("nowhere"), [make_event("nowhere")])])
        rows = dict(s._connection().execute(
            "SELECT doc_id, ST_AsText(geom) FROM events").fetchall())
    assert rows == {"libya-algeria": "POINT(14.987654321 26.123456789)", "nowhere": None}


@pytest.mark.parametrize("where", [
    "geom && ST_MakeEnvelope(5, 20, 12, 30, 4326)",
    ("ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(9.48, 24.55), 4326)::geography, "
     "100000, false)"),
])
def test_spatial_filters_use_the_gist_indexes(pg_url, where):
    from watchfloor.store import EventFilter
    from watchfloor.store.postgis import where_clause

    with open_store(pg_url) as s:
        batch = []
        for i in range(300):
            doc = f"d{i}"
            loc = place("X", -60 + (i % 120), -170 + (i * 7) % 340, "DZA")
            batch.append((make_article(doc), [make_event(doc, location=loc)]))
        s.add_batch(batch)
        con = s._connection()
        con.execute("ANALYZE events")
        with con.transaction():
            con.execute("SET LOCAL enable_seqscan = off")
            plan = "\n".join(r[0] for r in con.execute(f"EXPLAIN SELECT * FROM events WHERE {where}"))
            # And the store's own SQL for the same filters plans the same way.
            for f in (EventFilter(bbox=(5, 20, 12, 30)), EventFilter(near=(24.55, 9.48, 100))):
                sql, params = where_clause(f)
                own = "\n".join(r[0] for r in con.execute(f"EXPLAIN SELECT * FROM events{sql}",
                                                          params))
                assert "events_geom_idx" in own or "events_geog_idx" in own, own
    assert "events_geom_idx" in plan or "events_geog_idx" in plan, plan


def test_newer_schema_is_refused(pg_url):
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future.sql')")
    with pytest.raises(StoreError, match="newer"):
        open_store(pg_url)


def test_read_only(pg_url):
    with pytest.raises(StoreError, match="schema version 0"):
        open_store(pg_url, read_only=True)  # not migrated yet
    with open_store(pg_url) as s:
        s.add_batch([(make_article("r"), [make_event("r")])])
    with open_store(pg_url, read_only=True) as s:
        assert s.count_events() == 1
        with pytest.raises(StoreError, match="read-only"):
            s.add_batch([(make_article("r2"), [])])
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            s._connection().execute("DELETE FROM events")


def test_batch_failing_after_sql_inserts_rolls_back(pg_url, monkeypatch):
    real_append = PostGISStore._append

    def failing_append(con, table, names, rows, *, returning):
        out = real_append(con, table, names, rows, returning=returning)
        if table == "events":
            raise RuntimeError("disk on fire")
        return out

    with open_store(pg_url) as s:
        monkeypatch.setattr(PostGISStore, "_append", staticmethod(failing_append))
        with pytest.raises(RuntimeError):
            s.add_batch([(make_article("x"), [make_event("x")])])
        monkeypatch.undo()
        assert (s.count_articles(), s.count_events()) == (0, 0)
        assert s.add_batch([(make_article("x"), [make_event("x")])]) == IngestResult(1, 0, 1)


def test_urls_socket_driver_suffix_and_masked_password(pg_server, pg_url):
    name = pg_url.rsplit("/", 1)[1]
    if pg_server.base_url is None:
        with open_store(pg_server.socket_url(name)) as s:
            assert s.count_articles() == 0
    with open_store(pg_url.replace("postgresql://", "postgresql+psycopg://")) as s:
        assert s.schema_version == SCHEMA_VERSION
    with pytest.raises(StoreError) as info:
        open_store("postgresql://wf:s3cret@127.0.0.1:1/x?connect_timeout=2")
    assert "s3cret" not in str(info.value)


def test_nul_characters_do_not_break_a_batch(pg_url):
    a = Article(text="Troops\x00 deployed near Djanet.", id="nul", meta={"k": "a\x00b"})
    e = make_event("nul", flags=["x\x00y"])
    with open_store(pg_url) as s:
        assert s.add_batch([(a, [e])]) == IngestResult(1, 0, 1)
        assert s.query_events() == [e]  # the event JSON keeps the NUL
        assert s.get_article("nul").meta == {"k": "a\x00b"}
        assert s.has_article(a)


def test_two_databases_do_not_share_rows(pg_server):
    one, two = pg_server.create_database(), pg_server.create_database()
    with open_store(one) as s:
        s.add_batch([(make_article("only-in-one"), [])])
    with open_store(two) as s:
        assert s.count_articles() == 0


# --- concurrent writers (two processes) -------------------------------------------------------

WRITER = textwrap.dedent("""
    import json, sys
    from watchfloor.model import Article, Event, TextSpan
    from watchfloor.store import open_store

    url, start, stop, step, batch_size = sys.argv[1], *map(int, sys.argv[2:6])
    def item(i):
        # Every 5th article is a re-post of article i-1's text under another id (same hash).
        text = f"Report {i - 1 if i % 5 == 0 else i}: troops deployed near Djanet."
        a = Article(text=text, id=f"doc-{i}", published="2025-06-10")
        evs = [Event(doc_id=a.id, type="MOBILIZE", cameo="154", quad_class=4, goldstein=-7.2,
                     trigger=TextSpan(10 + k, 18 + k, "deployed"), evidence=TextSpan(0, 9, "x"),
                     date="2025-06-01") for k in range(3)]
        return a, evs
    totals = [0, 0, 0]
    with open_store(url) as store:
        batch = []
        for i in range(start, stop, step):
            batch.append(item(i))
            if len(batch) == batch_size:
                r = store.add_batch(batch)
                totals = [totals[0] + r.articles_added, totals[1] + r.articles_skipped,
                          totals[2] + r.events_added]
                batch = []
        if batch:
            r = store.add_batch(batch)
            totals = [totals[0] + r.articles_added, totals[1] + r.articles_skipped,
                      totals[2] + r.events_added]
    print(json.dumps(totals))
""")


def test_two_writer_processes_store_everything_once(pg_url):
    n = 600
    open_store(pg_url).close()  # migrate first; a concurrent first open is tested below
    # Same articles, opposite orders, different batch sizes: maximal overlap and lock contention.
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, pg_url, *args], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for args in (["0", str(n), "1", "25"], [str(n - 1), "-1", "-1", "40"])]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err[-3000:]
    totals = [json.loads(out) for out, _ in outs]
    unique_texts = len({i - 1 if i % 5 == 0 else i for i in range(n)})  # 5th ones repeat
    with open_store(pg_url) as s:
        con = s._connection()
        assert s.count_articles() == unique_texts
        assert s.count_events() == 3 * unique_texts
        dup = con.execute("SELECT count(*) FROM (SELECT content_hash FROM articles "
                          "GROUP BY content_hash HAVING count(*) > 1) d").fetchone()[0]
        assert dup == 0
        orphans = con.execute("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM "
                              "events e WHERE e.doc_id = a.id) <> 3").fetchone()[0]
        assert orphans == 0  # every stored article has all of its events
    assert sum(t[0] for t in totals) == unique_texts  # each article added by exactly one writer
    assert sum(t[1] for t in totals) == 2 * n - unique_texts
    assert sum(t[2] for t in totals) == 3 * unique_texts


def test_two_processes_migrating_a_fresh_database(pg_url):
    code = "import sys; from watchfloor.store import open_store; open_store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-3000:]
    with open_store(pg_url) as s:
        rows = s._connection().execute("SELECT version FROM schema_version").fetchall()
        assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
