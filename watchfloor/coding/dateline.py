"""The dateline that opens a wire story's first line: "BOGOTA, Colombia (Reuters) —".

Its words are where the report was filed, not a party to the event nor (when the sentence names
another place) where the event happened; the parser often makes them the sentence's subject or
an adverb of its verb.
"""
from __future__ import annotations

from typing import Any

DASHES = frozenset({"-", "--", "---", "\u2014", "\u2013"})


# A dateline's dash comes within this many words of its line's start.
_REACH = 10


def dateline_dash(tok: Any) -> int | None:
    """Index of the dash that closes the dateline ``tok`` stands in, or None: a line that opens
    with an all-capital place, then its country or state and an agency, then a dash ("BOGOTA,
    Colombia (Reuters) —", "ISLAMABAD —", "KABUL (AP) -"), with ``tok`` before the dash. Only a
    few words are read back from ``tok``: a word further into its line is in no dateline."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        if tok.i - start >= _REACH:
            return None
        start -= 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or not (doc[start].text.isupper() and len(doc[start].text) > 2 and doc[start].is_alpha):
        return None
    dash = next((t.i for t in doc[start + 1:start + _REACH] if t.text in DASHES and t.whitespace_), None)
    if dash is None or dash <= tok.i or not all(t.is_punct or t.text[:1].isupper() for t in doc[start:dash]):
        return None
    return dash
