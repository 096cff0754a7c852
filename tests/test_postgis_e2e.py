"""Issue 7 end to end: the commands, the watcher and the API on a real PostgreSQL + PostGIS server,
checked against the same run on DuckDB, and two ``watch`` processes sharing one database."""
from __future__ import annotations

import collections
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from watchfloor.monitor import list_alerts, list_clusters
from watchfloor.monitor.testing import LocalServer, Response
from watchfloor.store import open_store

pytest_plugins = ["conftest_pg"]
pytestmark = pytest.mark.postgis
psycopg = pytest.importorskip("psycopg")

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "watchfloor.cli"]
SAMPLES = ROOT / "samples" / "reports.jsonl"


def cli(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, timeout=600)
    if ok:
        assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def timeless(event: dict[str, Any]) -> dict[str, Any]:
    """An exported event without the wall-clock times of its clustering (they differ per run)."""
    return {k: v for k, v in event.items() if k not in ("first_seen", "last_seen")}


# --- the commands, the watcher and the API, with the real pipeline ------------------------------

@pytest.mark.slow
def test_ingest_events_watch_alerts_and_api_on_postgresql(pg_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    duck = str(tmp_path / "ref.duckdb")
    for db in (pg_url, duck):
        cli("ingest", str(SAMPLES), "--db", db, "--workers", "1")
    # the same events, in the same order, whatever the backend
    for filters in ([], ["--border", "DZA-LBY", "--km", "100"], ["--type", "MOBILIZE,ACCUSE"],
                    ["--near", "24.97,10.17", "--km", "300"]):
        on_pg = jsonl(cli("events", "--db", pg_url, "--format", "jsonl", *filters).stdout)
        on_duck = jsonl(cli("events", "--db", duck, "--format", "jsonl", *filters).stdout)
        assert [timeless(e) for e in on_pg] == [timeless(e) for e in on_duck], filters
    everything = jsonl(cli("events", "--db", pg_url, "--format", "jsonl").stdout)
    assert everything

    # watch: the articles already stored are clustered and the rules raise alerts, once
    drops = tmp_path / "drops"
    drops.mkdir()
    (drops / "reports.jsonl").write_bytes(SAMPLES.read_bytes())
    cfg = {"workers": 1, "sources": [{"name": "wire", "jsonl": str(drops)}],
           "rules": [{"name": "near-border", "types": ["MOBILIZE"],
                      "border": {"countries": ["DZA", "LBY"], "km": 100}},
                     {"name": "any-event", "types": ["MOBILIZE", "ACCUSE", "ASSAULT", "THREATEN"]}],
           "sinks": [{"jsonl": str(tmp_path / "alerts.jsonl")}]}
    config = tmp_path / "watch.yaml"
    config.write_text(yaml.safe_dump(cfg))
    for db in (pg_url, duck):
        cli("watch", str(config), "--once", "--db", db)
    cli("watch", str(config), "--once", "--db", pg_url)  # again: nothing new, nothing re-sent
    pg_alerts = jsonl(cli("alerts", "--db", pg_url, "--format", "jsonl").stdout)
    duck_alerts = jsonl(cli("alerts", "--db", duck, "--format", "jsonl").stdout)
    assert pg_alerts
    assert sorted((a["rule"], a["key"]) for a in pg_alerts) == \
        sorted((a["rule"], a["key"]) for a in duck_alerts)
    assert all(a["deliveries"] == ["jsonl-1=delivered"] for a in pg_alerts)
    sent = jsonl((tmp_path / "alerts.jsonl").read_text())
    assert len({a["alert_id"] for a in sent}) == len(sent) == len(pg_alerts)
    with open_store(pg_url) as s, open_store(duck) as d:
        counts = (s.count_articles(), s.count_events())
        assert counts == (d.count_articles(), d.count_events())
        assert len(list_clusters(s)) == len(list_clusters(d))

    # the API over the same database, read-only
    import asyncio

    import httpx

    from watchfloor.web import create_app

    monkeypatch.delenv("WATCHFLOOR_TOKEN", raising=False)
    app = create_app(pg_url)
    ref_app = create_app(duck)

    def get(url: str, *, on: Any = None, **params: Any) -> Any:
        async def go() -> httpx.Response:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=on or app),
                                         base_url="http://test") as client:
                return await client.get(url, params=params)
        r = asyncio.run(go())
        assert r.status_code == 200, r.text
        return r.json()

    try:
        health = get("/api/health")
        assert health["store"].startswith("postgresql://") and health["monitor"] is True
        assert (health["articles"], health["events"]) == counts
        for url in ("/api/events", "/api/dyads", "/api/actors", "/api/places"):
            assert get(url, limit=1000)["total"] == get(url, on=ref_app, limit=1000)["total"], url
        assert get("/api/alerts")["total"] == len(pg_alerts)
        assert get("/api/events.geojson", border="DZA-LBY", km=100)["features"]
        assert get("/api/dyads")["total"] >= 1
        assert get(f"/api/events/{everything[0]['event_id']}")["event"]["event_id"] == \
            everything[0]["event_id"]
    finally:
        app.state.watchfloor.store.close()
        ref_app.state.watchfloor.store.close()


