"""The watch loop: poll sources, dedupe, extract, store, cluster, evaluate rules, deliver alerts.

Crash safety (issue 5: "a kill at any moment loses nothing and re-sends nothing"):

1. New articles are stored with ``Store.add_batch`` (one transaction).
2. One monitor transaction then clusters their events, records their copies and near-duplicate
   signatures, evaluates the rules into the alert outbox (one row per rule and cluster, unique),
   commits the source's progress (feed validators, file offsets) and marks the articles processed.
   Articles stored by step 1 but not processed (a kill between 1 and 2) are processed at the start
   of the next cycle; input whose progress was not committed is read again and found stored.
3. Pending deliveries are sent; each is marked delivered right after its sink accepts it. Only a
   kill between the receiver's acceptance and that mark can re-send, and the re-sent alert carries
   the same ``alert_id`` (see ``sinks``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from watchfloor.ingest.fetch import Fetcher
from watchfloor.model import Article, Event
from watchfloor.monitor.cluster import Clusterer, Copy, Processed, copy_url, marks
from watchfloor.monitor.config import WatchConfig
from watchfloor.monitor.dedupe import NearDuplicateIndex, is_legacy, signature
from watchfloor.monitor.rules import Rule, spike_fires, window_counts
from watchfloor.monitor.sinks import Sink, SinkError, make_sink
from watchfloor.monitor.sources import poll_source
from watchfloor.monitor.state import MonitorDB
from watchfloor.store import EventFilter, Store

__all__ = ["Watcher", "CycleReport", "list_alerts", "list_clusters"]

MAX_EVENTS_IN_ALERT = 10


@dataclass
class CycleReport:
    """What one cycle did."""

    sources_polled: int = 0
    source_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    articles_new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    events: int = 0
    clusters_touched: int = 0
    alerts_new: int = 0
    delivered: int = 0
    delivery_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"polled {self.sources_polled} source(s) ({len(self.source_errors)} failed); "
                f"{self.articles_new} new article(s), {self.duplicates} duplicate(s), "
                f"{self.near_duplicates} near-duplicate(s); {self.events} event(s) in "
                f"{self.clusters_touched} cluster(s); {self.alerts_new} new alert(s), "
                f"{self.delivered} delivered ({len(self.delivery_errors)} failed) in "
                f"{self.seconds:.1f}s")


class Watcher:
    """Runs watch cycles for one config against one open store.

    extract_fn: ``pipeline.extract``-compatible (articles, workers=) -> DocResults; tests and the
        soak script may pass a stand-in.
    """

    def __init__(self, config: WatchConfig, store: Store, *,
                 extract_fn: Callable[..., Iterable[Any]] | None = None,
                 log: Callable[[str], None] | None = None,
                 sinks: list[Sink] | None = None) -> None:
        self.config = config
        self.store = store
        self.db = MonitorDB(store)
        self.fetcher = Fetcher(allow_private=config.allow_private, min_interval=config.min_interval,
                               timeout=config.timeout, deadline=config.deadline,
                               max_bytes=config.max_bytes)
        self.sinks = sinks if sinks is not None else [make_sink(s, self.fetcher)
                                                      for s in config.sinks]
        if extract_fn is None:
            from watchfloor.pipeline import extract as extract_fn
        self.extract_fn = extract_fn
        self.log = log or (lambda msg: print(f"watchfloor watch: {msg}", file=sys.stderr))
        self.index = NearDuplicateIndex(config.near_duplicate)
        stale = []
        for doc_id, sig in self.db.execute("SELECT doc_id, sig FROM wf_mon_minhash"):
            arr = np.array(sig, dtype=np.uint64)
            if is_legacy(arr):
                stale.append(doc_id)
            else:
                self.index.add(doc_id, arr)
        if stale:
            self._resign(stale)
        self._sigs: dict[str, np.ndarray] = {}
        self.clusterer = Clusterer(self.db, config.cluster, index=self.index)

    def close(self) -> None:
        self.fetcher.close()

    def _resign(self, doc_ids: list[str]) -> None:
        """Recompute signatures stored by the first, broken ``signature`` (see ``is_legacy``)."""
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i:i + 500]
            rows = self.db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks(len(chunk))})",
                                   chunk)
            fresh = [(d, signature(text)) for d, text in rows]
            with self.db.transaction() as db:
                db.executemany("UPDATE wf_mon_minhash SET sig = ? WHERE doc_id = ?",
                               [([int(v) for v in sig.tolist()], d) for d, sig in fresh])
            for d, sig in fresh:
                self.index.add(d, sig)

    # --- one cycle ---------------------------------------------------------------------------

    def run_cycle(self, *, force: bool = False) -> CycleReport:
        """Poll every due source (every source when ``force``), then deliver pending alerts."""
        started = time.perf_counter()
        report = CycleReport()
        self.recover(report)
        now = time.time()
        last = dict(self.db.execute("SELECT name, last_polled FROM wf_mon_sources"))
        for spec in self.config.sources:
            if not force and last.get(spec.name) is not None and now - last[spec.name] < spec.interval:
                continue
            report.sources_polled += 1
            try:
                polled = poll_source(spec, self.db, self.fetcher)
            except Exception as exc:  # a source that times out, returns garbage or disappears
                msg = f"{spec.name}: {exc}"
                report.source_errors.append(msg)
                self.log(f"source failed: {msg}")
                self.db.execute(
                    "INSERT INTO wf_mon_sources VALUES (?, ?, ?, 1) ON CONFLICT (name) DO UPDATE "
                    "SET last_polled = excluded.last_polled, last_error = excluded.last_error, "
                    "failures = wf_mon_sources.failures + 1", [spec.name, now, str(exc)[:500]])
                continue
            for p in polled.problems:
                self.log(f"{spec.name}: {p}")
            report.problems += polled.problems
            self.ingest(polled.articles, report, progress=polled.progress, source_name=spec.name,
                        polled_at=now)
        self.deliver(report)
        report.seconds = time.perf_counter() - started
        return report

    def recover(self, report: CycleReport) -> None:
        """Process articles stored but never processed (a kill between store and process)."""
        self.clusterer.catch_up(then=lambda done: self._after_clustering(done, report))

    # --- ingest ------------------------------------------------------------------------------

    def ingest(self, articles: list[Article], report: CycleReport, *,
               progress: list[Callable[[MonitorDB], None]] | None = None,
               source_name: str | None = None, polled_at: float | None = None) -> None:
        """Dedupe, extract, store and process articles, then commit the source's progress."""
        new: list[Article] = []
        copies: list[Copy] = []
        batch_hashes: dict[str, str] = {}
        known = self.clusterer.stored_ids(articles)
        for a in articles:
            stored = known.get(a.id) or batch_hashes.get(a.content_hash)
            if stored is not None:
                report.duplicates += 1
                copies.append((stored, copy_url(a.id, a.url), a.source, "duplicate"))
                continue
            sig = signature(a.text)
            near = self.index.query(sig)
            if near is not None:
                report.near_duplicates += 1
                copies.append((near[0], copy_url(a.id, a.url), a.source, "near-duplicate"))
                continue
            self.index.add(a.id, sig)
            self._sigs[a.id] = sig
            batch_hashes[a.content_hash] = a.id
            new.append(a)
        stored_ids: list[str] = []
        events: list[Event] = []
        batch: list[tuple[Article, list[Event]]] = []

        def commit() -> None:
            r = self.store.add_batch(batch)
            report.articles_new += r.articles_added
            stored_ids.extend(a.id for a, _ in batch)
            for _, evs in batch:
                events.extend(evs)
            batch.clear()

        if new:
            for res in self.extract_fn(new, workers=self.config.workers):
                if res.skipped:
                    report.problems.append(f"{res.article.url or res.article.id}: {res.skipped}")
                    # still stored, so it is not fetched and skipped again every cycle
                batch.append((res.article, [] if res.skipped else list(res.events)))
                if len(batch) >= self.config.batch_size:
                    commit()
            if batch:
                commit()
        with self.db.transaction() as db:
            self._process(stored_ids, events, copies, report)
            for step in progress or ():
                step(db)
            if source_name is not None:
                db.execute("INSERT INTO wf_mon_sources VALUES (?, ?, NULL, 0) ON CONFLICT (name) "
                           "DO UPDATE SET last_polled = excluded.last_polled, last_error = NULL, "
                           "failures = 0", [source_name, polled_at or time.time()])

    # --- processing: copies, clusters, rules, outbox ------------------------------------------

    def _process(self, doc_ids: list[str], events: list[Event], copies: list[Copy],
                 report: CycleReport) -> None:
        """Cluster the new articles (``Clusterer.process``), then evaluate the rules on every
        cluster they touched, in the caller's transaction."""
        done = self.clusterer.process(doc_ids, events, copies, sigs=self._sigs)
        self._after_clustering(done, report)

    def _after_clustering(self, done: Processed, report: CycleReport) -> None:
        report.events += len(done.events)
        report.clusters_touched += len(done.touched)
        if done.touched or done.revisited:
            self._evaluate(sorted(done.touched | done.revisited),
                           {e.event_id: e for e in done.events}, report)

    def _members(self, cluster_ids: list[str], fresh: dict[str, Event]
                 ) -> dict[str, list[Event]]:
        rows = [r for i in range(0, len(cluster_ids), 500)
                for r in self.db.execute(
                    "SELECT cluster_id, event_id, doc_id FROM wf_cluster_events WHERE cluster_id "
                    f"IN ({marks(len(cluster_ids[i:i + 500]))}) ORDER BY event_id",
                    cluster_ids[i:i + 500])]
        missing_docs = sorted({d for _, eid, d in rows if eid not in fresh})
        known = dict(fresh)
        for i in range(0, len(missing_docs), 500):
            for e in self.store.query_events(EventFilter(doc_ids=missing_docs[i:i + 500])):
                known.setdefault(e.event_id, e)
        out: dict[str, list[Event]] = {}
        for cid, eid, _ in rows:
            if eid in known:
                out.setdefault(cid, []).append(known[eid])
        return out

    def _cluster_row(self, cluster_id: str) -> dict[str, Any]:
        cols = ["cluster_id", "type", "cameo_root", "actor1_country", "actor2_country", "lat",
                "lon", "location_name", "location_country", "date_first", "date_last",
                "first_seen", "last_seen", "mentions", "articles", "sources"]
        row = self.db.execute(f"SELECT {', '.join(cols)} FROM wf_clusters WHERE cluster_id = ?",
                              [cluster_id])[0]
        return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v)
                for k, v in zip(cols, row, strict=True)}

    def _event_brief(self, e: Event) -> dict[str, Any]:
        rows = self.db.execute("SELECT url, source, title FROM articles WHERE id = ?", [e.doc_id])
        url, source, title = rows[0] if rows else (None, None, None)
        loc = e.location
        return {"event_id": e.event_id, "doc_id": e.doc_id, "type": e.type, "cameo": e.cameo,
                "date": e.date, "factuality": e.factuality, "confidence": round(e.confidence, 3),
                "actor1": e.actor1.name or e.actor1.text if e.actor1 else None,
                "actor2": e.actor2.name or e.actor2.text if e.actor2 else None,
                "partner": e.partner.name or e.partner.text if e.partner else None,
                "place": loc.name if loc else None,
                "lat": round(loc.lat, 4) if loc and loc.lat is not None else None,
                "lon": round(loc.lon, 4) if loc and loc.lon is not None else None,
                "evidence": e.evidence.text, "url": url, "source": source, "title": title}

    def _evaluate(self, cluster_ids: list[str], fresh: dict[str, Event],
                  report: CycleReport) -> None:
        if not self.config.rules:
            return
        members = self._members(cluster_ids, fresh)
        spikes: dict[str, dt.date] = {}
        for cid in cluster_ids:
            evs = members.get(cid, [])
            if not evs:
                continue
            row = self._cluster_row(cid)
            for rule in self.config.rules:
                hits = [e for e in evs if rule.matcher.matches(e)]
                if not hits:
                    continue
                if rule.kind == "match":
                    if rule.thresholds_met(row["mentions"], row["sources"], row["articles"]):
                        self._alert(rule, cid, [row], hits, report,
                                    f"{row['type']} at {row['location_name'] or '?'} "
                                    f"{row['date_first']}: {row['mentions']} mention(s), "
                                    f"{row['sources']} source(s)")
                elif rule.kind == "spike":
                    day = dt.date.fromisoformat(row["date_first"])
                    self.db.execute("INSERT INTO wf_rule_hits VALUES (?, ?, ?, NULL) "
                                    "ON CONFLICT DO NOTHING",
                                    [rule.name, cid, day])
                    spikes[rule.name] = max(spikes.get(rule.name, day), day)
                elif rule.kind == "new_dyad" and rule.new_dyad is not None:
                    dyad = next((k for e in hits if (k := rule.new_dyad.dyad(e))), None)
                    if dyad is None or self.db.execute(
                            "SELECT 1 FROM wf_rule_hits WHERE rule = ? AND cluster_id = ?",
                            [rule.name, cid]):
                        continue
                    day = dt.date.fromisoformat(row["date_first"])
                    earlier = self.db.execute(
                        "SELECT count(*) FROM wf_rule_hits WHERE rule = ? AND dyad = ? "
                        "AND day BETWEEN ? AND ?",
                        [rule.name, dyad, day - dt.timedelta(days=rule.new_dyad.days), day])[0][0]
                    self.db.execute("INSERT INTO wf_rule_hits VALUES (?, ?, ?, ?)",
                                    [rule.name, cid, day, dyad])
                    if not earlier:
                        self._alert(rule, cid, [row], hits, report,
                                    f"first {row['type']} between {dyad} in "
                                    f"{rule.new_dyad.days} days ({row['date_first']})")
        by_name = {r.name: r for r in self.config.rules}
        for name, ref in spikes.items():
            self._spike(by_name[name], ref, report)

    def _spike(self, rule: Rule, ref: dt.date, report: CycleReport) -> None:
        assert rule.spike is not None
        sp = rule.spike
        lo = ref - dt.timedelta(days=sp.window_days * (sp.baseline_days // sp.window_days + 1))
        rows = self.db.execute("SELECT cluster_id, day FROM wf_rule_hits WHERE rule = ? AND day "
                               "BETWEEN ? AND ?", [rule.name, lo, ref])
        count, before = window_counts([d for _, d in rows], ref, sp)
        fires, mean, std = spike_fires(before, count, sp)
        if not fires:
            return
        start = ref - dt.timedelta(days=sp.window_days - 1)
        in_window = sorted(cid for cid, d in rows if start <= d <= ref)
        cluster_rows = [self._cluster_row(c) for c in in_window]
        members = self._members(in_window[:MAX_EVENTS_IN_ALERT], {})
        evs = [m[0] for c in in_window[:MAX_EVENTS_IN_ALERT] if (m := members.get(c))]
        self._alert(rule, f"{start.isoformat()}/{ref.isoformat()}", cluster_rows, evs, report,
                    f"{count} matching event(s) {start}..{ref} against a baseline of "
                    f"{mean:.1f} ± {std:.1f} per {sp.window_days}-day window")

    def _alert(self, rule: Rule, key: str, clusters: list[dict[str, Any]], events: list[Event],
               report: CycleReport, summary: str) -> None:
        alert_id = hashlib.sha1(f"{rule.name}\x00{key}".encode()).hexdigest()[:20]
        if self.db.execute("SELECT 1 FROM wf_alerts WHERE alert_id = ?", [alert_id]):
            return
        payload = {"alert_id": alert_id, "rule": rule.name, "kind": rule.kind, "key": key,
                   "summary": summary, "description": rule.description,
                   "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                   "clusters": clusters,
                   "events": [self._event_brief(e) for e in events[:MAX_EVENTS_IN_ALERT]]}
        self.db.execute("INSERT INTO wf_alerts (alert_id, rule, key, summary, payload) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [alert_id, rule.name, key, summary, json.dumps(payload, default=str)])
        self.db.executemany("INSERT INTO wf_alert_deliveries (alert_id, sink) VALUES (?, ?) "
                            "ON CONFLICT DO NOTHING", [(alert_id, s.name) for s in self.sinks])
        report.alerts_new += 1

    # --- delivery ----------------------------------------------------------------------------

    def deliver(self, report: CycleReport) -> None:
        """Send every pending delivery; mark each done as soon as its sink accepted it."""
        sinks = {s.name: s for s in self.sinks}
        rows = self.db.execute(
            "SELECT d.alert_id, d.sink, a.payload, d.attempts FROM wf_alert_deliveries d "
            "JOIN wf_alerts a USING (alert_id) WHERE d.status = 'pending' "
            "ORDER BY a.created_at, d.alert_id, d.sink")
        for alert_id, sink_name, payload, attempts in rows:
            sink = sinks.get(sink_name)
            if sink is None:
                continue  # a sink removed from the config: leave its deliveries pending
            # Another watcher on the same database may be sending it, or has sent it (issue 7).
            with self.db.claim(f"delivery\x00{alert_id}\x00{sink_name}") as mine:
                still = mine and self.db.execute(
                    "SELECT attempts FROM wf_alert_deliveries WHERE alert_id = ? AND sink = ? "
                    "AND status = 'pending'", [alert_id, sink_name])
                if not still:
                    continue
                attempts = still[0][0]
                try:
                    sink.send(json.loads(payload))
                except (SinkError, ValueError) as exc:
                    status = "failed" if attempts + 1 >= self.config.max_delivery_attempts else "pending"
                    self.db.execute("UPDATE wf_alert_deliveries SET attempts = attempts + 1, "
                                    "last_error = ?, status = ? WHERE alert_id = ? AND sink = ?",
                                    [str(exc)[:500], status, alert_id, sink_name])
                    report.delivery_errors.append(f"{sink_name}: {exc}")
                    self.log(f"delivery to {sink_name} failed: {exc}")
                    continue
                self.db.execute("UPDATE wf_alert_deliveries SET status = 'delivered', "
                                "attempts = attempts + 1, delivered_at = current_timestamp "
                                "WHERE alert_id = ? AND sink = ?", [alert_id, sink_name])
                report.delivered += 1

    # --- forever -----------------------------------------------------------------------------

    def run_forever(self, *, max_cycles: int | None = None) -> None:
        """Cycle until SIGTERM/SIGINT (the current cycle finishes first) or ``max_cycles``."""
        stop = False

        def _stop(signum: int, frame: Any) -> None:
            nonlocal stop
            stop = True

        old = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            n = 0
            while not stop and (max_cycles is None or n < max_cycles):
                report = self.run_cycle()
                n += 1
                if report.sources_polled:
                    self.log(report.line())
                nap = min([s.interval for s in self.config.sources] + [60.0])
                deadline = time.monotonic() + max(1.0, nap / 4)
                while not stop and time.monotonic() < deadline:
                    time.sleep(0.2)
        finally:
            for s, h in old.items():
                signal.signal(s, h)


def list_alerts(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Past alerts, newest first, each with its per-sink delivery status."""
    db = MonitorDB(store)
    if not db.has_tables():
        return []
    sql = ("SELECT alert_id, rule, key, created_at, summary, payload FROM wf_alerts "
           "ORDER BY created_at DESC, alert_id")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    alerts = db.execute(sql, params)
    deliveries: dict[str, list[str]] = {}
    ids = [r[0] for r in alerts]
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for alert_id, sink, status in db.execute(
                "SELECT alert_id, sink, status FROM wf_alert_deliveries "
                f"WHERE alert_id IN ({marks(len(chunk))}) ORDER BY alert_id, sink", chunk):
            deliveries.setdefault(alert_id, []).append(f"{sink}={status}")
    out = []
    for alert_id, rule, key, created, summary, payload in alerts:
        data = json.loads(payload) if isinstance(payload, str) else dict(payload)
        data.update({"alert_id": alert_id, "rule": rule, "key": key,
                     "created_at": created.isoformat() if created else None, "summary": summary,
                     "deliveries": deliveries.get(alert_id, [])})
        out.append(data)
    return out


def list_clusters(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored clusters (one real-world event each), most mentioned first."""
    db = MonitorDB(store)
    if not db.has_tables():
        return []
    cols = ["cluster_id", "type", "cameo_root", "actor1_country", "actor2_country", "lat", "lon",
            "location_name", "location_country", "date_first", "date_last", "first_seen",
            "last_seen", "mentions", "articles", "sources"]
    sql = (f"SELECT {', '.join(cols)} FROM wf_clusters ORDER BY mentions DESC, date_first, "
           "cluster_id")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [{k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v)
             for k, v in zip(cols, r, strict=True)} for r in db.execute(sql, params)]
