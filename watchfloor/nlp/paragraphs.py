"""A blank line ends a sentence, whatever the parser would make of the words around it.

Extraction parses runs of adjacent sentence chunks as one text (fewer, longer texts are faster),
so a paragraph break sits inside what spaCy reads. The small model usually starts a sentence
after it, but not always: after "in a statement posted on X." the next paragraph was read as
the same sentence, and its events took the quotation's speaker and evidence. Marking the token
after a blank line as a sentence start before the parser runs keeps paragraphs apart; the
parser respects boundaries already set.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

__all__ = ["paragraph_breaks"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Any) -> Any:
    """Start a sentence at the first word after each blank line of ``doc``."""
    for tok in doc[:-1]:
        if tok.is_space and _BLANK_LINE.search(tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc
