"""RSS/Atom feeds to Articles, and canonical URLs (issue 5).

``parse_feed`` reads feed bytes (feedparser) into :class:`FeedEntry` records; ``entry_article``
turns one into an Article from the feed's own text, and ``page_article`` from a fetched page
(trafilatura). ``canonical_url`` is the key that makes ``http://Example.com/a?utm_source=x#top``
and ``https://example.com/a`` one article.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from watchfloor.model import Article

__all__ = ["FeedEntry", "FeedError", "parse_feed", "entry_article", "page_article", "canonical_url"]

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|"
                       r"ref|ref_src|cmpid|ocid|at_medium|at_campaign|smid|partner|__twitter_impression)$",
                       re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")


class FeedError(ValueError):
    """Bytes that are not a feed."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: its link, title, date, and whatever text the feed carries."""

    link: str | None
    title: str | None
    published: str | None
    text: str
    guid: str | None = None


def canonical_url(url: str) -> str:
    """The URL without what does not change the page: scheme case, host case, default port,
    ``www.``, fragment, tracking parameters, parameter order, a trailing slash; http and https
    become one."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING.match(k))
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def _plain(fragment: str) -> str:
    text = _TAG.sub(" ", fragment or "")
    text = html.unescape(text)
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _entry_date(entry: object) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = getattr(entry, key, None) or (entry.get(key) if isinstance(entry, dict) else None)
        if value:
            try:
                return dt.datetime(*value[:6], tzinfo=dt.timezone.utc).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def parse_feed(data: bytes, *, url: str = "") -> list[FeedEntry]:
    """The entries of an RSS or Atom document (any feedparser reads), in feed order.

    Raises :class:`FeedError` when the bytes hold no feed at all (an HTML error page, garbage).
    """
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no feed entries"
        raise FeedError(f"{url or 'feed'}: not an RSS/Atom feed ({reason})")
    out = []
    for e in parsed.entries:
        body = ""
        for c in e.get("content") or []:
            value = c.get("value") or ""
            if len(value) > len(body):
                body = value
        summary = e.get("summary") or e.get("description") or ""
        if len(summary) > len(body):
            body = summary
        out.append(FeedEntry(link=e.get("link"), title=_plain(e.get("title") or "") or None,
                             published=_entry_date(e), text=_plain(body), guid=e.get("id")))
    return out


def entry_article(entry: FeedEntry, *, source: str | None = None) -> Article | None:
    """An Article from the feed's own text (title + body), or None when it has no text."""
    body = entry.text.strip()
    if not body:
        return None
    text = body if not entry.title or body.startswith(entry.title) else f"{entry.title}\n\n{body}"
    url = canonical_url(entry.link) if entry.link else None
    return Article(text=text, title=entry.title, published=entry.published, url=url,
                   source=source, meta={"feed_guid": entry.guid} if entry.guid else {})


def page_article(html_text: str, *, url: str, source: str | None = None,
                 published: str | None = None, title: str | None = None) -> Article | None:
    """An Article from a fetched web page's main text (trafilatura), or None when it has none."""
    from watchfloor.ingest.readers import article_from_html

    article = article_from_html(html_text, url=canonical_url(url))
    if article is None:
        return None
    article.source = source
    article.published = article.published or published
    article.title = article.title or title
    return article
