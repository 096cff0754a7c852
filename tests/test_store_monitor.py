"""The store's SQL seam (``connection``/``transaction``/``try_lock``/``where_clause``) and the
monitor's tables on it, against DuckDB and PostgreSQL alike (issue 7)."""
from __future__ import annotations

import datetime as dt
import json
import threading
import time

import numpy as np
import pytest

from watchfloor.monitor.state import TABLES, MonitorDB, portable
from watchfloor.store import EventFilter
from watchfloor.store.sql import to_postgresql

from test_store import db_path, make_article, make_event, place, store  # noqa: F401  (fixtures)

pytest_plugins = ["conftest_pg"]


def test_qmark_sql_is_rewritten_for_psycopg() -> None:
    sql = ("SELECT id FROM t WHERE id IN (SELECT unnest(?)) AND x NOT IN (SELECT unnest(?)) "
           "AND note LIKE '100%?' AND \"odd?col\" = ? AND y LIKE ?")
    assert to_postgresql(sql) == (
        "SELECT id FROM t WHERE id = ANY(%s) AND x <> ALL(%s) AND note LIKE '100%%?' "
        "AND \"odd?col\" = %s AND y LIKE %s")


def test_duckdb_insert_or_forms_become_on_conflict_on_postgresql() -> None:
    assert portable("INSERT OR IGNORE INTO wf_rule_hits VALUES (?, ?, ?, NULL)", "postgresql") == \
        "INSERT INTO wf_rule_hits VALUES (?, ?, ?, NULL) ON CONFLICT DO NOTHING"
    assert portable("INSERT OR REPLACE INTO wf_mon_files VALUES (?, ?, ?, ?)", "postgresql") == (
        "INSERT INTO wf_mon_files VALUES (?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET "
        "size = excluded.size, mtime = excluded.mtime, read_to = excluded.read_to")
    same = "INSERT OR REPLACE INTO wf_mon_http VALUES (?, ?, ?)"
    assert portable(same, "duckdb") == same


def test_one_sql_on_both_backends(store) -> None:
    store.add_batch([(make_article(f"d{i}"), [make_event(f"d{i}")]) for i in range(3)])
    with store.connection() as sql:
        assert sql.dialect == store.dialect
        ids = sql.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY id",
                          [["d0", "d2", "nope"]])
        assert ids == [("d0",), ("d2",)]
        assert sql.execute("SELECT count(*) FROM articles WHERE id IN (SELECT unnest(?))", [[]]) == [(0,)]
        assert sql.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT unnest(?))",
                           [["d1"]]) == [(2,)]
        assert sql.execute("SELECT count(*) FROM articles WHERE text LIKE ? AND '5%' = '5%'",
                           ["Text of%"]) == [(3,)]
        (event,) = sql.execute("SELECT event FROM events WHERE doc_id = ?", ["d1"])[0]
        assert isinstance(event, str) and json.loads(event)["doc_id"] == "d1"  # JSON as text


def test_transaction_commits_or_rolls_back(store) -> None:
    with store.transaction(lock="t") as sql:
        sql.execute("INSERT INTO wf_mon_sources (name, last_polled) VALUES (?, ?)", ["a", 1.0])
    with pytest.raises(ZeroDivisionError):
        with store.transaction(lock="t") as sql:
            sql.execute("INSERT INTO wf_mon_sources (name, last_polled) VALUES (?, ?)", ["b", 2.0])
            1 / 0
    with store.connection() as sql:
        assert sql.execute("SELECT name FROM wf_mon_sources") == [("a",)]
    with store.try_lock("x") as held:
        assert held


def test_where_clause_means_what_query_events_means(store) -> None:
    store.add_batch([(make_article("ghat"), [make_event("ghat", location=place("Ghat", 24.97, 10.18, "LBY"))]),
                     (make_article("nairobi"), [make_event("nairobi", location=place("Nairobi", -1.29, 36.82, "KEN"))])])
    for f in (EventFilter(bbox=(5, 20, 12, 30)), EventFilter(near=(24.55, 9.48, 100)),
              EventFilter(location_countries=["KEN"], types=["MOBILIZE"])):
        where, params = store.where_clause(f)
        with store.connection() as sql:
            got = {r[0] for r in sql.execute(f"SELECT doc_id FROM events{where}", params)}
        assert got == {e.doc_id for e in store.query_events(f)}


def test_monitor_tables_are_migration_2(store) -> None:
    db = MonitorDB(store)
    assert db.has_tables()
    with store.connection() as sql:
        versions = [v for (v,) in sql.execute("SELECT version FROM schema_version ORDER BY version")]
        names = {n for (n,) in sql.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    assert versions[:2] == [1, 2]
    assert set(TABLES) <= names


def test_monitor_statements_on_both_backends(store) -> None:
    db = MonitorDB(store)
    sig = np.array([2**64 - 1, 0, 2**63 + 5], dtype=np.uint64)
    with db.transaction():
        db.execute("INSERT OR IGNORE INTO wf_mon_minhash VALUES (?, ?)", ["d", sig.tolist()])
        db.execute("INSERT OR IGNORE INTO wf_mon_minhash VALUES (?, ?)", ["d", [1, 2, 3]])
        db.execute("INSERT OR REPLACE INTO wf_mon_files VALUES (?, ?, ?, ?)", ["/f", 1, 1.5, 1])
        db.execute("INSERT OR REPLACE INTO wf_mon_files VALUES (?, ?, ?, ?)", ["/f", 9, 2.5, 9])
        with db.transaction():  # joins the outer one
            db.executemany("INSERT INTO wf_rule_hits VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           [("r", "c1", dt.date(2025, 6, 10), None), ("r", "c1", dt.date(2025, 6, 11), None)])
        db.execute("INSERT INTO wf_alerts (alert_id, rule, key, summary, payload) VALUES (?, ?, ?, ?, ?)",
                   ["a1", "r", "k", "s", json.dumps({"x": 1})])
    ((back,),) = db.execute("SELECT sig FROM wf_mon_minhash WHERE doc_id = ?", ["d"])
    assert np.array_equal(np.array(back, dtype=np.uint64), sig)
    assert db.execute("SELECT size, mtime, read_to FROM wf_mon_files") == [(9, 2.5, 9)]
    assert db.execute("SELECT day FROM wf_rule_hits") == [(dt.date(2025, 6, 10),)]
    ((payload,),) = db.execute("SELECT payload FROM wf_alerts")
    assert json.loads(payload) == {"x": 1}
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.execute("DELETE FROM wf_alerts")
            raise RuntimeError
    assert db.execute("SELECT count(*) FROM wf_alerts") == [(1,)]


def test_a_transaction_on_another_thread_waits_for_the_first(store) -> None:
    """The monitor's transaction belongs to the thread that opened it."""
    db = MonitorDB(store)
    seen: list[int] = []
    with db.transaction():
        db.execute("INSERT INTO wf_mon_sources (name) VALUES (?)", ["x"])
        t = threading.Thread(target=lambda: seen.append(
            db.execute("SELECT count(*) FROM wf_mon_sources")[0][0]))
        t.start()
        time.sleep(0.2)
        assert not seen  # blocked on the store, not running inside our transaction
    t.join(10)
    assert seen == [1]
