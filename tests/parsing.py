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
