"""Issue 5: watch rules, clustering, near-duplicates, sinks and the watch cycle.

The cycle tests run against a real HTTP server and SMTP stub on 127.0.0.1, with the real store
and a marker-based stand-in for the NLP pipeline (the real pipeline: test_monitor_kill.py).
"""
from __future__ import annotations

import datetime as dt
import email
import hashlib
import hmac
import json

import pytest

from watchfloor.monitor import Watcher, list_alerts, list_clusters, parse_config
from watchfloor.monitor.cluster import ClusterParams, assign
from watchfloor.monitor.config import ConfigError
from watchfloor.monitor.dedupe import NearDuplicateIndex, shingles, signature, similarity
from watchfloor.monitor.rules import RuleError, Spike, parse_rule, spike_fires, window_counts
from watchfloor.monitor.sinks import EmailSink, JsonlSink, SinkError, WebhookSink
from watchfloor.monitor.testing import LocalServer, Response, SmtpStub, make_event, marker_extract
from watchfloor.ingest.fetch import Fetcher
from watchfloor.store import open_store

LOOP = ["127.0.0.1/32"]
BODY = ("Units of the army led by Field Marshal Khalifa Haftar were deployed on Tuesday to "
        "positions near the border town of Ghat, according to officials in the region, who said "
        "the convoy of armoured vehicles had crossed the desert from Sebha over several days. "
        "Residents described long lines of trucks and fuel tankers moving south along the main "
        "road, and local councils asked the government for information about the deployment. ")

ACCUSE_BODY = ("The Algerian foreign ministry accused the authorities in Tripoli of letting armed "
               "groups gather on its frontier and summoned the Libyan charge d'affaires, a statement "
               "carried by the state news agency said on Thursday, in the sharpest exchange between "
               "the two neighbours in years. Diplomats in Algiers described the tone as unusual. ")


# --- rules -------------------------------------------------------------------------------------

def day(s):
    return dt.date.fromisoformat(s)


def test_filters_and_geography():
    rule = parse_rule({"types": ["MOBILIZE"], "border": {"countries": ["DZA", "LBY"], "km": 100},
                       "factuality": ["asserted"], "min_confidence": 0.5, "sectors": ["MIL"]})
    assert rule.matcher.matches(make_event("d"))
    assert not rule.matcher.matches(make_event("d", border_km=150))
    assert not rule.matcher.matches(make_event("d", factuality="speculative"))
    assert not rule.matcher.matches(make_event("d", confidence=0.2))
    assert not rule.matcher.matches(make_event("d", type="ASSAULT"))
    assert not rule.matcher.matches(make_event("d", a1=("LBY", "GOV")))
    near = parse_rule({"near": {"lat": 24.55, "lon": 9.48, "km": 100}})  # Djanet
    assert near.matcher.matches(make_event("d", lat=24.97, lon=10.18))      # Ghat, ~85 km
    assert not near.matcher.matches(make_event("d", lat=32.9, lon=13.2))     # Tripoli
    assert not near.matcher.matches(make_event("d", lat=None))
    box = parse_rule({"bbox": [7.5, 23.5, 11.0, 27.5], "cameo_roots": ["15"], "actor_countries": ["LBY"]})
    assert box.matcher.matches(make_event("d"))
    region = parse_rule({"region": "Fezzan", "acled_types": ["battles"], "location_countries": ["LBY"]})
    assert region.matcher.matches(make_event("d", type="ASSAULT", lat=26.5, lon=14.0))
    assert not region.matcher.matches(make_event("d", type="MOBILIZE", lat=26.5, lon=14.0))


