"""The dateline that opens a wire story's first line: "BOGOTA, Colombia (Reuters) —",
"PORT SUDAN, Nov 29 (Reuters) -".

Its words are where the report was filed, not a party to the event nor (when the sentence names
another place) where the event happened; the parser often makes them the sentence's subject or
an adverb of its verb. The parser may also start a new sentence after the dash ("TUNIS (Reuters) -
A Tunisian court sentenced …" was two sentences, and the court's sentence lost its dateline);
``keep_dateline`` forbids that before the parser runs.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language

__all__ = ["DASHES", "REACH", "dateline_dash", "dateline_word", "keep_dateline", "phrase_start"]

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


# Articles that open a place's name in capitals ("LA PAZ", "EL FASHER", "AL MUKALLA", "LE HAVRE")
_ARTICLES = frozenset({"LA", "EL", "AL", "LE", "DE", "DA", "DU", "DI"})


def _capital_place_word(tok: Any) -> bool:
    """An all-capital word of three letters or more, apostrophes and hyphens allowed ("N'DJAMENA",
    "PORT-AU-PRINCE"), or a two-letter article before one ("LA PAZ", "EL FASHER", "AL MUKALLA")."""
    text = tok.text
    letters = text.replace("'", "").replace("\u2019", "").replace("-", "")
    if text in _ARTICLES and tok.i + 1 < len(tok.doc):
        return _capital_place_word(tok.doc[tok.i + 1]) and len(tok.doc[tok.i + 1].text) > 2
    return len(text) > 2 and text.isupper() and letters.isalpha()


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
    if start >= len(doc) or not _capital_place_word(doc[start]):
        return None
    dash = next((t.i for t in doc[start + 1:start + REACH] if t.text in DASHES and t.whitespace_), None)
    if dash is None or dash <= tok.i or not all(dateline_word(t) for t in doc[start:dash]):
        return None
    return dash


def phrase_start(head: Any) -> int:
    """Where the phrase of ``head`` starts, past a dateline the parser hung on it and past its dash:
    "ADDIS ABABA (Reuters) - | Ethiopian federal forces …", "OUAGADOUGOU, Nov 18 (Reuters) - |
    Burkina Faso's army said"."""
    start = head.left_edge.i
    dash = dateline_dash(head.left_edge)
    if dash is not None and dash < head.i:
        start = dash + 1
    while start < head.i and head.doc[start].is_punct:
        start += 1
    return start


@Language.component("keep_dateline")
def keep_dateline(doc: Any) -> Any:
    """Keep each dateline in one sentence with the words after its dash: no word up to the one
    after the dash may start a sentence."""
    for tok in doc:
        if (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws) and _capital_place_word(tok):
            dash = dateline_dash(tok)
            if dash is not None:
                for word in doc[tok.i + 1:dash + 2]:
                    if not word.is_space:
                        word.is_sent_start = False
    return doc
