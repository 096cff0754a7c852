"""Polite, guarded HTTP fetching for feeds, pages and webhooks (issue 5).

``Fetcher.get`` fetches one URL and either returns a :class:`Fetched` or raises a
:class:`FetchError`; it never raises anything else for a bad server. What it enforces:

- only ``http``/``https``;
- no private, loopback, link-local, multicast, reserved or unspecified address unless
  ``allow_private`` is set: every DNS answer of every redirect hop is checked before the request,
  and the address actually connected to is checked again before the body is read (so a DNS
  answer that changes between the check and the connection is caught too);
- a per-host minimum interval between requests;
- connect/read timeouts and a wall-clock deadline for the whole body;
- a size cap (``Content-Length`` first, then the bytes actually read);
- an allowed content-type list;
- conditional GET: pass the ``etag``/``last_modified`` of the previous answer and a 304 comes
  back as ``Fetched(not_modified=True)``.

Exceptions::

    FetchError              any fetch that gave no usable body (reason in the message)
     ├── BlockedURL         the scheme or an address is not allowed (SSRF guard)
     ├── TooLarge           over the size cap
     ├── BadContentType     a content type the caller did not ask for
     └── FetchTimeout       connect, read or whole-body deadline passed
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

__all__ = ["Fetcher", "Fetched", "FetchError", "BlockedURL", "TooLarge", "BadContentType",
           "FetchTimeout", "check_url", "is_public_address", "FEED_TYPES", "PAGE_TYPES",
           "USER_AGENT"]

USER_AGENT = "watchfloor/0.1 (+https://github.com/watchfloor; news monitor)"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", "application/json", "text/html")
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch that gave no usable body."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class BlockedURL(FetchError):
    """The URL's scheme or one of its addresses is not allowed."""


class TooLarge(FetchError):
    """The body is over the size cap."""


class BadContentType(FetchError):
    """The server sent a content type the caller did not ask for."""


class FetchTimeout(FetchError):
    """A connect, read or whole-body deadline passed."""


@dataclass
class Fetched:
    """One successful answer (the last hop after redirects)."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


def _addr(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def is_public_address(ip: str) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local...)."""
    addr = _addr(ip)
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
                or addr.is_reserved or addr.is_unspecified or not addr.is_global)


AllowPrivate = bool | Sequence[str]


def _allowed(ip: str, allow_private: AllowPrivate) -> bool:
    if allow_private is True or is_public_address(ip):
        return True
    if not allow_private:
        return False
    addr = _addr(ip)
    return any(addr in ipaddress.ip_network(net, strict=False) for net in allow_private)