def test_unmapped_location_matches_no_spatial_rule():
    # a place named but not on the map (issue 4): spatial rules skip it, a region rule by name holds it
    import dataclasses

    from watchfloor.model import Place

    ev = make_event("d")
    ev = dataclasses.replace(ev, location=Place(start=0, end=6, text="Fezzan", name="Fezzan", lat=None, lon=None,
                                                flags=["unresolved", "unmapped"]))
    for spec in ({"near": {"lat": 24.55, "lon": 9.48, "km": 100}}, {"bbox": [7.5, 23.5, 11.0, 27.5]},
                 {"border": {"countries": ["DZA", "LBY"], "km": 100}}):
        assert not parse_rule(spec).matcher.matches(ev)
    assert parse_rule({"region": "Fezzan"}).matcher.matches(ev)
    assert parse_rule({"types": ["MOBILIZE"]}).matcher.matches(ev)


def test_bad_rules_say_why():
    with pytest.raises(RuleError, match="PLOVER"):
        parse_rule({"types": ["INVADE"]})
    with pytest.raises(RuleError, match="unknown key"):
        parse_rule({"tpyes": ["ASSAULT"]})
    with pytest.raises(RuleError, match="unknown region"):
        parse_rule({"region": "Atlantis"})
    with pytest.raises(ConfigError, match="no sources"):
        parse_config({"rules": []})


def test_spike_statistics():
    sp = Spike(window_days=1, baseline_days=30, sigma=3, min_count=3)
    ref = day("2025-06-30")
    quiet = [ref - dt.timedelta(days=d) for d in range(1, 30, 3)]  # ~1 every 3 days
    count, before = window_counts(quiet + [ref] * 5, ref, sp)
    assert count == 5 and len(before) == 30 and sum(before) == 10
    assert spike_fires(before, count, sp)[0]
    assert not spike_fires(before, 2, sp)[0]            # under min_count
    busy = [ref - dt.timedelta(days=d) for d in range(1, 31) for _ in range(5)]
    _, before = window_counts(busy, ref, sp)
    assert not spike_fires(before, 6, sp)[0]            # a normal day in a busy region


# --- clustering and near-duplicates ------------------------------------------------------------

def test_clustering_same_event_across_articles():
    p = ClusterParams(km=50, days=2)
    evs = [make_event("a"), make_event("b", lat=25.1, lon=10.3, date="2025-06-11"),
           make_event("c", a1=("DZA", "MIL")),                          # other actor
           make_event("d", lat=32.9, lon=13.2),                           # Tripoli: too far
           make_event("e", date="2025-06-20"),                            # too late
           make_event("f", type="ASSAULT"),                               # other type
           make_event("g", a1=(None, "MIL"), lat=None, country="LBY")]   # unknown actor country, no coords
    clusters = []
    out = assign([(e, day(e.date)) for e in evs], clusters, p)
    ids = {e.doc_id: c.cluster_id for e, c in out}
    assert ids["a"] == ids["b"] == ids["g"]
    assert len({ids[k] for k in "acdef"}) == 5
    assert clusters[0].date_last == day("2025-06-11")


def test_meetings_with_different_partners_are_different_events():
    """A reciprocal event's partner is its second party: Libya meeting Algeria and Libya meeting
    Tunisia the same day in the same city are two events, two reports of one meeting one."""
    import dataclasses

    from watchfloor.model import Actor

    p = ClusterParams(km=50, days=2)
    base = make_event("a", type="CONSULT", a1=("LBY", "GOV"))
    evs = [dataclasses.replace(base, doc_id=doc, event_id="", partner=Actor("y", 0, 1, country=other, sector="GOV"))
           for doc, other in (("a", "DZA"), ("b", "DZA"), ("c", "TUN"))]
    ids = {e.doc_id: c.cluster_id for e, c in assign([(e, day(e.date)) for e in evs], [], p)}
    assert ids["a"] == ids["b"] != ids["c"]


def test_a_meeting_is_a_dyad_for_new_dyad_rules():
    import dataclasses

    from watchfloor.model import Actor
    from watchfloor.monitor.rules import EventMatcher, NewDyad

    e = dataclasses.replace(make_event("a", type="CONSULT", a1=("LBY", "GOV")),
                            partner=Actor("y", 0, 1, country="DZA", sector="GOV"))
    assert e.actor2 is None and NewDyad().dyad(e) == "DZA<>LBY"
    assert EventMatcher(actor_countries=("DZA",)).matches(e)
    assert not EventMatcher(actor2_countries=("DZA",)).matches(e)  # a partner is no target


