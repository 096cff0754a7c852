"""Parse one test sentence the way the pipeline does and check the offsets of what comes back.

Imported by test modules (``tests/`` is on ``sys.path``, as for ``conftest_pg``).
"""
from __future__ import annotations

from typing import Any


def geoparse(nlp: Any, gp: Any, text: str) -> list[Any]:
    """The places ``gp`` finds in ``text``; each must cover exactly its own text."""
    places = gp.parse(nlp(text), context=gp.document_context(text))
    for p in places:
        assert text[p.start:p.end] == p.text
    return places


def actor_roles(nlp: Any, text: str, trigger: str, ptype: str | None = None) -> tuple[Any, Any]:
    """``roles_for`` the first token spelt ``trigger``; each actor must cover exactly its own text."""
    from watchfloor.coding.actors import roles_for

    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a1, a2 = roles_for(tok, doc=doc, ptype=ptype)
    for a in (a1, a2):
        if a is not None:
            assert doc.text[a.start:a.end] == a.text
    return a1, a2


def code_text(text: str, published: str | None = "2025-06-10") -> list[Any]:
    """Events of ``text`` coded chunk by chunk as the pipeline does (no places); every trigger,
    evidence and actor must cover exactly its own text."""
    from watchfloor.coding import code_events
    from watchfloor.model import Article
    from watchfloor.nlp import load_nlp, split_chunks

    nlp = load_nlp()
    art = Article(text=text, id="t", published=published)
    out: list[Any] = []
    for ch in split_chunks(text):
        out.extend(code_events(nlp(ch.text), article=art, places=[], offset=ch.start, earlier=out))
    for e in out:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        for a in (e.actor1, e.actor2, e.partner):
            if a is not None:
                assert text[a.start:a.end] == a.text
    return out


def pipeline_events(text: str, published: str | None = "2025-06-10") -> list[Any]:
    """The events of ``text`` as the pipeline finds them (runs of sentences parsed together)."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    return process_batch([Article(id="t", text=text, published=published)])[0].events


def by_word(events: list[Any], word: str) -> Any:
    """The first event whose trigger is spelt ``word`` (the events found listed where none is)."""
    got = [e for e in events if e.trigger.text == word]
    assert got, [(e.type, e.trigger.text) for e in events]
    return got[0]


def by_phrase(events: list[Any], word: str) -> Any:
    """The first event whose trigger phrase holds the word ``word`` (a light verb's phrase: "launched
    an attack"), the events found listed where none does."""
    got = [e for e in events if word in e.trigger.text.split()]
    assert got, [e.trigger.text for e in events]
    return got[0]


def acled_sub(event: Any) -> str | None:
    """An event's ACLED sub-event type, or None where it has no ACLED coding."""
    return event.acled.sub_event_type if event.acled is not None else None


def actor_text(actor: Any) -> str | None:
    """An actor's text, or None for no actor."""
    return actor.text if actor is not None else None
