"""Soak: feed a few thousand articles through ``watch`` from a local HTTP server.

    .venv/bin/python benchmarks/soak.py [--articles 3000] [--feeds 10] [--extract stub|real]

Serves ``--feeds`` RSS feeds on 127.0.0.1 whose items appear in waves (so each cycle sees new
ones, and every fifth item is a syndicated copy of an earlier one on another feed), runs watch
cycles until every item is read, restarts the watcher halfway, and reports articles/s, peak RSS,
alerts, and duplicate alerts at the webhook receiver (must be 0). ``--extract stub`` codes
events from markers in the text (measures the watch machinery); ``real`` runs the NLP pipeline.
"""
from __future__ import annotations

import argparse
import collections
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from watchfloor.monitor import Watcher, list_alerts, list_clusters, parse_config
from watchfloor.monitor.testing import LocalServer, Response, marker_extract
from watchfloor.store import open_store

WORDS = ("army forces border convoy ministry officials said troops deployed desert town road "
         "council residents clashes militia government statement week region south patrol "
         "vehicles fuel trucks camp governor security talks delegation water agreement").split()
PLACES = [("Ghat", 24.97, 10.18, "LBY"), ("Djanet", 24.55, 9.48, "DZA"), ("Sebha", 27.04, 14.43, "LBY"),
          ("Ubari", 26.59, 12.78, "LBY"), ("Illizi", 26.48, 8.47, "DZA"), ("Murzuq", 25.92, 13.92, "LBY")]
TYPES = ["MOBILIZE", "ASSAULT", "ACCUSE", "CONSULT", "PROTEST"]


def make_items(n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    items = []
    for i in range(n):
        if i % 5 == 4 and items:  # a syndicated copy of an earlier item
            title, _, body = items[rng.randrange(len(items))]
            items.append((title, f"http://wire.test/copy/{i}", "Agency - " + body + " Edited."))
            continue
        place, lat, lon, iso = rng.choice(PLACES)
        t = rng.choice(TYPES)
        a2 = "DZA|GOV" if t == "ACCUSE" else "|"
        a1 = "LBY|GOV" if t == "ACCUSE" else "LBY|MIL"
        date = f"2025-06-{rng.randint(1, 28):02d}"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(120, 400)))
        body = (f"Report {i} from {place}. {text}. "
                f"[[{t}|{a1}|{a2}|{lat + rng.uniform(-.2, .2):.3f}|{lon + rng.uniform(-.2, .2):.3f}|{iso}|{date}]]")
        items.append((f"Report {i}", f"http://news.test/{i}", body))
    return items


def rss(items: list[tuple[str, str, str]]) -> bytes:
    xml = "".join(f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
                  f"<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate><description>{b}</description></item>"
                  for t, u, b in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>s</title>{xml}</channel></rss>'.encode()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--waves", type=int, default=6)
    ap.add_argument("--extract", choices=("stub", "real"), default="stub")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(5)
    items = make_items(args.articles, rng)
    per_feed: list[list[tuple[str, str, str]]] = [items[i::args.feeds] for i in range(args.feeds)]
    received: collections.Counter[str] = collections.Counter()
    wave = {"n": 0}
    with LocalServer() as server, tempfile.TemporaryDirectory() as tmp:
        def feed(k: int):
            def serve(req):
                upto = len(per_feed[k]) * min(wave["n"], args.waves) // args.waves
                return Response(200, rss(per_feed[k][:upto][-200:]), {"Content-Type": "application/rss+xml"})
            return serve

        for k in range(args.feeds):
            server.routes[f"/feed{k}.xml"] = feed(k)

        def hook(req):
            received[req.headers["x-watchfloor-alert-id"]] += 1
            return Response(200, b"ok")
        server.routes["/hook"] = hook
        cfg = parse_config({
            "allow_private": ["127.0.0.1/32"], "fetch": {"min_interval": 0},
            "workers": args.workers, "batch_size": 64,
            "sources": [{"name": f"feed{k}", "feed": server.url(f"/feed{k}.xml"), "fetch_pages": False}
                        for k in range(args.feeds)],
            "rules": [{"name": "near-border", "types": ["MOBILIZE"], "near": {"lat": 24.55, "lon": 9.48, "km": 120}},
                      {"name": "widely-reported", "types": ["ASSAULT"], "min_sources": 2},
                      {"name": "clash-spike", "types": ["ASSAULT"], "region": "Fezzan",
                       "spike": {"window_days": 1, "baseline_days": 14, "sigma": 3, "min_count": 3}},
                      {"name": "new-dyad", "types": ["ACCUSE"], "new_dyad": {"days": 7}}],
            "sinks": [{"webhook": server.url("/hook"), "backoff": 0.01}],
        })
        db = Path(tmp) / "soak.duckdb"
        extract = marker_extract if args.extract == "stub" else None
        started = time.perf_counter()
        totals = collections.Counter()
        for n in range(1, args.waves + 2):
            wave["n"] = n
            with open_store(db) as store:
                watcher = Watcher(cfg, store, extract_fn=extract, log=lambda m: None)
                r = watcher.run_cycle(force=True)
                watcher.close()
            totals.update(new=r.articles_new, dup=r.duplicates, near=r.near_duplicates,
                          alerts=r.alerts_new, errors=len(r.source_errors) + len(r.delivery_errors))
            print(f"wave {n}: {r.line()}", file=sys.stderr)
        elapsed = time.perf_counter() - started
        with open_store(db) as store:
            stored = store.count_articles()
            n_alerts = len(list_alerts(store))
            clusters = list_clusters(store)
    seen = totals["new"] + totals["near"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dupes = sum(c - 1 for c in received.values() if c > 1)
    print(f"items served {len(items)}; articles stored {stored}; near-duplicate copies folded "
          f"{totals['near']}; re-seen {totals['dup']}")
    print(f"clusters {len(clusters)}; alerts {n_alerts} (receiver got {sum(received.values())}, "
          f"distinct {len(received)}); duplicate alerts {dupes}; errors {totals['errors']}")
    print(f"{seen / elapsed:.1f} articles/s over {elapsed:.1f}s ({args.extract} extraction, "
          f"{args.waves + 1} cycles, a fresh watcher each cycle); peak RSS {peak_mb:.0f} MB")
    return 1 if dupes or n_alerts != len(received) else 0


if __name__ == "__main__":
    sys.exit(main())