# --- two watchers on one database ---------------------------------------------------------------

RUNNER = """
import json, sys, time
from watchfloor.monitor import Watcher, parse_config
from watchfloor.monitor.testing import marker_extract
from watchfloor.store import open_store

db, config, start, cycles = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])

def extract(articles, *, workers=None):
    for res in marker_extract(articles, workers=workers):
        time.sleep(0.01)  # widen the windows in which the two processes interleave
        yield res

with open_store(db) as store:
    watcher = Watcher(parse_config(json.loads(open(config).read())), store, extract_fn=extract,
                      log=lambda m: None)
    while time.time() < start:
        time.sleep(0.005)
    for _ in range(cycles):
        watcher.run_cycle(force=True)
    watcher.close()
"""

# Ten places far apart (a cluster each), three reports of each, a day apart.
PLACES = [(24.97, 10.18, "LBY"), (32.89, 13.19, "LBY"), (36.75, 3.06, "DZA"), (13.63, 25.35, "SDN"),
          (18.44, 1.41, "MLI"), (-1.29, 36.82, "KEN"), (48.28, 37.18, "UKR"), (13.51, 2.11, "NER"),
          (12.11, 15.04, "TCD"), (26.48, 8.47, "DZA")]


VOCAB = [a + b for a in ("ka", "lo", "mi", "nu", "pe", "ro", "su", "ti", "va", "ze")
         for b in ("bar", "cen", "dor", "fil", "gun", "hes", "jat", "kor", "lum", "mip")]


def _reports() -> list[dict[str, Any]]:
    import random

    rng = random.Random(7)
    out = []
    for i, (lat, lon, iso) in enumerate(PLACES):
        for j in range(3):
            words = " ".join(rng.choice(VOCAB) for _ in range(120))  # no two texts alike
            # Coordinates a little apart (same cluster), so no 5-word shingle repeats: the
            # MinHash near-duplicate check would otherwise call same-place reports copies.
            marker = (f"[[MOBILIZE|{iso}|MIL|||{lat + 0.01 * j:.2f}|{lon + 0.01 * j:.2f}|{iso}|"
                      f"2025-06-1{j}]]")
            accuse = "[[ACCUSE|DZA|GOV|LBY|GOV|||DZA|2025-06-12]]" if (i, j) == (0, 0) else ""
            out.append({"id": f"r{i}-{j}", "url": f"https://news.example/r{i}-{j}",
                        "source": f"outlet-{j}", "published": f"2025-06-1{j}",
                        "text": f"Report {i}.{j}: {words} {marker}{accuse}"})
    return out


def _rss(reports: list[dict[str, Any]]) -> bytes:
    items = "".join(f"<item><title>{r['id']}</title><link>http://127.0.0.1/copy/{r['id']}</link>"
                    f"<guid>copy-{r['id']}</guid><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>"
                    f"<description>{r['text']}</description></item>" for r in reports)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
            "</channel></rss>").encode()


