"""Sources the watcher polls: RSS/Atom feeds, web pages, folders of new files, JSONL drops.

``poll`` returns a :class:`Poll`: the new articles, the problems met (a bad entry, a page that
would not load), and the progress rows (validators, files read, offsets) that the watcher
commits in the same transaction as the articles' processing, so a kill never skips input.
A source that fails entirely raises ``FetchError``/``OSError``/``FeedError``; the watcher records
it and goes on with the others.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from watchfloor.ingest.feeds import canonical_url, entry_article, page_article, parse_feed
from watchfloor.ingest.fetch import FEED_TYPES, PAGE_TYPES, FetchError, Fetcher
from watchfloor.ingest.readers import SUPPORTED_SUFFIXES, DocError, read_path
from watchfloor.model import Article
from watchfloor.monitor.config import SourceSpec
from watchfloor.monitor.state import MonitorDB

__all__ = ["Poll", "poll_source", "SHORT_FEED_TEXT"]

SHORT_FEED_TEXT = 400  # feed text shorter than this is a teaser: fetch the page


@dataclass
class Poll:
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    progress: list[Callable[[MonitorDB], None]] = field(default_factory=list)


_SAVE_FILE = ("INSERT INTO wf_mon_files (path, size, mtime, read_to) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, "
              "read_to = excluded.read_to")


def _validators(db: MonitorDB, url: str) -> tuple[str | None, str | None]:
    rows = db.execute("SELECT etag, last_modified FROM wf_mon_http WHERE url = ?", [url])
    return (rows[0][0], rows[0][1]) if rows else (None, None)


def _save_validators(url: str, etag: str | None, modified: str | None) -> Callable[[MonitorDB], None]:
    def save(db: MonitorDB) -> None:
        db.execute("INSERT INTO wf_mon_http (url, etag, last_modified) VALUES (?, ?, ?) "
                   "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                   "last_modified = excluded.last_modified", [url, etag, modified])
    return save


def _seen_urls(db: MonitorDB, urls: list[str]) -> set[str]:
    """Those of ``urls`` already recorded as a copy of a stored article."""
    urls = sorted(set(urls))
    seen: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i:i + 500]
        seen.update(r[0] for r in db.execute(
            f"SELECT DISTINCT url FROM wf_mon_copies WHERE url IN ({', '.join('?' * len(chunk))})",
            chunk))
    return seen


def _poll_feed(spec: SourceSpec, db: MonitorDB, fetcher: Fetcher) -> Poll:
    out = Poll()
    etag, modified = _validators(db, spec.target)
    got = fetcher.get(spec.target, accept_types=FEED_TYPES, etag=etag, last_modified=modified)
    if got.not_modified:
        return out
    entries = parse_feed(got.content, url=spec.target)
    urls = [canonical_url(e.link) if e.link else None for e in entries]
    seen = _seen_urls(db, [u for u in urls if u])
    for entry, url in zip(entries, urls, strict=True):
        if url and url in seen:
            continue
        article = entry_article(entry, source=spec.name)
        want_page = spec.fetch_pages if spec.fetch_pages is not None else (
            article is None or len(article.text) < SHORT_FEED_TEXT)
        if want_page and entry.link:
            try:
                page = fetcher.get(entry.link, accept_types=PAGE_TYPES)
                from_page = page_article(page.text, url=entry.link, source=spec.name,
                                         published=entry.published, title=entry.title)
                if from_page is not None:
                    article = from_page
                else:
                    out.problems.append(f"{entry.link}: no article text in the page")
            except FetchError as exc:
                out.problems.append(str(exc))
        if article is None:
            out.problems.append(f"{entry.link or entry.guid or '?'}: entry has no text")
            continue
        if url:
            article.url = url
        out.articles.append(article)
    out.progress.append(_save_validators(spec.target, got.etag, got.last_modified))
    return out


def _poll_page(spec: SourceSpec, db: MonitorDB, fetcher: Fetcher) -> Poll:
    out = Poll()
    etag, modified = _validators(db, spec.target)
    got = fetcher.get(spec.target, accept_types=PAGE_TYPES, etag=etag, last_modified=modified)
    if got.not_modified:
        return out
    article = page_article(got.text, url=spec.target, source=spec.name)
    if article is None:
        out.problems.append(f"{spec.target}: no article text in the page")
    else:
        out.articles.append(article)
    out.progress.append(_save_validators(spec.target, got.etag, got.last_modified))
    return out


def _files(target: str, suffixes: tuple[str, ...]) -> list[Path]:
    root = Path(target)
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise OSError(f"{target}: no such file or folder")
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
                  and not p.name.startswith("."))


def _poll_folder(spec: SourceSpec, db: MonitorDB, fetcher: Fetcher) -> Poll:
    out = Poll()
    known = {p: (s, m) for p, s, m in db.execute(
        "SELECT path, size, mtime FROM wf_mon_files WHERE path LIKE ?", [spec.target + "%"])}
    for path in _files(spec.target, SUPPORTED_SUFFIXES):
        st = path.stat()
        key = str(path)
        if known.get(key) == (st.st_size, st.st_mtime):
            continue
        for item in read_path(path):
            if isinstance(item, DocError):
                out.problems.append(str(item))
            else:
                item.source = item.source or spec.name
                out.articles.append(item)

        def save(db: MonitorDB, key: str = key, size: int = st.st_size,
                 mtime: float = st.st_mtime) -> None:
            db.execute(_SAVE_FILE,
                       [key, size, mtime, size])
        out.progress.append(save)
    return out


def _poll_jsonl(spec: SourceSpec, db: MonitorDB, fetcher: Fetcher) -> Poll:
    """New complete lines of each .jsonl file since the offset read last time (a file that
    shrank was replaced: read from the start)."""
    out = Poll()
    for path in _files(spec.target, (".jsonl", ".ndjson")):
        key = str(path)
        rows = db.execute("SELECT read_to FROM wf_mon_files WHERE path = ?", [key])
        start = int(rows[0][0]) if rows else 0
        size = path.stat().st_size
        if size < start:
            start = 0
        if size == start:
            continue
        with path.open("rb") as fh:
            fh.seek(start)
            data = fh.read(size - start)
        end = data.rfind(b"\n")
        if end < 0:
            continue  # no complete line yet: a writer is still appending
        data = data[:end + 1]
        for lineno, line in enumerate(data.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not str(obj.get("text") or "").strip():
                    raise ValueError("no text")
                article = Article.from_dict(obj)
            except (ValueError, TypeError) as exc:
                out.problems.append(f"{key}@{start}+{lineno}: bad line ({exc})")
                continue
            article.source = article.source or spec.name
            if article.url:
                article.url = canonical_url(article.url)
            out.articles.append(article)
        new_offset = start + end + 1
        mtime = os.stat(path).st_mtime

        def save(db: MonitorDB, key: str = key, size: int = new_offset, mtime: float = mtime) -> None:
            db.execute(_SAVE_FILE,
                       [key, size, mtime, size])
        out.progress.append(save)
    return out


_POLLERS: dict[str, Callable[[SourceSpec, MonitorDB, Fetcher], Poll]] = {
    "feed": _poll_feed, "page": _poll_page, "folder": _poll_folder, "jsonl": _poll_jsonl}


def poll_source(spec: SourceSpec, db: MonitorDB, fetcher: Fetcher) -> Poll:
    """Everything new at one source since the last committed poll."""
    return _POLLERS[spec.kind](spec, db, fetcher)
