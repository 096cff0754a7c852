"""Round-4 coding rules (issue 4) on sentences written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest
from parsing import code_text as _code

from watchfloor.coding.triggers import might_hold_event
from watchfloor.model import Article, Event


def _best(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence, default=None)


@pytest.mark.slow
@pytest.mark.parametrize("text, root", [
    ("The army declared a state of emergency in the northern province.", "17"),
    ("The junta declared martial law across the country.", "17"),
    ("The militia used villagers as human shields during the retreat.", "18"),
    ("Blue-helmeted peacekeepers arrived in the capital on Monday.", "07"),
    ("Germany is the largest donor of humanitarian assistance to the region.", "07"),
    ("Dock workers walked out over unpaid wages.", "14"),
    ("Thousands of teachers stopped work on Monday.", "14"),
])
def test_new_triggers(text: str, root: str) -> None:
    assert might_hold_event(text)
    e = _best(_code(text))
    assert e is not None and e.cameo.startswith(root), (e and (e.cameo, e.trigger.text))


@pytest.mark.slow
def test_reported_demand_with_must() -> None:
    e = _best(_code("The bishop said that the authorities must protect religious minorities."))
    assert e is not None and e.cameo.startswith("10")
    assert e.actor1 is not None and e.actor1.text == "The bishop"
    assert e.actor2 is not None and e.actor2.text == "the authorities"


@pytest.mark.slow
def test_must_inside_a_relative_clause_is_no_demand() -> None:
    assert not [e for e in _code("The forms that applicants must complete are long.") if e.cameo.startswith("10")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Waste must be placed in the containers either loose or in landscape waste bags.",
    "Applicants must refile every two years.",
    '"As a society, we must help each other," she said.',
])
def test_a_rule_or_the_speakers_own_resolve_is_no_demand(text: str) -> None:
    """A rule in the article's own voice, or "we must", demands nothing of another party."""
    assert not [e for e in _code(text) if e.cameo.startswith("10")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    '"The army must withdraw from the valley," the envoy told reporters.',
    "The minister said the European Union must be ready to mediate.",
])
def test_a_quoted_or_reported_must_is_a_demand(text: str) -> None:
    assert [e for e in _code(text) if e.cameo.startswith("10")]


@pytest.mark.slow
def test_willing_to_act_is_intent() -> None:
    e = _best(_code("The government is willing to withdraw its soldiers from the valley."))
    assert e is not None and e.cameo.startswith("03")


@pytest.mark.slow
def test_said_it_would_is_intent() -> None:
    e = _best(_code("The ministry said it would allow relief agencies to enter the district."))
    assert e is not None and e.cameo.startswith("03") and e.factuality == "reported"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The prime minister attended a ceremony marking the anniversary of the republic.",
])
def test_statements_give_no_event(text: str) -> None:
    assert _code(text) == []


@pytest.mark.slow
def test_sharing_a_view_is_accord_not_agreement() -> None:
    """ "agree with X that …" shares a view (CAMEO 019, SUPPORT of X), it makes no agreement."""
    events = _code("Several senators said they agree with the governor that the tax should be cut.")
    assert [(e.cameo, e.type) for e in events] == [("019", "SUPPORT")]
    assert events[0].actor2 is not None and events[0].actor2.text == "the governor"


@pytest.mark.slow
def test_agreeing_on_a_matter_is_still_agreement() -> None:
    e = _best(_code("The two governments agreed on a ceasefire along the border."))
    assert e is not None and e.cameo[:2] in ("03", "05")


@pytest.mark.slow
def test_rejection_with_a_reason_adjunct_is_no_denial() -> None:
    e = _best(_code("A court rejected the appeal of the former minister for his role in the scandal."))
    assert e is not None and e.cameo.startswith("12")


@pytest.mark.slow
def test_due_to_is_a_cause_not_a_plan() -> None:
    from watchfloor.coding import code_events
    from watchfloor.nlp import load_nlp

    text = "Two detainees died due to torture in the prison, the rights group said."
    evs = code_events(load_nlp()(text), article=Article(text=text, id="t"), places=[])
    assert evs and all(e.factuality != "future" for e in evs)
