"""Local stand-ins for the outside world, for tests and the soak script: a threaded HTTP server
on 127.0.0.1 (feeds, pages, a webhook receiver) and a tiny SMTP receiver. Loopback only."""
from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["LocalServer", "Response", "Received", "SmtpStub"]


@dataclass
class Response:
    status: int = 200
    body: bytes | Callable[[], Any] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class LocalServer:
    """``routes[path] = Response | callable(Received) -> Response``; every request is recorded
    in ``requests``. ``url(path)`` gives its address."""

    def __init__(self) -> None:
        self.routes: dict[str, Any] = {}
        self.requests: list[Received] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                got = Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                               body)
                with outer.lock:
                    outer.requests.append(got)
                    route = outer.routes.get(self.path.split("?", 1)[0])
                resp = route(got) if callable(route) else route
                if resp is None:
                    resp = Response(404, b"not found")
                if resp.delay:
                    time.sleep(resp.delay)
                try:
                    self.send_response(resp.status)
                    for k, v in resp.headers.items():
                        self.send_header(k, v)
                    if callable(resp.body):  # a generator of chunks: no Content-Length
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        for chunk in resp.body():
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.write(b"0\r\n\r\n")
                    else:
                        self.send_header("Content-Length", str(len(resp.body)))
                        self.end_headers()
                        if self.command != "HEAD":
                            self.wfile.write(resp.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_HEAD = _serve

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SmtpStub:
    """Just enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, QUIT) to receive messages in ``messages``."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                def say(line: str) -> None:
                    self.wfile.write(line.encode() + b"\r\n")
                    self.wfile.flush()
                say("220 localhost stub")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    cmd = line.strip().upper()
                    if cmd.startswith((b"EHLO", b"HELO")):
                        say("250 localhost")
                    elif cmd.startswith((b"MAIL", b"RCPT", b"RSET", b"NOOP")):
                        say("250 ok")
                    elif cmd == b"DATA":
                        say("354 go on")
                        data = []
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                        outer.messages.append(b"".join(data))
                        say("250 queued")
                    elif cmd == b"QUIT":
                        say("221 bye")
                        return
                    else:
                        say("502 not implemented")

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SmtpStub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_event(doc_id: str, type: str = "MOBILIZE", *, a1: tuple[str | None, str | None] = ("LBY", "MIL"),
               a2: tuple[str | None, str | None] | None = None, lat: float | None = 24.97,
               lon: float | None = 10.18, country: str | None = "LBY", place: str = "Ghat",
               date: str | None = "2025-06-10", start: int = 0, factuality: str = "asserted",
               confidence: float = 0.8, border_km: float | None = 15.0,
               border_with: str | None = "DZA", cameo: str | None = None,
               evidence: str = "Troops were deployed.") -> Any:
    """A hand-built Event for rule and clustering tests (no model needed)."""
    from watchfloor.model import Acled, Actor, Event, Place, TextSpan

    codes = {"MOBILIZE": ("154", 4, -7.2), "ASSAULT": ("190", 4, -10.0), "ACCUSE": ("112", 3, -2.0),
             "CONSULT": ("040", 1, 1.0), "PROTEST": ("141", 3, -6.5)}
    c, q, g = codes.get(type, ("010", 1, 0.0))
    loc = None if lat is None or lon is None else Place(
        start=start, end=start + len(place), text=place, name=place, lat=lat, lon=lon,
        country=country, feature="city", border_km=border_km, border_with=border_with)
    return Event(doc_id=doc_id, type=type, cameo=cameo or c, quad_class=q, goldstein=g,
                 trigger=TextSpan(start, start + 5, "moved"),
                 evidence=TextSpan(start, start + len(evidence), evidence),
                 acled=Acled("Battles", "Armed clash") if type == "ASSAULT" else None,
                 actor1=Actor("x", start, start + 1, name=a1[0], country=a1[0], sector=a1[1]) if a1 else None,
                 actor2=Actor("y", start, start + 1, name=a2[0], country=a2[0], sector=a2[1]) if a2 else None,
                 location=loc, date=date, factuality=factuality, confidence=confidence)


def marker_extract(articles: Any, *, workers: int | None = None) -> Any:
    """A stand-in for ``pipeline.extract``: events from ``[[TYPE|A1|S1|A2|S2|lat|lon|ISO3|date]]``
    markers in the text (empty fields are None). For tests and the soak script's stub mode."""
    import re

    from watchfloor.pipeline import DocResult

    pat = re.compile(r"\[\[([A-Z]+)\|([^|\]]*)\|([^|\]]*)\|([^|\]]*)\|([^|\]]*)\|([^|\]]*)\|"
                     r"([^|\]]*)\|([^|\]]*)\|([^|\]]*)\]\]")
    for a in articles:
        events = []
        for m in pat.finditer(a.text):
            t, c1, s1, c2, s2, lat, lon, iso, date = (g or None for g in m.groups())
            events.append(make_event(a.id, t or "MOBILIZE", a1=(c1, s1) if c1 or s1 else None,
                                     a2=(c2, s2) if c2 or s2 else None,
                                     lat=float(lat) if lat else None, lon=float(lon) if lon else None,
                                     country=iso, date=date, start=m.start(),
                                     border_km=None, border_with=None, evidence=m.group(0)))
        yield DocResult(a, events)