def _watch_config(tmp: Path, server: LocalServer, name: str) -> Path:
    cfg = {"allow_private": ["127.0.0.1/32"], "fetch": {"min_interval": 0, "timeout": 5},
           "workers": 1, "batch_size": 2,
           "sources": [{"name": "wire", "jsonl": str(tmp / "drops")},
                       {"name": "copies", "feed": server.url("/copies.xml")}],
           "rules": [{"name": "mobilize", "types": ["MOBILIZE"]},
                     {"name": "widely", "types": ["MOBILIZE"], "min_sources": 3},
                     {"name": "new-dyad", "types": ["ACCUSE"], "new_dyad": {"days": 30}}],
           "sinks": [{"webhook": server.url("/hook"), "backoff": 0.01}]}
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(cfg))
    return path


def _run_watchers(db: str, config: Path, n: int, cycles: int) -> None:
    start = time.time() + 4.0  # both are imported and connected before either begins
    procs = [subprocess.Popen([sys.executable, "-c", RUNNER, db, str(config), str(start), str(cycles)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(n)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-3000:]


def _state(db: str) -> dict[str, Any]:
    with open_store(db) as store:
        with store.connection() as sql:
            one = sql.execute("SELECT (SELECT count(*) FROM wf_mon_processed), "
                              "(SELECT count(*) FROM wf_cluster_events), "
                              "(SELECT count(DISTINCT event_id) FROM wf_cluster_events), "
                              "(SELECT count(*) FROM wf_mon_copies)")[0]
        clusters = list_clusters(store)
        return {"articles": store.count_articles(), "events": store.count_events(),
                "processed": one[0], "memberships": one[1], "clustered": one[2], "copies": one[3],
                "clusters": sorted((c["type"], c["location_country"], round(c["lat"] or 0, 2),
                                    c["mentions"], c["articles"], c["sources"]) for c in clusters),
                "alerts": list_alerts(store)}


def test_two_watch_processes_on_one_database_store_and_alert_once(pg_server: Any,
                                                                   tmp_path: Path) -> None:
    reports = _reports()
    (tmp_path / "drops").mkdir()
    (tmp_path / "drops" / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in reports))
    with LocalServer() as server:
        got: collections.Counter[str] = collections.Counter()

        def hook(req: Any) -> Response:
            got[req.headers["x-watchfloor-alert-id"]] += 1
            return Response(200, b"ok")
        server.routes["/hook"] = hook
        # a second outlet carries exact copies of every third report: duplicates, not articles
        server.routes["/copies.xml"] = Response(200, _rss(reports[::3]),
                                                {"Content-Type": "application/rss+xml"})
        # the reference: one watcher, on DuckDB
        ref_db = str(tmp_path / "ref.duckdb")
        _run_watchers(ref_db, _watch_config(tmp_path, server, "ref"), 1, 2)
        expected = _state(ref_db)
        ref_sent = dict(got)
        got.clear()
        # two watchers at once, on PostgreSQL, polling the same sources
        url = pg_server.create_database()
        _run_watchers(url, _watch_config(tmp_path, server, "pg"), 2, 2)
        state = _state(url)
    assert expected["articles"] == len(reports) and expected["alerts"]
    assert all(n == 1 for n in ref_sent.values())
    for key in ("articles", "events", "processed", "memberships", "clustered", "copies", "clusters"):
        assert state[key] == expected[key], key
    assert state["memberships"] == state["clustered"] == state["events"]  # one cluster per event
    assert sorted((a["rule"], a["summary"]) for a in state["alerts"]) == \
        sorted((a["rule"], a["summary"]) for a in expected["alerts"])
    assert all(a["deliveries"] == ["webhook-1=delivered"] for a in state["alerts"])
    # every alert reached the receiver exactly once, though both watchers delivered
    assert sorted(got) == sorted(a["alert_id"] for a in state["alerts"])
    assert set(got.values()) == {1}, got
