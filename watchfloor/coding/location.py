"""Event location: the place where an event happened, attached to its trigger."""
from __future__ import annotations

from typing import Any

from watchfloor.model import Place

__all__ = ["event_location"]

_LOC_PREPS = frozenset({"in", "near", "at", "into", "on", "across", "along", "outside", "inside", "around",
                        "within", "throughout", "from", "to", "toward", "towards", "over", "off", "through"})


def event_location(token: Any, head: Any, places: list[Place], *, lo: int, hi: int, offset: int) -> Place | None:
    """Where the event of ``token`` (its clause head ``head``) happened, among ``places``.

    The place the trigger governs through a locative preposition, else the sentence's place
    nearest the trigger. ``lo``/``hi`` bound the sentence (doc offsets); ``places`` carry article
    offsets, ``offset`` is where the doc starts in the article.
    """
    inside = [p for p in places if lo <= p.start - offset and p.end - offset <= hi]
    if not inside:
        return None
    doc = token.doc
    holders = [token, head]
    if head.dep_ in ("xcomp", "conj") or token.dep_ in ("dobj",):
        holders.append(head.head)
    best: tuple[int, Place] | None = None
    for rank, h in enumerate(holders):
        for ch in h.children:
            if ch.dep_ == "prep" and ch.lower_ in _LOC_PREPS or ch.dep_ in ("advmod", "npadvmod") and ch.pos_ == "PROPN":
                lo_c = doc[min(t.i for t in ch.subtree)].idx
                sub = list(ch.subtree)
                hi_c = sub[-1].idx + len(sub[-1].text)
                for p in inside:
                    if lo_c <= p.start - offset and p.end - offset <= hi_c:
                        score = rank * 10 + (0 if ch.lower_ in ("in", "near", "at", "into") else 3)
                        if best is None or score < best[0]:
                            best = (score, p)
    if best is not None:
        return best[1]
    # the sentence's place: the one nearest the trigger
    t0 = token.idx + offset
    return min(inside, key=lambda p: abs(p.start - t0))
