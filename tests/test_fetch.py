"""Issue 5: polite, guarded fetching against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import time

import pytest

from watchfloor.ingest.fetch import (BadContentType, BlockedURL, FetchError, Fetcher,
                                     FetchTimeout, TooLarge, check_url)
from watchfloor.monitor.testing import LocalServer, Response

LOOPBACK = ["127.0.0.1/32"]


@pytest.fixture()
def server():
    with LocalServer() as s:
        yield s


def test_loopback_is_blocked_without_allow_private(server):
    server.routes["/a"] = Response(200, b"hello", {"Content-Type": "text/plain"})
    with Fetcher(min_interval=0) as f, pytest.raises(BlockedURL, match="private"):
        f.get(server.url("/a"))
    assert server.requests == []  # refused before any connection


def test_loopback_allowed_when_configured(server):
    server.routes["/a"] = Response(200, b"hello", {"Content-Type": "text/plain"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f:
        assert f.get(server.url("/a")).content == b"hello"


def test_redirect_to_private_address_is_blocked(server):
    server.routes["/r"] = Response(302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
    server.routes["/r2"] = Response(301, b"", {"Location": "http://10.1.2.3/admin"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f:
        with pytest.raises(BlockedURL, match="169.254.169.254"):
            f.get(server.url("/r"))
        with pytest.raises(BlockedURL, match="10.1.2.3"):
            f.get(server.url("/r2"))


def test_redirect_to_other_scheme_is_blocked(server):
    server.routes["/r"] = Response(302, b"", {"Location": "file:///etc/passwd"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f, pytest.raises(BlockedURL, match="scheme"):
        f.get(server.url("/r"))


def test_allowed_redirect_is_followed(server):
    server.routes["/old"] = Response(301, b"", {"Location": "/new"})
    server.routes["/new"] = Response(200, b"moved here", {"Content-Type": "text/plain"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f:
        got = f.get(server.url("/old"))
    assert got.content == b"moved here" and got.final_url.endswith("/new")


def test_any_private_dns_answer_blocks():
    def resolver(host, port):
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(BlockedURL, match="10.0.0.7"):
        check_url("http://news.example/feed", resolver=resolver)
    check_url("http://news.example/feed", resolver=lambda h, p: ["93.184.216.34"])


def test_connected_address_is_checked_again(server):
    """A DNS answer that said 'public' but a connection that reached loopback (rebinding)."""
    server.routes["/a"] = Response(200, b"secret", {"Content-Type": "text/plain"})
    url = f"http://localhost:{server.port}/a"
    with Fetcher(min_interval=0, resolver=lambda h, p: ["93.184.216.34"]) as f:
        with pytest.raises(BlockedURL, match="connected to"):
            f.get(url)


def test_slow_server_times_out(server):
    server.routes["/slow"] = Response(200, b"late", delay=2.0)
    with Fetcher(allow_private=LOOPBACK, min_interval=0, timeout=0.3) as f:
        t = time.monotonic()
        with pytest.raises(FetchTimeout):
            f.get(server.url("/slow"))
        assert time.monotonic() - t < 1.5


def test_huge_page_is_capped_by_length_and_by_bytes(server):
    server.routes["/big"] = Response(200, b"x" * 200_000, {"Content-Type": "text/html"})

    def chunks():
        for _ in range(100):
            yield b"y" * 10_000
    server.routes["/stream"] = Response(200, chunks, {"Content-Type": "text/html"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0, max_bytes=50_000) as f:
        with pytest.raises(TooLarge, match="Content-Length"):
            f.get(server.url("/big"))
        with pytest.raises(TooLarge, match="body"):
            f.get(server.url("/stream"))


def test_content_type_is_checked(server):
    server.routes["/img"] = Response(200, b"\x89PNG", {"Content-Type": "image/png"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f, pytest.raises(BadContentType):
        f.get(server.url("/img"), accept_types=("text/html",))


def test_http_errors_and_missing_server(server):
    server.routes["/gone"] = Response(410, b"gone")
    with Fetcher(allow_private=LOOPBACK, min_interval=0, timeout=1) as f:
        with pytest.raises(FetchError, match="HTTP 410"):
            f.get(server.url("/gone"))
        from watchfloor.monitor.testing import free_port
        with pytest.raises(FetchError):
            f.get(f"http://127.0.0.1:{free_port()}/nothing")


def test_conditional_get(server):
    def handler(req):
        if req.headers.get("if-none-match") == '"v1"':
            return Response(304, b"")
        return Response(200, b"<rss/>", {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                         "Last-Modified": "Tue, 10 Jun 2025 08:00:00 GMT"})
    server.routes["/feed"] = handler
    with Fetcher(allow_private=LOOPBACK, min_interval=0) as f:
        first = f.get(server.url("/feed"))
        assert first.etag == '"v1"' and first.last_modified.startswith("Tue")
        second = f.get(server.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.content == b""
    assert server.requests[-1].headers["if-modified-since"].startswith("Tue")


def test_per_host_interval(server):
    server.routes["/a"] = Response(200, b"a", {"Content-Type": "text/plain"})
    with Fetcher(allow_private=LOOPBACK, min_interval=0.3) as f:
        t = time.monotonic()
        for _ in range(3):
            f.get(server.url("/a"))
        assert time.monotonic() - t >= 0.55
