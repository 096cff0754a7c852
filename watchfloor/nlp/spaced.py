"""Numbers and initialisms written token by token ("1 , 100", "352 . 5", "U . S") become one
token before tagging.

Text that comes tokenised word by word (many news corpora, wire feeds turned into plain text)
puts spaces inside numbers. spaCy's tokenizer then makes three tokens of "1 , 100", and the
small model reads the comma as a list and the full stop as a sentence end: "About 1 , 100
contract employees" loses its subject, "352 . 5 million euros" its object. Merging the pieces
into one token (its norm the number as normally written) gives the tagger and parser the
number they were trained on. Offsets are unchanged: the merged token's text is the original
text, spaces and all.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

__all__ = ["merge_spaced_numbers"]

# digits, then one or more " , ddd" thousands groups or a single " . d" decimal part (after at
# most three digits: "in 2019 . 12 people died" is two sentences); or single
# capitals joined by full stops, an initialism ("U . S", "U . N")
_SPACED_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?: , \d{3})+(?: \. \d+)?(?![\w])|(?<![\w.,])\d{1,3} \. \d+(?![\w])"
                            r"|(?<![\w.])[A-Z](?: \. [A-Z])+(?![\w])")


@Language.component("merge_spaced_numbers")
def merge_spaced_numbers(doc: Any) -> Any:
    """Merge each spaced-out number or initialism of ``doc`` into one token whose norm drops the
    spaces."""
    spans = []
    for m in _SPACED_NUMBER.finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) > 1:
            spans.append((span, m.group(0).replace(" ", "")))
    with doc.retokenize() as retokenizer:
        for span, norm in spans:
            retokenizer.merge(span, attrs={"NORM": norm})
    return doc
