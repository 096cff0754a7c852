"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-seventh round): what a clause asks for or is measured from, running counts, a source's
terms, acts named again, fire traded and materiel captured. Sentences written for these tests;
the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


# ---- dates

@pytest.mark.slow
def test_the_day_of_what_was_called_for_dates_neither_the_call_nor_the_accusation() -> None:
    events = _code("The opposition leader accused the government of using excessive force and called for the "
                   "protests to continue on Thursday.")
    assert _by_word(events, "accused").date == "2025-06-10"
    assert _by_word(events, "called").date == "2025-06-10"
    coming = next(e for e in events if e.type == "PROTEST")
    assert coming.factuality == "future" and coming.date == "2025-06-12"


@pytest.mark.slow
def test_a_clause_days_after_the_act_is_dated_that_far_before_it() -> None:
    events = _code("Army drones destroyed a rebel hideout on Wednesday, two days after militants attacked a "
                   "military camp in the area.")
    assert _by_word(events, "destroyed").date == "2025-06-04"
    attacked = _by_word(events, "attacked")
    assert attacked.date == "2025-06-02"
    # (and the drones of the main clause are not the militants' means)
    assert attacked.acled is not None and attacked.acled.sub_event_type != "Air/drone strike"


@pytest.mark.slow
def test_a_day_after_names_the_day_before() -> None:
    events = _code("Police detained an opposition leader on Sunday, a day after thousands of people rallied "
                   "outside parliament.")
    assert _by_word(events, "detained").date == "2025-06-08"
    assert _by_word(events, "rallied").date == "2025-06-07"


@pytest.mark.slow
def test_an_aircraft_s_attack_in_such_a_clause_keeps_its_means() -> None:
    ev = next(e for e in _code("The army shot down the aircraft after it launched an attack on their positions "
                               "near the town.") if e.trigger.text.startswith("launched"))
    assert ev.acled is not None and ev.acled.sub_event_type == "Air/drone strike"


@pytest.mark.slow
def test_an_act_joined_to_a_reaction_is_of_the_reaction_s_time() -> None:
    text = ("The navy struck a boat in the Caribbean on Monday, killing three people.\n\n"
            "The president condemned the strike and ordered the mobilisation of troops along the coast.")
    ev = next(e for e in _pipeline(text) if e.type == "MOBILIZE")
    assert ev.date == "2025-06-10" and "date_from_story" not in ev.flags


# ---- words that name no event

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Residents fled the town, said a local official who asked not to be named for fear of reprisals.",
    "A resident who asked that his name not be used said the soldiers had left.",
    "The source asked for anonymity because he was not authorised to speak to the media.",
])
def test_a_source_asking_not_to_be_named_makes_no_request(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo.startswith("02")]


@pytest.mark.slow
def test_a_request_of_a_party_is_still_a_request() -> None:
    ev = _by_word(_code("Residents asked the army not to shell the village."), "asked")
    assert ev.cameo.startswith("02") and ev.actor2 is not None and ev.actor2.text == "the army"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen shot dead two farmers on Monday, bringing to 40 the number of people killed in the district.",
    "The latest deaths brought the total number of civilians killed this week to 52.",
])
def test_a_running_count_is_no_new_act(text: str) -> None:
    assert "killed" not in [e.trigger.text for e in _code(text)]


@pytest.mark.slow
def test_the_count_of_an_act_told_once_keeps_the_act() -> None:
    events = _code("The total number of people evacuated from the city by the army is 10,500.")
    assert "evacuated" in [e.trigger.text for e in events]


@pytest.mark.slow
def test_such_acts_recalled_are_no_act() -> None:
    assert "raids" not in [e.trigger.text for e in _code("Civilians have often been killed in such raids.")]


@pytest.mark.slow
def test_an_act_called_a_violation_is_the_one_told_and_its_doer_the_target() -> None:
    text = ("Troops raided a village near the border on Saturday. The foreign ministry called the raid a "
            "flagrant violation of the country's sovereignty.")
    events = _pipeline(text)
    assert [e.trigger.text for e in events if e.type == "COERCE"] == ["raided"]
    called = _by_word(events, "called")
    assert called.cameo == "111" and called.actor2 is not None and called.actor2.text == "Troops"


# ---- fire traded and materiel captured

@pytest.mark.slow
def test_fire_traded_is_a_fight_of_both_sides() -> None:
    ev = _by_word(_code("KHARTOUM (Reuters) - Sudan's army and the Rapid Support Forces traded fire near the "
                        "airport on Friday, residents said."), "traded")
    assert ev.type == "ASSAULT" and ev.cameo.startswith("19")
    assert ev.actor1 is not None and ev.actor1.text == "Sudan's army"
    assert ev.actor2 is not None and ev.actor2.text == "the Rapid Support Forces"


@pytest.mark.slow
def test_barbs_traded_are_still_words() -> None:
    assert _by_word(_code("The two leaders traded barbs on Monday."), "traded").type == "ACCUSE"


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The rebels said they had captured 12 army vehicles and a tank.", "1711"),
    ("The rebels captured the town after two days of fighting.", "192"),
])
def test_materiel_captured_is_seized_not_ground_taken(text: str, cameo: str) -> None:
    assert _by_word(_code(text), "captured").cameo == cameo


# ---- parties

@pytest.mark.slow
def test_him_after_an_arrest_is_the_person_arrested() -> None:
    ev = _by_word(_code("Police detained an opposition leader on Sunday and charged him with organising "
                        "unrest."), "charged")
    assert ev.actor2 is not None and ev.actor2.text == "an opposition leader"


@pytest.mark.slow
def test_him_is_no_weapon_taken_before() -> None:
    ev = _by_word(_code("A man overpowered the guard, snatched his revolver and shot him dead."), "shot")
    assert ev.actor2 is None or "revolver" not in ev.actor2.text