def test_near_duplicates():
    wire = BODY * 2
    copy = "Reuters - " + wire.replace("Tuesday", "Tuesday morning", 1) + " Reporting by staff."
    a, b = shingles(wire), shingles(copy)
    assert len(a & b) / len(a | b) > 0.85  # a light edit: the estimate's noise stays above 0.8
    other = ("Delegations of the two governments met in Tunis for talks on the water-sharing "
             "agreement, a diplomat said, adding that a second round would follow in July. ") * 3
    idx = NearDuplicateIndex(0.8)
    idx.add("wire", signature(wire))
    hit = idx.query(signature(copy))
    assert hit is not None and hit[0] == "wire" and hit[1] >= 0.8
    assert idx.query(signature(other)) is None
    assert similarity(signature(wire), signature(other)) < 0.2


# --- sinks -------------------------------------------------------------------------------------

ALERT = {"alert_id": "abc123", "rule": "r", "summary": "MOBILIZE at Ghat", "events": [
    {"type": "MOBILIZE", "date": "2025-06-10", "place": "Ghat", "evidence": "Troops were deployed.",
     "url": "https://example.com/a"}]}


def test_webhook_signs_and_retries(monkeypatch):
    monkeypatch.setenv("WF_TEST_SECRET", "s3cret")
    calls = []

    def hook(req):
        calls.append(req)
        return Response(503 if len(calls) < 3 else 200, b"")
    with LocalServer() as server, Fetcher(allow_private=LOOP, min_interval=0) as f:
        server.routes["/hook"] = hook
        sink = WebhookSink(server.url("/hook"), fetcher=f, secret="s3cret", retries=3, backoff=0.01)
        sink.send(ALERT)
        assert len(calls) == 3
        req = calls[-1]
        expected = "sha256=" + hmac.new(b"s3cret", req.body, hashlib.sha256).hexdigest()
        assert req.headers["x-watchfloor-signature"] == expected
        assert req.headers["x-watchfloor-alert-id"] == "abc123"
        assert json.loads(req.body)["rule"] == "r"
        server.routes["/hook"] = Response(500, b"")
        with pytest.raises(SinkError):
            WebhookSink(server.url("/hook"), fetcher=f, retries=1, backoff=0.01).send(ALERT)
        server.routes["/bad"] = Response(400, b"")
        n = len(server.requests)
        with pytest.raises(SinkError):
            WebhookSink(server.url("/bad"), fetcher=f, retries=3, backoff=0.01).send(ALERT)
        assert len(server.requests) == n + 1  # a 4xx is not retried


def test_webhook_to_private_address_is_blocked_by_default():
    with LocalServer() as server, Fetcher(min_interval=0) as f:
        server.routes["/hook"] = Response(200, b"")
        with pytest.raises(SinkError, match="private"):
            WebhookSink(server.url("/hook"), fetcher=f, retries=0).send(ALERT)
        assert server.requests == []


def test_email_sink():
    with SmtpStub() as smtp:
        EmailSink(host="127.0.0.1", port=smtp.port, sender="wf@localhost", to=["analyst@localhost"]).send(ALERT)
        (raw,) = smtp.messages
    msg = email.message_from_bytes(raw)
    assert msg["Message-ID"] == "<abc123@watchfloor>" and "MOBILIZE at Ghat" in msg["Subject"]
    assert "Troops were deployed." in msg.get_payload()


def test_jsonl_sink_is_idempotent_and_survives_a_torn_line(tmp_path):
    path = tmp_path / "alerts.jsonl"
    path.write_text('{"alert_id": "old"}\n{"alert_id": "tor')
    JsonlSink(path).send(ALERT)
    JsonlSink(path).send(ALERT)
    lines = path.read_text().splitlines()
    assert [json.loads(x)["alert_id"] for x in lines if x.endswith("}")] == ["old", "abc123"]