Resolver = Callable[[str, int], Sequence[str]]


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def check_url(url: str, *, allow_private: AllowPrivate = False,
              resolver: Resolver | None = None) -> None:
    """Raise :class:`BlockedURL` unless ``url`` is http(s) and every address it resolves to is
    allowed. ``allow_private`` is True (any address) or a list of networks ("127.0.0.1/32")
    allowed besides public ones."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise BlockedURL(url, f"scheme {parts.scheme!r} is not allowed (only http and https)")
    host = parts.hostname
    if not host:
        raise BlockedURL(url, "no host in the URL")
    if allow_private is True:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = list((resolver or _resolve)(host, port))
    except (OSError, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve {host}: {exc}") from exc
    if not addresses:
        raise FetchError(url, f"{host} has no address")
    for ip in addresses:
        if not _allowed(ip, allow_private):
            raise BlockedURL(url, f"{host} resolves to {ip}, a private/loopback/link-local "
                                  "address; set allow_private: true in the config to allow it")


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


class Fetcher:
    """Fetches URLs politely and safely; one per watch process, safe to share between threads.

    allow_private: True allows private/loopback/link-local addresses (intranet feeds); a list
        of networks allows those only (tests: ["127.0.0.1/32"]).
    min_interval: seconds between two requests to the same host.
    timeout: connect and read timeout in seconds; ``deadline`` caps the whole body.
    max_bytes: size cap of a body.
    """

    def __init__(self, *, allow_private: AllowPrivate = False, min_interval: float = 1.0,
                 timeout: float = 10.0, deadline: float = 30.0, max_bytes: int = 5 * 1024 * 1024,
                 user_agent: str = USER_AGENT, resolver: Resolver | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.allow_private = allow_private
        self.min_interval = min_interval
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.resolver = resolver
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._client = httpx.Client(follow_redirects=False, trust_env=False,
                                    timeout=httpx.Timeout(timeout),
                                    headers={"User-Agent": user_agent})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = self._clock()
            ready = self._last.get(host, -1e18) + self.min_interval
            start = max(now, ready)
            self._last[host] = start
        if start > now:
            self._sleep(start - now)

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        if self.allow_private is True:
            return
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer and not _allowed(str(peer[0]), self.allow_private):
            raise BlockedURL(url, f"connected to {peer[0]}, a private/loopback/link-local address")

    def request(self, method: str, url: str, *, headers: dict[str, str] | None = None,
                content: bytes | None = None, accept_types: Sequence[str] | None = None,
                etag: str | None = None, last_modified: str | None = None,
                max_bytes: int | None = None) -> Fetched:
        """One request, following up to 5 redirects, each hop checked. See the module doc."""
        cap = self.max_bytes if max_bytes is None else max_bytes
        hdrs = dict(headers or {})
        if etag:
            hdrs["If-None-Match"] = etag
        if last_modified:
            hdrs["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private=self.allow_private, resolver=self.resolver)
            self._wait_turn(urlsplit(current).hostname or "")
            try:
                return self._one(method, url, current, hdrs, content, accept_types, cap)
            except _Redirect as r:
                current = r.location
                if r.status in (301, 302, 303) and method == "POST":
                    method, content = "GET", None
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def get(self, url: str, **kw: Any) -> Fetched:
        """``request("GET", url, ...)``."""
        return self.request("GET", url, **kw)

    def _one(self, method: str, url: str, current: str, hdrs: dict[str, str],
             content: bytes | None, accept_types: Sequence[str] | None, cap: int) -> Fetched:
        started = time.monotonic()
        try:
            with self._client.stream(method, current, headers=hdrs, content=content) as resp:
                self._check_peer(current, resp)
                if resp.status_code in (301, 302, 303, 307, 308):
                    loc = resp.headers.get("location")
                    if not loc:
                        raise FetchError(url, f"redirect {resp.status_code} without a Location")
                    raise _Redirect(resp.status_code, urljoin(current, loc))
                etag = resp.headers.get("etag")
                modified = resp.headers.get("last-modified")
                ctype = _media_type(resp.headers.get("content-type"))
                if resp.status_code == 304:
                    return Fetched(url, current, 304, b"", ctype, etag, modified, not_modified=True)
                if resp.status_code >= 400:
                    raise FetchError(url, f"HTTP {resp.status_code}")
                if accept_types is not None and ctype and ctype not in accept_types:
                    raise BadContentType(url, f"content type {ctype!r} is not one of "
                                              f"{', '.join(accept_types)}")
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > cap:
                    raise TooLarge(url, f"Content-Length {int(length)} is over the {cap}-byte cap")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLarge(url, f"body is over the {cap}-byte cap")
                    if time.monotonic() - started > self.deadline:
                        raise FetchTimeout(url, f"body took over {self.deadline:.0f}s")
                    chunks.append(chunk)
                return Fetched(url, current, resp.status_code, b"".join(chunks), ctype, etag,
                               modified, headers=dict(resp.headers))
        except httpx.TimeoutException as exc:
            raise FetchTimeout(url, f"timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc


class _Redirect(Exception):
    def __init__(self, status: int, location: str) -> None:
        super().__init__(location)
        self.status = status
        self.location = location
