"""Alert sinks: stdout, a JSONL file, a webhook (signed JSON POST), email over SMTP.

Each sink has ``send(alert: dict) -> None`` and raises :class:`SinkError` when the alert was not
accepted; the watcher then keeps the delivery pending and retries it next cycle. Every alert
carries a stable ``alert_id`` so a receiver can drop the one duplicate that a kill between "the
receiver accepted it" and "the watcher recorded that" can cause: the webhook sends it as
``X-Watchfloor-Alert-Id``, email as the Message-ID, and the JSONL sink skips ids already in its
file.

Register sink kinds in ``SINKS`` (kind -> factory from the config mapping and the watch config).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol, TextIO

from watchfloor.ingest.fetch import FetchError, Fetcher

__all__ = ["Sink", "SinkError", "StdoutSink", "JsonlSink", "WebhookSink", "EmailSink", "SINKS",
           "make_sink", "sign", "SIGNATURE_HEADER", "ALERT_ID_HEADER"]

SIGNATURE_HEADER = "X-Watchfloor-Signature"
ALERT_ID_HEADER = "X-Watchfloor-Alert-Id"


class SinkError(Exception):
    """The sink did not accept the alert (the delivery stays pending)."""


class Sink(Protocol):
    name: str

    def send(self, alert: dict[str, Any]) -> None: ...


def sign(secret: str, body: bytes) -> str:
    """The signature header value: ``sha256=`` + HMAC-SHA256(secret, body) in hex."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _body(alert: dict[str, Any]) -> bytes:
    return json.dumps(alert, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")


class StdoutSink:
    """One line per alert on standard output (or any text stream)."""

    def __init__(self, name: str = "stdout", stream: TextIO | None = None,
                 format: str = "text") -> None:
        self.name = name
        self.stream = stream
        self.format = format

    def send(self, alert: dict[str, Any]) -> None:
        out = self.stream or sys.stdout
        if self.format == "jsonl":
            out.write(_body(alert).decode() + "\n")
        else:
            out.write(f"[{alert['rule']}] {alert['summary']}\n")
        out.flush()


class JsonlSink:
    """Appends one JSON line per alert to a file, fsynced; ids already in the file are skipped."""

    def __init__(self, path: str | os.PathLike[str], name: str | None = None) -> None:
        self.path = Path(path)
        self.name = name or f"jsonl:{self.path}"
        self._ids: set[str] | None = None

    def _known(self) -> set[str]:
        if self._ids is None:
            self._ids = set()
            if self.path.exists():
                with self.path.open("rb") as fh:
                    for line in fh:
                        try:
                            self._ids.add(json.loads(line)["alert_id"])
                        except (ValueError, KeyError, TypeError):
                            continue  # a line torn by a kill: its alert is re-sent
        return self._ids

    def send(self, alert: dict[str, Any]) -> None:
        if alert["alert_id"] in self._known():
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as fh:
                if fh.tell() > 0:
                    # a torn last line (killed mid-write) must not swallow this one
                    with self.path.open("rb") as rd:
                        rd.seek(-1, os.SEEK_END)
                        if rd.read(1) != b"\n":
                            fh.write(b"\n")
                fh.write(_body(alert) + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise SinkError(f"{self.path}: {exc}") from exc
        self._known().add(alert["alert_id"])


class WebhookSink:
    """POSTs the alert as JSON, signed with HMAC-SHA256 when a secret is set; retries 5xx,
    429 and connection errors with exponential backoff."""

    def __init__(self, url: str, *, fetcher: Fetcher, secret: str | None = None,
                 retries: int = 3, backoff: float = 0.5, name: str | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url
        self.fetcher = fetcher
        self.secret = secret
        self.retries = max(0, retries)
        self.backoff = backoff
        self.name = name or f"webhook:{url}"
        self._sleep = sleep

    def send(self, alert: dict[str, Any]) -> None:
        body = _body(alert)
        headers = {"Content-Type": "application/json", ALERT_ID_HEADER: alert["alert_id"]}
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(self.secret, body)
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self._sleep(self.backoff * 2 ** (attempt - 1))
            try:
                self.fetcher.request("POST", self.url, headers=headers, content=body,
                                     max_bytes=64 * 1024)
                return
            except FetchError as exc:
                last = exc.reason
                if "HTTP 4" in exc.reason and "HTTP 429" not in exc.reason:
                    break  # the receiver refuses this alert; retrying will not help
        raise SinkError(f"{self.url}: {last}")


class EmailSink:
    """Sends each alert as a plain-text email over SMTP (optionally STARTTLS and login)."""

    def __init__(self, *, host: str, port: int = 25, sender: str, to: list[str],
                 starttls: bool = False, username: str | None = None,
                 password: str | None = None, timeout: float = 10.0,
                 name: str | None = None) -> None:
        self.host, self.port, self.sender, self.to = host, port, sender, to
        self.starttls, self.username, self.password = starttls, username, password
        self.timeout = timeout
        self.name = name or f"email:{','.join(to)}"

    def send(self, alert: dict[str, Any]) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"[watchfloor] {alert['rule']}: {alert['summary']}"[:200]
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.to)
        msg["Message-ID"] = f"<{alert['alert_id']}@watchfloor>"
        lines = [alert["summary"], ""]
        for ev in alert.get("events", []):
            lines.append(f"- {ev.get('type')} {ev.get('date') or ''} {ev.get('place') or ''}: "
                         f"{ev.get('evidence') or ''} {ev.get('url') or ''}".rstrip())
        lines += ["", json.dumps(alert, indent=2, ensure_ascii=False, default=str)]
        msg.set_content("\n".join(lines))
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                if self.username:
                    smtp.login(self.username, self.password or "")
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as exc:
            raise SinkError(f"smtp {self.host}:{self.port}: {exc}") from exc


def _env(name: str | None, what: str) -> str | None:
    if not name:
        return None
    value = os.environ.get(name)
    if value is None:
        raise ValueError(f"{what}: environment variable {name} is not set")
    return value


def _stdout(spec: dict[str, Any], fetcher: Fetcher) -> Sink:
    fmt = spec.get("stdout")
    return StdoutSink(name=spec.get("name", "stdout"),
                      format=fmt if fmt in ("text", "jsonl") else "text")


def _jsonl(spec: dict[str, Any], fetcher: Fetcher) -> Sink:
    return JsonlSink(spec["jsonl"], name=spec.get("name"))


def _webhook(spec: dict[str, Any], fetcher: Fetcher) -> Sink:
    return WebhookSink(spec["webhook"], fetcher=fetcher,
                       secret=_env(spec.get("secret_env"), f"webhook {spec['webhook']}"),
                       retries=int(spec.get("retries", 3)), backoff=float(spec.get("backoff", 0.5)),
                       name=spec.get("name"))


def _email(spec: dict[str, Any], fetcher: Fetcher) -> Sink:
    e = spec["email"]
    to = e.get("to")
    return EmailSink(host=e.get("host", "localhost"), port=int(e.get("port", 25)),
                     sender=e.get("from", "watchfloor@localhost"),
                     to=[to] if isinstance(to, str) else list(to or []),
                     starttls=bool(e.get("starttls", False)),
                     username=_env(e.get("username_env"), "email"),
                     password=_env(e.get("password_env"), "email"), name=spec.get("name"))


SINKS: dict[str, Callable[[dict[str, Any], Fetcher], Sink]] = {
    "stdout": _stdout, "jsonl": _jsonl, "webhook": _webhook, "email": _email}


def make_sink(spec: dict[str, Any], fetcher: Fetcher) -> Sink:
    """A sink from its config mapping: the one key of ``SINKS`` it has picks the kind."""
    kinds = [k for k in SINKS if k in spec]
    if len(kinds) != 1:
        raise ValueError(f"sink {spec!r}: give exactly one of {', '.join(SINKS)}")
    return SINKS[kinds[0]](spec, fetcher)