# --- the watch cycle ---------------------------------------------------------------------------

def rss(items):
    xml = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
                  f"<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate><description>{body}</description></item>"
                  for t, link, body in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{xml}</channel></rss>'.encode()


MOB = "[[MOBILIZE|LBY|MIL|||24.97|10.18|LBY|2025-06-10]]"
MOB2 = "[[MOBILIZE|LBY|MIL|||25.05|10.25|LBY|2025-06-11]]"
ACC = "[[ACCUSE|DZA|GOV|LBY|GOV|||DZA|2025-06-12]]"


@pytest.fixture()
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("WF_HOOK_SECRET", "k")
    with LocalServer() as server, SmtpStub() as smtp:
        hooks = []

        def hook(req):
            hooks.append(req)
            return Response(200, b"ok")
        server.routes["/hook"] = hook
        server.routes["/a.xml"] = Response(200, rss([
            ("Deployment near Ghat", "http://127.0.0.1/x/1?utm_source=rss", BODY + MOB),
            ("Algeria accuses Libya", "http://127.0.0.1/x/2", ACCUSE_BODY + ACC)]),
            {"Content-Type": "application/rss+xml", "ETag": '"a1"'})
        # a syndicated copy of item 1 (another outlet, another URL) and a second report of the event
        server.routes["/b.xml"] = Response(200, rss([
            ("Deployment near Ghat (AFP)", "http://127.0.0.1/y/9", "AFP - " + BODY + MOB + " Reporting by AFP."),
            ("More troops at Ghat", "http://127.0.0.1/y/10", ("Another report said columns reached the "
             "area a day later and set up camp outside the town. " * 6) + MOB2)]),
            {"Content-Type": "application/rss+xml"})
        server.routes["/slow.xml"] = Response(200, rss([]), {"Content-Type": "application/rss+xml"}, delay=3)
        server.routes["/broken.xml"] = Response(200, b"<html>oops</html>", {"Content-Type": "text/html"})
        server.routes["/moved.xml"] = Response(302, b"", {"Location": "http://169.254.169.254/feed"})
        server.routes["/huge.html"] = Response(200, b"<p>" + b"z" * 3_000_000, {"Content-Type": "text/html"})
        drops = tmp_path / "drops"
        drops.mkdir()
        cfg = {
            "allow_private": LOOP, "fetch": {"min_interval": 0, "timeout": 1, "max_bytes": 1_000_000},
            "sources": [{"name": "outlet-a", "feed": server.url("/a.xml")},
                        {"name": "outlet-b", "feed": server.url("/b.xml")},
                        {"name": "slow", "feed": server.url("/slow.xml")},
                        {"name": "broken", "feed": server.url("/broken.xml")},
                        {"name": "moved", "feed": server.url("/moved.xml")},
                        {"name": "huge", "page": server.url("/huge.html")},
                        {"name": "gone", "feed": "http://127.0.0.1:9/none.xml"},
                        {"name": "drops", "jsonl": str(drops)}],
            "rules": [{"name": "near-border", "types": ["MOBILIZE"],
                       "near": {"lat": 24.55, "lon": 9.48, "km": 150}},
                      {"name": "widely-reported", "types": ["MOBILIZE"], "min_sources": 3},
                      {"name": "new-dyad", "types": ["ACCUSE"], "new_dyad": {"days": 30}}],
            "sinks": [{"webhook": server.url("/hook"), "secret_env": "WF_HOOK_SECRET", "backoff": 0.01},
                      {"jsonl": str(tmp_path / "alerts.jsonl")},
                      {"email": {"host": "127.0.0.1", "port": smtp.port, "to": ["a@localhost"]}}],
        }
        yield {"server": server, "smtp": smtp, "hooks": hooks, "cfg": cfg, "db": tmp_path / "wf.duckdb",
               "drops": drops, "tmp": tmp_path}


