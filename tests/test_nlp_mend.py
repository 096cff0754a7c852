"""Known misattachments of the small parser set right after parsing (``watchfloor.nlp.mend``),
issue 4. Sentences written for these tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code


def _tok(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_a_charge_hung_on_the_agent_belongs_to_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The militia, which is backed by the army, was accused by Human Rights Watch of executing at "
              "least 25 civilians.")
    of = _tok(doc, "of")
    assert of.head.text == "accused" and of.dep_ == "prep"
    # so the militia, not the watchdog, is the one alleged to have executed them
    ev = next(e for e in _code(doc.text) if e.trigger.text == "executing")
    assert ev.actor1 is not None and ev.actor1.text == "The militia"
    assert ev.factuality == "speculative"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The mission urged the parties to respect the ceasefire agreed in 2020.",
    "The envoy expressed concern and urged the parties to respect the ceasefire agreed in 2020.",
])
def test_a_bare_participle_after_a_noun_describes_the_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    agreed = _tok(nlp(text), "agreed")
    assert (agreed.dep_, agreed.head.text) == ("acl", "ceasefire")
    events = {e.trigger.text: e for e in _code(text, published="2026-12-03")}
    assert events["urged"].date == "2026-12-03"  # (not 2020: the ceasefire's year)
    assert events["agreed"].date == "2020-01-01" and events["agreed"].factuality == "asserted"
    assert events["agreed"].actor1 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, verb", [
    # a verb with its own object is a clause's, whoever the parser lost as its subject
    ("Thousands were shot at Kibeho last weekend when troops trying to close the camp opened fire on refugees.",
     "opened"),
    # a subordinator read as a preposition: its object is the clause's subject
    ("Fighter jets raced across the Istanbul sky, painting the Turkish flag with ribbons of colored smoke, as a "
     "military band with nearly 600 musicians marched through the square.", "marched"),
])
def test_a_clause_after_a_noun_stays_a_clause(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    tok = _tok(nlp(text), verb)
    assert tok.dep_ != "acl" and tok.tag_ == "VBD"


@pytest.mark.slow
def test_a_plural_event_noun_read_as_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Drone strikes by the Ethiopian air force killed at least 15 people at a market in the town of Debre "
            "Markos last week, residents told Reuters.")
    doc = nlp(text)
    strikes, killed = _tok(doc, "strikes"), _tok(doc, "killed")
    assert (strikes.dep_, strikes.head.text, killed.head.text) == ("nsubj", "killed", "told")
    ev = next(e for e in _code(text) if e.trigger.text == "killed")
    assert ev.actor1 is not None and ev.actor1.code == "ETHMIL"
    # a real verb stays one: "the army strikes back"
    assert _tok(nlp("The army strikes rebel positions near the town."), "strikes").pos_ == "VERB"
    # tagged a verb but parsed as the subject: a noun, one event
    text = "Drone strikes by the army killed 15 people."
    assert _tok(nlp(text), "strikes").pos_ == "NOUN"
    assert [e.trigger.text for e in _code(text)] == ["killed"]


@pytest.mark.slow
def test_a_gerund_after_and_is_listed_with_the_noun_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors charged three opposition leaders with sabotage and calling for the overthrow of the government."
    calling = _tok(nlp(text), "calling")
    assert (calling.dep_, calling.head.text) == ("conj", "sabotage")
    ev = next(e for e in _code(text) if e.trigger.text == "calling")
    assert ev.factuality == "speculative"  # what they are charged with
    assert ev.actor1 is not None and ev.actor1.text == "three opposition leaders"
