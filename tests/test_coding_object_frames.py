"""Object-decided verbs, nominal events after "of", protest sub-events and weapon inheritance,
on sentences written for these tests, with the real spaCy model."""
from __future__ import annotations

import pytest
from parsing import code_text as _code

from watchfloor.coding import might_hold_event
from watchfloor.model import Event


def _best(events: list[Event]) -> Event:
    assert events
    rank = {"asserted": 0, "reported": 0}
    return min(events, key=lambda e: (rank.get(e.factuality, 1), -e.confidence))


def _best_acled(events: list[Event]) -> str | None:
    coded = [e for e in events if e.acled is not None]
    return _best(coded).acled.sub_event_type if coded else None


pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,prefix", [
    ("The finance ministry rolled back tariffs on imported rice last week.", "085"),
    ("Washington lifted the embargo on the island's shipping firms.", "085"),
    ("The governor eased the curfew in the northern districts.", "0813"),
])
def test_easing_a_restriction_is_yield(text: str, prefix: str) -> None:
    assert _best(_code(text)).cameo.startswith(prefix)


def test_hyphenated_ceasefire_and_garbled_past_forms() -> None:
    assert _best(_code("The general announced a three-day cease-fire with the militia.")).cameo == "0871"
    e = _best(_code("Villagers said a teenage girl was gang-raped by two soldiers."))
    assert e.cameo.startswith("182") and e.acled is not None and e.acled.sub_event_type == "Sexual violence"


def test_event_noun_after_an_instance_noun() -> None:
    e = _best(_code("Rights groups documented several incidents of sexual assault at the checkpoint."))
    assert e.cameo.startswith("182")


def test_war_games_by_two_armies_are_cooperation() -> None:
    assert _best(_code("Egypt and Greece held war games off the coast of Crete.")).cameo == "062"
    assert _best(_code("The navy staged war games near the strait.")).cameo == "152"


def test_reach_a_deal_and_failing_to() -> None:
    assert _best(_code("The two parties reached a deal on water sharing.")).cameo == "057"
    assert _best(_code("The two parties failed to reach a deal on water sharing.")).cameo.startswith("12")


def test_appeal_for_punishment_is_a_demand() -> None:
    assert _best(_code("The senator called for sanctions against the port authority.")).cameo.startswith("10")
    assert _best(_code("The senator called for calm in the port city.")).cameo.startswith("02")


def test_calling_off_a_strike_is_yield() -> None:
    assert _best(_code("The drivers' union called off the strike on Friday.")).cameo == "082"


def test_ultimatum_is_a_threat() -> None:
    assert _best(_code("The minister gave the rebels a final warning to leave the valley.")).cameo.startswith("13")


def test_freeing_a_town_is_territory() -> None:
    e = _best(_code("Army units freed three villages from the insurgents on Sunday."))
    assert e.cameo.startswith("192") and e.acled is not None
    assert e.acled.sub_event_type == "Government regains territory"


def test_hyphenated_participle_is_no_event() -> None:
    evs = _code("Soldiers advanced toward the militia-occupied airfield.")
    assert not any(e.trigger.text == "occupied" for e in evs)


def test_tear_gas_is_crowd_control_not_assault() -> None:
    evs = _code("Police fired tear gas and rubber bullets at students marching to the ministry.")
    e = _best(evs)
    assert e.cameo.startswith("175") and _best_acled(evs) == "Protest with intervention"


def test_chlorine_gas_is_a_chemical_weapon() -> None:
    evs = _code("Witnesses said the troops used chlorine gas against the besieged quarter.")
    assert _best(evs).cameo.startswith("204") and _best_acled(evs) == "Chemical weapon"


@pytest.mark.parametrize("text,sub", [
    ("Riot police beat demonstrators with batons outside the courthouse.", "Excessive force against protesters"),
    ("Security forces opened fire on protesters, killing three.", "Excessive force against protesters"),
    ("Protesters threw stones at police and set tyres ablaze near the ministry.", "Violent demonstration"),
    ("Students rioted across the campus after the verdict.", "Violent demonstration"),
    ("Thousands of teachers marched peacefully through the capital.", "Peaceful protest"),
])
def test_protest_sub_events_follow_who_used_force(text: str, sub: str) -> None:
    assert _best_acled(_code(text)) == sub


def test_casualties_inherit_the_weapon() -> None:
    assert _best_acled(_code("A drone strike killed six fighters near the dam.")) == "Air/drone strike"
    text = "A roadside bomb struck a bus on the main road. The blast killed four passengers."
    assert _best_acled(_code(text)) == "Remote explosive/landmine/IED"


def test_troop_movements_and_bases() -> None:
    assert _best_acled(_code("The army mobilized two brigades along the frontier.")) == "Change to group/activity"
    assert _best_acled(_code("The army set up a new base near the frontier.")) == "Headquarters or base established"
    text = "After the floods the army mobilized soldiers to help evacuate stranded residents."
    assert _best_acled(_code(text)) is None


def test_takeover_without_fighting() -> None:
    text = "Militia fighters took control of the town without a fight on Tuesday."
    assert _best_acled(_code(text)) == "Non-violent transfer of territory"


def test_prefilter_keeps_new_phrase_triggers() -> None:
    assert might_hold_event("Police used tear gas on the crowd.")
    assert might_hold_event("The sides reached an accord.")
    assert might_hold_event("The general set a deadline.")
    assert not might_hold_event("The weather was mild and the market was quiet.")


@pytest.mark.slow
def test_reducing_aid_is_a_sanction_on_its_recipient() -> None:
    # CAMEO 162 "reduce or stop aid"; reducing other things ("reduced tariffs") is not one
    ev = _code("The European Union reduced humanitarian aid to Ruritania by $5 million.")
    best = max(ev, key=lambda e: e.confidence)
    assert (best.cameo, best.type, best.actor2 and best.actor2.text) == ("162", "SANCTION", "Ruritania")
    assert not [e for e in _code("The government reduced tariffs on imported steel.") if e.cameo == "162"]
