"""Main-event selection: ``confidence`` ranks the event a reader would call the sentence's main
one first (the main clause's predicate over subordinate, temporal, purpose and relative clauses,
a reported event inside "X said …"). Sentences written for
these tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code

from watchfloor.model import Event


def _by_trigger(events: list[Event], word: str) -> Event:
    got = [e for e in events if e.trigger.text.lower().startswith(word)]
    assert got, [(e.trigger.text, e.cameo) for e in events]
    return max(got, key=lambda e: e.confidence)


def _best(events: list[Event]) -> Event:
    return min(events, key=lambda e: ({"asserted": 0, "reported": 0}.get(e.factuality, 1), -e.confidence))


@pytest.mark.slow
def test_temporal_clause_is_secondary() -> None:
    ev = _code("Government troops recaptured the town after rebels had bombed the main bridge.")
    assert _best(ev).trigger.text == "recaptured"
    assert _by_trigger(ev, "bombed").confidence < _by_trigger(ev, "recaptured").confidence


@pytest.mark.slow
def test_casualty_clause_follows_its_attack() -> None:
    ev = _code("Gunmen attacked a bus station in the north on Sunday, killing five passengers.")
    assert _best(ev).trigger.text == "attacked"


@pytest.mark.slow
def test_relative_clause_is_secondary() -> None:
    ev = _code("The militia, which had kidnapped two aid workers last year, released the hostages on Monday.")
    assert _best(ev).trigger.text == "released"


@pytest.mark.slow
def test_purpose_clause_is_secondary() -> None:
    ev = _code("The envoy met the rebel commander to negotiate a ceasefire.")
    assert _best(ev).trigger.text == "met"
    assert _by_trigger(ev, "negotiate").confidence < _by_trigger(ev, "met").confidence


@pytest.mark.slow
@pytest.mark.parametrize("text", ["A spokesman said on Tuesday that the rebels had shelled the airport.",
                                  "The rebels shelled the airport, a spokesman said on Tuesday."])
def test_reported_event_is_the_main_event(text: str) -> None:
    ev = _code(text)
    best = _best(ev)
    assert best.trigger.text == "shelled" and best.factuality == "reported"
    assert best.confidence >= 0.8


@pytest.mark.slow
def test_deeper_embedding_ranks_lower() -> None:
    from watchfloor.coding.coder import _main_factor
    from watchfloor.coding.triggers import find_triggers
    from watchfloor.nlp import load_nlp

    doc = load_nlp()("Soldiers raided the camp as officials said they were trying to arrest men who had attacked a convoy.")
    f = {t.token.lower_: _main_factor(t) for t in find_triggers(doc)}
    assert f["raided"] == 1.0
    assert f["raided"] > f["arrest"] > f["attacked"]


@pytest.mark.slow
def test_lead_sentence_outranks_later_ones() -> None:
    ev = _code("Protesters clashed with police outside parliament. The interior minister later praised the officers.")
    assert _best(ev).trigger.text == "clashed"


@pytest.mark.slow
def test_first_conjunct_of_one_subject_is_the_main_event() -> None:
    # the later conjunct names an object; that alone must not make it the main event
    ev = _code("The president declared a ceasefire on Monday and promised to release political prisoners.")
    assert _best(ev).trigger.text.startswith("declared"), [(e.trigger.text, e.confidence) for e in ev]



@pytest.mark.slow
@pytest.mark.parametrize("text, main", [
    ("At least twelve people were killed when gunmen attacked a market in the north on Sunday .", "attacked"),
    ("Nine villagers were wounded as the army shelled the border district .", "shelled"),
    # a toll whose author is named is the event itself
    ("Five soldiers were killed by the rebels after they attacked the convoy .", "killed"),
])
def test_a_bare_toll_follows_the_attack_that_caused_it(text: str, main: str) -> None:
    """ "N were killed when X attacked Y": the attack is the event, the toll its outcome."""
    assert _best(_code(text)).trigger.text.startswith(main)


@pytest.mark.slow
def test_a_projectile_fired_and_striking_is_one_attack() -> None:
    """ "The shells fired by the rebels struck a school": one attack, told by "struck", and the
    shells fired are no target."""
    ev = _code("Mortar shells fired by the rebels struck a school in the town .")
    assert [e.trigger.text for e in ev] == ["struck"]
    assert ev[0].actor2 is not None and ev[0].actor2.text.startswith("a school")
