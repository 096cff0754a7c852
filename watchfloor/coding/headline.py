"""Headlines in Title Case, recased for the parser.

spaCy's small English model reads "Haftar Forces Deploy Near Algerian Border" as a row of
proper nouns: no verb, so no event; "EU Imposes New Sanctions on Iran" gets "New" as the actor
that imposes. Feeds put such a title on top of every article (``ingest.feeds``), so the first
sentence the coder sees is often one. A sentence whose ordinary words are all capitalised is
handed to the parser with those words in lower case ("Haftar forces deploy near Algerian
Border"): the event and sector words the coder knows (the trigger lexicon, the actor sectors)
and function words. Names stay as written, and a name the actor dictionary knows is kept whole
even when its words are ordinary ("Free Syrian Army", "Islamic State"). Lower-casing keeps the
length of every word, so each offset still points into the original text; the pipeline cuts
the strings it outputs from there.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from watchfloor.coding.actors import lexicon as actor_lexicon
from watchfloor.coding.actors import named_runs
from watchfloor.coding.dates import CALENDAR_WORDS
from watchfloor.coding.inflect import lemma_candidates
from watchfloor.coding.triggers import lexicon as trigger_lexicon
from watchfloor.nlp import Chunk, split_chunks

__all__ = ["is_headline", "recase"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Function words a Title Case headline capitalises. Not "may", "will", "us": names as often.
_FUNCTION = frozenset("""a an the and or but nor of in on at to for from with by near over after before as
into onto against amid amidst despite during without across between among upon under about
than is are was were be been being has have had do does did its his her their our your this
these those that who which what when where while if not no says said say""".split())
# Common words of news headlines that neither lexicon holds (English facts, not names). Not the
# nouns that end names of places and buildings ("Barnett Shoals Road", "Jackson Memorial Hospital").
_COMMON = frozenset("""new old fresh major top key big deadly heavy fierce renewed violent bloody massive latest first
last more most over up down
out off back again still now after year years day days week weeks month months man men woman women
child children people person family families town towns city cities village villages border
borders area areas region regions province provinces district districts capital country countries
state states oil gas water food aid deal deals plan plans
talks vote votes poll polls election elections law laws rule rules ban bans travel trade toll death
deaths dead killed wounded injured missing several dozens hundreds thousands millions two three four
five six seven eight nine ten amid across group groups leader leaders chief head heads""".split())
# Months and weekdays stay capitalised: "March" is a month before it is a protest.
_CALENDAR = CALENDAR_WORDS


@functools.lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    """Lower-case lemmas of the words a headline capitalises that are no names: the trigger
    lexicon's words and the actor dictionary's sector nouns and modifiers."""
    words: set[str] = set()
    for lemma, _pos in trigger_lexicon():
        words.update(lemma.split())
    lex = actor_lexicon()
    for key in [*lex.sectors, *lex.modifiers]:
        if len(key) == 1:
            words.add(key[0])
    return frozenset(w for w in words if w.isalpha() and w not in _CALENDAR)


@functools.lru_cache(maxsize=50_000)
def _is_ordinary(word: str) -> bool:
    low = word.lower()
    if low in _CALENDAR:
        return False
    if low in _FUNCTION or low in _COMMON:
        return True
    return any(c in _ordinary() for c in lemma_candidates(low))


def _title_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].replace("’", "").replace("'", "").replace("-", "").islower()


def is_headline(sentence: str) -> bool:
    """Whether a sentence is written in Title Case: after its first word, no word of four
    letters or more but function words is in lower case, and one of them is an ordinary word
    (a name-only line such as "Mallory Millender, Augusta" is no headline to recase)."""
    words = _WORD.findall(sentence)[1:]
    long = [w for w in words if len(w) > 3 and w.lower() not in _FUNCTION]
    if any(w[0].islower() for w in long):
        return False  # prose: a longer word in lower case ("the winning letters will be featured")
    return any(_title_word(w) and _is_ordinary(w) for w in long)


def _place_runs(words: list[str]) -> list[tuple[int, int]]:
    """Runs of two to four capitalised words the gazetteer knows as one name ("West Bank",
    "Gaza Strip", "Red Sea"), longest first, left to right."""
    from watchfloor.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        hit = next((j for j in range(min(len(words), i + 4), i + 1, -1)
                    if all(w[:1].isupper() for w in words[i:j]) and " ".join(words[i:j]) in gaz), None)
        if hit is not None:
            out.append((i, hit))
        i = hit if hit is not None else i + 1
    return out


def _recase_sentence(sentence: str) -> str:
    matches = list(_WORD.finditer(sentence))
    words = [m.group(0) for m in matches]
    protected: set[int] = set()
    for a, b in named_runs(words) + _place_runs(words):
        protected.update(range(a, b))
    out = list(sentence)
    for k, m in enumerate(matches):
        word = m.group(0)
        if k == 0 or k in protected or not _title_word(word) or not _is_ordinary(word):
            continue
        if k + 1 < len(matches) and sentence[m.end():m.end() + 1] == ".":
            continue  # an abbreviation inside the line ("Sold To Mass. Promoter")
        out[m.start()] = word[0].lower()
    return "".join(out)


def recase(text: str, chunks: Iterable[Chunk] | None = None) -> str:
    """``text`` with the ordinary words of its Title Case sentences in lower case; the same
    length, and the same text where no sentence is a headline. ``chunks``: the sentence chunks of
    ``text`` to look at, when the caller has them already (default: all of them)."""
    out = text
    for chunk in split_chunks(text) if chunks is None else chunks:
        if is_headline(chunk.text):
            recased = _recase_sentence(chunk.text)
            out = out[:chunk.start] + recased + out[chunk.end:]
    return out
