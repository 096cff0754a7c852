"""``roles_for`` and target spans (``watchfloor.coding.actors``), issue 4.

Sentences are written for these tests; they parse with the real spaCy model (slow).
"""
from __future__ import annotations

import pytest

from watchfloor.coding.actors import roles_for


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from watchfloor.nlp import load_nlp

    return load_nlp()


def _roles(nlp, text: str, trigger: str, ptype: str | None = None):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a1, a2 = roles_for(tok, doc=doc, ptype=ptype)
    for a in (a1, a2):
        if a is not None:
            assert doc.text[a.start:a.end] == a.text
    return a1, a2


@pytest.mark.slow
def test_abstract_object_is_not_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "The Chilean minister met his Peruvian colleague to discuss a list of trade topics.",
                    "discuss")
    assert a1 is not None and "minister" in a1.text
    assert a2 is None or "topics" not in a2.text


@pytest.mark.slow
def test_decision_target_stops_before_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = _roles(nlp, "The opposition party condemned the governor's decision to close the northern port.",
                   "condemned")
    assert a2 is not None and a2.text == "the governor's decision"


@pytest.mark.slow
def test_self_moving_passive_subject_is_actor1(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = _roles(nlp, "Two battalions of Kenyan soldiers were deployed to the coast on Monday.", "deployed",
                    ptype="MOBILIZE")
    assert a1 is not None and "battalions" in a1.text
    assert a2 is None or "battalions" not in a2.text
