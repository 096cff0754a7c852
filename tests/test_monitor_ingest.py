"""Issue 5: one article reaching the store by ``watchfloor ingest`` and by ``watch`` is stored once,
with its events once, and counted once in its clusters ("nothing duplicated").

What looked like duplication (``/api/health`` 28 events vs ``/api/events`` 19) is mentions vs
real-world events: health counts stored mentions, ``/api/events`` clusters by default.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from watchfloor.monitor import Watcher, parse_config
from watchfloor.monitor.testing import marker_extract
from watchfloor.store import open_store
from watchfloor.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "reports.jsonl"
CLI = [sys.executable, "-m", "watchfloor.cli"]


def get(app: Any, url: str) -> Any:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(url)
    return asyncio.run(go()).json()


def counts(db: Path) -> dict[str, Any]:
    with open_store(db) as store, store.connection() as sql:
        one = lambda q: sql.execute(q)[0][0]
        return {"articles": one("SELECT count(*) FROM articles"),
                "events": one("SELECT count(*) FROM events"),
                "copies": one("SELECT count(*) FROM wf_mon_copies"),
                "clusters": one("SELECT count(*) FROM wf_clusters"),
                "mentions": one("SELECT sum(mentions) FROM wf_clusters"),
                "cluster_articles": one("SELECT sum(articles) FROM wf_clusters"),
                "last_seen": sql.execute("SELECT cluster_id, last_seen FROM wf_clusters "
                                         "ORDER BY cluster_id")}


def watch_once(db: Path, drop: Path) -> Any:
    cfg = parse_config({"db": str(db), "sources": [{"name": "drop", "jsonl": str(drop)}],
                        "rules": [{"name": "any", "types": ["MOBILIZE", "ASSAULT", "PROTEST"]}]})
    with open_store(db) as store:
        watcher = Watcher(cfg, store, extract_fn=marker_extract, log=lambda m: None)
        try:
            return watcher.run_cycle(force=True)
        finally:
            watcher.close()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ingest") / "wf.duckdb"
    done = subprocess.run([*CLI, "ingest", str(SAMPLES), "--db", str(db)], capture_output=True, check=False,
                          text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("with_urls", [False, True])
def test_ingest_then_watch_of_the_same_articles_duplicates_nothing(
        ingested: Path, tmp_path: Path, with_urls: bool) -> None:
    db = tmp_path / "wf.duckdb"
    db.write_bytes(ingested.read_bytes())
    before = counts(db)
    drop = tmp_path / "drop"
    drop.mkdir()
    with (drop / "wire.jsonl").open("w") as fh:
        for line in SAMPLES.read_text().splitlines():
            d = json.loads(line)
            if with_urls:  # the same articles, now with the address they were published at
                d["url"] = f"https://news.example/{d['id']}?utm_source=rss"
            fh.write(json.dumps(d) + "\n")
    app = create_app(str(db))
    try:
        assert get(app, "/api/health")["monitor"] is False  # ingest clusters, but is no watcher
    finally:
        app.state.watchfloor.store.close()

    r = watch_once(db, drop)
    assert (r.articles_new, r.duplicates, r.events) == (0, 6, 0)
    assert r.clusters_touched == 0  # nothing new was seen, so no cluster changed
    assert r.alerts_new > 0  # but the watcher's rules still see the events ingest stored
    after = counts(db)
    assert after == before  # articles, events, copies, counts and last_seen all unchanged
    assert watch_once(db, drop).alerts_new == 0  # read again: nothing re-raised
    assert after["mentions"] == after["events"] and after["cluster_articles"] == after["clusters"]
    if with_urls:
        with open_store(db) as store, store.connection() as sql:
            urls = {u for (u,) in sql.execute("SELECT url FROM wf_mon_copies")}
        assert urls == {f"https://news.example/{json.loads(x)['id']}"
                        for x in SAMPLES.read_text().splitlines()}

    app = create_app(str(db))
    try:
        health = get(app, "/api/health")
        events = get(app, "/api/events?limit=1")
        mentions = get(app, "/api/events?limit=1&mentions=true")
    finally:
        app.state.watchfloor.store.close()
    assert health["monitor"] is True
    assert health["articles"] == 6
    assert health["events"] == mentions["total"] == after["events"]  # mentions
    assert events["total"] == after["clusters"]  # real-world events


def test_watch_then_ingest_of_the_same_articles_duplicates_nothing(ingested: Path,
                                                                   tmp_path: Path) -> None:
    db = tmp_path / "wf.duckdb"
    db.write_bytes(ingested.read_bytes())
    before = counts(db)
    done = subprocess.run([*CLI, "ingest", str(SAMPLES), "--db", str(db)], capture_output=True, check=False,
                          text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert counts(db) == before
