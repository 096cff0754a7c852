"""Cheap sentence chunks of an article, with their offsets, before any parsing.

The parse is the cost of extraction, so the pipeline first cuts the text into sentence-sized
chunks with a regular expression and parses only the chunks that can hold an event. Each chunk
keeps its start offset so that everything found in it maps back to the article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterator

# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) and whitespace, unless
# the word before the full stop is a common abbreviation or a single initial.
_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|\n(?=\s*[-*•])")
# Titles before a name; in text tokenised word by word ("Mr . Sisi") they hold a sentence
# together with a space before their full stop too (months do not: "On Nov . 2 , ...").
_TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Adm|Brig|Cmdr|Rev|Hon|Pres|Cpl|Pvt"
_ABBREV = re.compile(
    rf"(?:\b(?:{_TITLES}|Mt|Ft|No|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|Inc|Ltd|Co|Corp|vs|etc|approx|Jr|Sr|"
    r"Ave|Blvd|Rd|La|Ala|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|"
    r"Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)"
    r"|\b[A-Z])\.$")
# A clock time's "a.m."/"p.m." ends a sentence only before a new one: not before its time-zone
# gloss or the sentence going on ("at 10:30 a.m. (0830 GMT) near the base", "at 9 a.m. local time").
_CLOCK = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(r"[(a-z]")
_SPACED_TITLE = re.compile(rf"\b(?:{_TITLES}) \.$")
_SPACED_DECIMAL = re.compile(r"(?<![\d,])\d{1,3} \.$")  # not "in 2019 . 12 people died"
_SPACED_INITIAL = re.compile(r"(?<![\w.])[A-Z] \.$")
_INITIAL_NEXT = re.compile(r"[A-Z](?![\w])")
# a middle initial between names, tokenised word by word: "John R . Bass"
_SPACED_MIDDLE = re.compile(r"\b[A-Z][a-z]+ [A-Z] \.$")
_NAME_NEXT = re.compile(r"(?!(?:The|A|An|In|On|At|He|She|It|They|We|This|That|But|And|However|After|Its|His|Her)\b)"
                        r"[A-Z][a-z]+\b")
MAX_CHUNK = 2000


@dataclass(frozen=True)
class Chunk:
    """A sentence-sized piece of a text: ``text == full_text[start:start + len(text)]``."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_chunks(text: str, *, max_len: int = MAX_CHUNK) -> Iterator[Chunk]:
    """Yield sentence chunks with offsets; whitespace-only chunks are skipped."""
    pos = 0
    for m in _END.finditer(text):
        cut = m.start() + len(m.group(0).rstrip())
        piece = text[pos:cut]
        if m.group(0)[0] == "." and _ABBREV.search(piece) and "\n" not in m.group(0):
            continue
        if _CLOCK.search(piece) and _CLOCK_GOES_ON.match(text, m.end()):
            continue
        if _SPACED_DECIMAL.search(piece) and text[m.end():m.end() + 1].isdigit():
            continue  # a decimal point in text tokenised word by word: "352 . 5 million"
        if _SPACED_TITLE.search(piece):
            continue  # a title tokenised word by word: "Mr . Sisi"
        if _SPACED_INITIAL.search(piece) and _INITIAL_NEXT.match(text, m.end()):
            continue  # an initialism tokenised word by word: "the U . S federal court"
        if _SPACED_MIDDLE.search(piece) and _NAME_NEXT.match(text, m.end()):
            continue  # a middle initial: "US Ambassador John R . Bass"
        yield from _emit(text, pos, cut, max_len)
        pos = m.end()
    yield from _emit(text, pos, len(text), max_len)


def _emit(text: str, start: int, end: int, max_len: int) -> Iterator[Chunk]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_len:  # run-on text (lists, tables): cut at a space
        cut = text.rfind(" ", start, start + max_len)
        cut = cut if cut > start else start + max_len
        yield Chunk(start, text[start:cut])
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Chunk(start, text[start:end])
