"""Articles from URLs: an RSS/Atom feed's entries, or one web page's main text.

The same polite, SSRF-guarded fetcher the watcher uses (``ingest.fetch``): only http/https,
no private, loopback or link-local addresses unless ``allow_private`` says so, size and
content-type checked. A feed entry whose own text is a teaser is replaced by its page.
"""
from __future__ import annotations

from collections.abc import Iterator

from watchfloor.ingest.feeds import FeedError, entry_article, page_article, parse_feed
from watchfloor.ingest.fetch import FEED_TYPES, PAGE_TYPES, Fetcher, FetchError
from watchfloor.ingest.readers import DocError
from watchfloor.model import Article

__all__ = ["is_url", "read_url"]

TEASER_CHARS = 400


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_url(url: str, *, fetcher: Fetcher | None = None, allow_private: bool = False
             ) -> Iterator[Article | DocError]:
    """Articles (or errors, each with its URL and reason) from a feed or a page."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(allow_private=allow_private, min_interval=0.5)
    try:
        try:
            got = fetcher.get(url, accept_types=(*FEED_TYPES, *PAGE_TYPES))
        except FetchError as exc:
            yield DocError(url, str(exc))
            return
        # servers label feeds loosely (text/html, text/xml): the document's start decides
        head = got.content.lstrip()[:200].lower()
        looks_like_feed = (("xml" in got.content_type or "feed" in got.content_type) and not head.startswith(b"<html")
                           ) or head.startswith((b"<?xml", b"<rss", b"<feed"))
        if not looks_like_feed:
            article = page_article(got.text, url=got.final_url)
            yield article if article is not None else DocError(url, "no article text found in the page")
            return
        try:
            entries = parse_feed(got.content, url=got.final_url)
        except FeedError as exc:
            yield DocError(url, f"not a readable RSS/Atom feed: {exc}")
            return
        for entry in entries:
            article = entry_article(entry)
            if entry.link and (article is None or len(article.text) < TEASER_CHARS):
                try:
                    page = fetcher.get(entry.link, accept_types=PAGE_TYPES)
                    full = page_article(page.text, url=page.final_url, published=entry.published,
                                        title=entry.title)
                    article = full or article
                except FetchError as exc:
                    if article is None:
                        yield DocError(entry.link, str(exc))
                        continue
            if article is None:
                yield DocError(entry.link or url, "feed entry has no text and no readable page")
            else:
                yield article
    finally:
        if own:
            fetcher.close()