def cycle(w, **kw):
    with open_store(w["db"]) as store:
        watcher = Watcher(parse_config(w["cfg"]), store, extract_fn=marker_extract, log=lambda m: None)
        try:
            return watcher.run_cycle(force=True, **kw)
        finally:
            watcher.close()


def test_watch_cycle_ingests_clusters_and_alerts_once(world):
    r = cycle(world)
    errors = " | ".join(r.source_errors)
    assert len(r.source_errors) == 5, errors  # slow, broken, moved, huge, gone: each reported
    for word in ("Timeout", "not an RSS", "169.254.169.254", "cap", "gone"):
        assert word in errors
    assert r.articles_new == 3 and r.near_duplicates == 1
    with open_store(world["db"]) as store:
        clusters = {c["type"]: c for c in list_clusters(store)}
        alerts = list_alerts(store)
    mob = clusters["MOBILIZE"]
    # item 1, its AFP copy (one article, two sources) and a second report a day later, 60 km away
    assert (mob["mentions"], mob["articles"], mob["sources"]) == (3, 3, 2)
    assert mob["date_first"] == "2025-06-10" and mob["date_last"] == "2025-06-11"
    assert sorted(a["rule"] for a in alerts) == ["near-border", "new-dyad"]
    assert all(a["deliveries"] == ["email-3=delivered", "jsonl-2=delivered", "webhook-1=delivered"]
               for a in alerts)
    near = next(a for a in alerts if a["rule"] == "near-border")
    assert {e["url"] for e in near["events"]} >= {"https://127.0.0.1/x/1"}
    assert any("Units of the army" in e["evidence"] or "MOBILIZE" in e["evidence"] for e in near["events"])
    assert len(world["hooks"]) == 2 and len(world["smtp"].messages) == 2
    # a second cycle: feeds unchanged or seen, nothing new, nothing re-sent
    r2 = cycle(world)
    assert r2.articles_new == 0 and r2.alerts_new == 0 and r2.delivered == 0
    assert len(world["hooks"]) == 2
    etag_requests = [q for q in world["server"].requests if q.path == "/a.xml"]
    assert etag_requests[-1].headers.get("if-none-match") == '"a1"'
    # a third outlet carries the story: the cluster reaches 3 sources, one more alert
    (world["drops"] / "wire.jsonl").write_text(json.dumps(
        {"text": "Wire: " + BODY + " Additional reporting. " + MOB2.replace("25.05", "25.0"),
         "url": "https://wire.example/ghat", "source": "wire", "published": "2025-06-11"}) + "\n")
    r3 = cycle(world)
    assert r3.alerts_new == 1 and len(world["hooks"]) == 3
    with open_store(world["db"]) as store:
        assert sorted(a["rule"] for a in list_alerts(store)) == ["near-border", "new-dyad", "widely-reported"]
    lines = (world["tmp"] / "alerts.jsonl").read_text().splitlines()
    assert len(lines) == 3 and len({json.loads(x)["alert_id"] for x in lines}) == 3


def test_failed_delivery_is_retried_next_cycle(world):
    calls = []

    def flaky(req):
        calls.append(req)
        return Response(500 if len(calls) <= 4 else 200, b"")
    world["server"].routes["/hook"] = flaky
    world["cfg"]["sinks"] = [{"webhook": world["server"].url("/hook"), "retries": 1, "backoff": 0.01}]
    r = cycle(world)
    assert r.alerts_new == 2 and r.delivered == 0 and len(r.delivery_errors) == 2
    r2 = cycle(world)
    assert r2.delivered == 2 and r2.alerts_new == 0
    ids = [c.headers["x-watchfloor-alert-id"] for c in calls[4:]]
    assert len(ids) == len(set(ids)) == 2


def test_ssrf_guard_blocks_feeds_without_allow_private(world):
    world["cfg"]["allow_private"] = False
    r = cycle(world)
    assert r.articles_new == 0
    assert any("outlet-a" in e and "private" in e for e in r.source_errors)
    assert not [q for q in world["server"].requests if q.path in ("/a.xml", "/b.xml")]
