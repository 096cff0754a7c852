"""`ingest`/`extract` read RSS/Atom feeds and pages by URL (CONTRACT), from a real local server."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from watchfloor.ingest import DocError, read_documents
from watchfloor.model import Article
from watchfloor.monitor.testing import LocalServer, Response

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "watchfloor.cli"]

PAGE = (b"<html><head><title>Clashes near Goma</title></head><body><nav>Home</nav><article><p>"
        b"M23 rebels attacked army positions near Goma on Monday, killing four soldiers, the army "
        b"said in a statement issued in the evening after the fighting had stopped.</p>"
        b"</article></body></html>")


def _feed(server: LocalServer) -> bytes:
    link = server.url("/story.html")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Clashes near Goma</title><link>{link}</link>"
            f"<description>Fighting near Goma.</description>"
            f"<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate></item>"
            f"</channel></rss>").encode()


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with LocalServer() as srv:
        srv.routes["/story.html"] = Response(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        srv.routes["/feed.xml"] = Response(200, _feed(srv), {"Content-Type": "application/rss+xml"})
        srv.routes["/junk"] = Response(200, b"\x00\x01binary", {"Content-Type": "application/octet-stream"})
        yield srv


def test_loopback_urls_are_refused_unless_allowed(server: LocalServer) -> None:
    got = list(read_documents(server.url("/story.html")))
    assert len(got) == 1 and isinstance(got[0], DocError)
    got = list(read_documents(server.url("/story.html"), allow_private=True))
    assert isinstance(got[0], Article) and "M23 rebels attacked" in got[0].text


def test_feed_teasers_are_replaced_by_their_pages(server: LocalServer) -> None:
    got = list(read_documents(server.url("/feed.xml"), allow_private=True))
    assert len(got) == 1 and isinstance(got[0], Article)
    assert "killing four soldiers" in got[0].text and got[0].title == "Clashes near Goma"


def test_wrong_content_type_is_a_reported_error(server: LocalServer) -> None:
    got = list(read_documents(server.url("/junk"), allow_private=True))
    assert isinstance(got[0], DocError) and got[0].where.endswith("/junk")


@pytest.mark.slow
def test_ingest_a_feed_url_once(server: LocalServer, tmp_path: Path) -> None:
    db = str(tmp_path / "wf.duckdb")
    for _ in range(2):
        p = subprocess.run([*CLI, "ingest", server.url("/feed.xml"), "--db", db, "--allow-private"],
                           capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert p.returncode == 0, p.stderr
    out = subprocess.run([*CLI, "events", "--db", db, "--format", "jsonl", "--mentions"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300).stdout
    events = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert events and any(e["type"] == "ASSAULT" for e in events)
    assert len({e["event_id"] for e in events}) == len(events)
