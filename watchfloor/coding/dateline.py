"""The dateline that opens a wire story's first line: "BOGOTA, Colombia (Reuters) —",
"PORT SUDAN, Nov 29 (Reuters) -".

Its words are where the report was filed, not a party to the event nor (when the sentence names
another place) where the event happened; the parser often makes them the sentence's subject or
an adverb of its verb.
"""
from __future__ import annotations

from typing import Any

DASHES = frozenset({"-", "--", "---", "\u2014", "\u2013"})


# A dateline's dash comes within this many words of its line's start ("GOMA, Democratic Republic
# of Congo, Nov 28 (AP) -" has 12).
REACH = 14
# small words inside a country's name ("Democratic Republic of Congo", "Trinidad and Tobago")
_NAME_LINKS = frozenset({"of", "and", "the"})


def dateline_word(tok: Any) -> bool:
    """Whether a word may stand in a dateline before its dash: a place's, its country's or state's
    and the agency's capitalised words, punctuation, the small words of a country's name, and the
    filing date's day ("Nov 29")."""
    text = tok.text
    return tok.is_punct or text[:1].isupper() or text in _NAME_LINKS or (text.isdigit() and len(text) <= 2)


def dateline_dash(tok: Any) -> int | None:
    """Index of the dash that closes the dateline ``tok`` stands in, or None: a line that opens
    with an all-capital place, then its country or state, the date and an agency, then a dash
    ("BOGOTA, Colombia (Reuters) —", "ISLAMABAD —", "KABUL, Nov 29 (AP) -"), with ``tok`` before
    the dash. Only a few words are read back from ``tok``: a word further into its line is in no
    dateline."""
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        if tok.i - start >= REACH:
            return None
        start -= 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or not (doc[start].text.isupper() and len(doc[start].text) > 2 and doc[start].is_alpha):
        return None
    dash = next((t.i for t in doc[start + 1:start + REACH] if t.text in DASHES and t.whitespace_), None)
    if dash is None or dash <= tok.i or not all(dateline_word(t) for t in doc[start:dash]):
        return None
    return dash
