"""Read documents from files, folders and standard input into Articles.

Every reader yields :class:`Article` objects or :class:`DocError` records, never raises for a bad
document: a bad line or file is reported (which one, why) and the rest go on. What counts as bad:
a JSON line that does not parse or has no ``text``, binary content, bytes that are not UTF-8, an
empty text, a document over ``MAX_BYTES``.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from watchfloor.model import Article

__all__ = ["DocError", "MAX_BYTES", "read_documents", "read_path", "article_from_html",
           "SUPPORTED_SUFFIXES"]

MAX_BYTES = 5 * 1024 * 1024
SUPPORTED_SUFFIXES = (".jsonl", ".ndjson", ".txt", ".text", ".html", ".htm")


@dataclass(frozen=True)
class DocError:
    """A document that could not be read: where it came from and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _decode(data: bytes, where: str) -> str | DocError:
    if not data.strip():
        return DocError(where, "empty document")
    if len(data) > MAX_BYTES:
        return DocError(where, f"document is {len(data) / 1e6:.1f} MB, over the "
                               f"{MAX_BYTES / 1e6:.0f} MB limit; split it or raise the limit")
    if b"\x00" in data[:8192]:
        return DocError(where, "binary content (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return DocError(where, f"not UTF-8 (byte {exc.start}); re-encode it as UTF-8")
    if not text.strip():
        return DocError(where, "empty document")
    return text


def article_from_html(html: str, *, id: str = "", url: str | None = None) -> Article | None:
    """The main text of an HTML page (trafilatura), with its title and date when found."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    published = meta.date if meta is not None else None
    return Article(text=text, id=id, title=title, published=published, url=url)


def _jsonl_lines(lines: Iterator[bytes], where: str) -> Iterator[Article | DocError]:
    for lineno, raw in enumerate(lines, 1):
        here = f"{where}:{lineno}"
        if not raw.strip():
            continue
        decoded = _decode(raw, here)
        if isinstance(decoded, DocError):
            yield decoded
            continue
        try:
            data = json.loads(decoded)
        except json.JSONDecodeError as exc:
            yield DocError(here, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield DocError(here, "a JSON line must be an object with a \"text\" field")
            continue
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            yield DocError(here, "no \"text\" field, or it is empty")
            continue
        try:
            yield Article.from_dict(data)
        except (TypeError, ValueError) as exc:
            yield DocError(here, f"bad document fields: {exc}")


def _one_file_document(data: bytes, where: str, suffix: str, doc_id: str) -> Article | DocError:
    text = _decode(data, where)
    if isinstance(text, DocError):
        return text
    if suffix in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        article = article_from_html(text, id=doc_id)
        return article if article is not None else DocError(where, "no article text found in the HTML")
    return Article(text=text, id=doc_id)


def read_path(path: Path) -> Iterator[Article | DocError]:
    """Documents in one file or, recursively and in name order, in a folder."""
    where = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        if not files:
            yield DocError(where, f"folder holds no {'/'.join(SUPPORTED_SUFFIXES)} files")
        for f in files:
            yield from read_path(f)
        return
    if not path.exists():
        yield DocError(where, "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as fh:
            yield from _jsonl_lines(iter(fh), where)
        return
    size = path.stat().st_size
    if size > MAX_BYTES:
        yield DocError(where, f"document is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB "
                              "limit; split it or raise the limit")
        return
    yield _one_file_document(path.read_bytes(), where, suffix, path.stem)


def _read_stdin(stream: BinaryIO) -> Iterator[Article | DocError]:
    data = stream.read(MAX_BYTES * 64 + 1)
    first = data.lstrip()[:1]
    if first == b"{":
        yield from _jsonl_lines(iter(data.splitlines()), "<stdin>")
    else:
        yield _one_file_document(data, "<stdin>", "", "")


def read_documents(source: str | os.PathLike[str], *, stdin: BinaryIO | None = None,
                   allow_private: bool = False) -> Iterator[Article | DocError]:
    """Articles (or errors) from a path, a folder, an http(s) URL of a feed or page, or ``-``.

    Standard input holds JSONL when its first character is ``{``, else one plain-text document.
    URLs to private or loopback addresses are refused unless ``allow_private``.
    """
    if str(source).lower().startswith(("http://", "https://")):
        from watchfloor.ingest.remote import read_url

        yield from read_url(str(source), allow_private=allow_private)
    elif str(source) == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
    else:
        yield from read_path(Path(source))
