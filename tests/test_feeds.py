"""Issue 5: feeds into Articles and canonical URLs."""
from __future__ import annotations

import pytest

from watchfloor.ingest.feeds import FeedError, canonical_url, entry_article, parse_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Troops deployed near Djanet</title><link>http://www.Example.com/a/?utm_source=x&amp;id=3#top</link>
<guid>a-1</guid><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Units of the army were deployed near &lt;b&gt;Djanet&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.com/b</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>A</title><id>urn:x</id><updated>2025-06-10T00:00:00Z</updated>
<entry><title>Talks in Tunis</title><id>urn:1</id><link href="https://example.org/t"/>
<updated>2025-06-02T10:00:00Z</updated><content type="html">Delegates met in Tunis on Monday.</content></entry>
</feed>"""


def test_canonical_url():
    assert canonical_url("http://www.Example.com/a/?utm_source=x&id=3#top") == "https://example.com/a?id=3"
    assert canonical_url("https://example.com:443/a?b=2&a=1") == "https://example.com/a?a=1&b=2"
    assert canonical_url("https://example.com:8443/") == "https://example.com:8443/"


def test_rss_entries():
    entries = parse_feed(RSS)
    assert len(entries) == 2
    e = entries[0]
    assert e.text == "Units of the army were deployed near Djanet ."
    assert e.published.startswith("2025-06-10")
    a = entry_article(e, source="wire")
    assert a.url == "https://example.com/a?id=3" and a.source == "wire"
    assert a.text.startswith("Troops deployed near Djanet\n\n")
    assert entry_article(entries[1]) is None


def test_atom_entries():
    (e,) = parse_feed(ATOM)
    assert e.link == "https://example.org/t" and "Tunis" in e.text and e.published.startswith("2025-06-02")


@pytest.mark.parametrize("junk", [b"<html><body>502 Bad Gateway</body></html>", b"\x00\x01garbage", b""])
def test_garbage_is_not_a_feed(junk):
    with pytest.raises(FeedError):
        parse_feed(junk)
