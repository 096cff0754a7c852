"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-ninth round): weapons a target was hit with, bills withdrawn, parties armed, whom a
condemnation of a killing is aimed at, the means and the day of a clause measured from the act,
the dateline's place, a rally's crowd, a past day under a coming act, the place of a rebuff, and
"the rebels" after a named group. Sentences written for these tests; the publication day,
2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


def _sub(event: object) -> str | None:
    acled = getattr(event, "acled")
    return acled.sub_event_type if acled is not None else None


def _text(actor: object) -> str | None:
    return getattr(actor, "text") if actor is not None else None


# ---- words that name an event

@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The Houthis said they had targeted a commercial ship in the Gulf of Aden with drones.", "195"),
    ("The army targeted rebel positions near the town with artillery on Monday.", "194"),
])
def test_a_target_hit_with_a_weapon_is_an_attack(text: str, cameo: str) -> None:
    ev = _by_word(_code(text), "targeted")
    assert ev.type == "ASSAULT" and ev.cameo == cameo


@pytest.mark.slow
def test_a_target_reached_with_words_is_no_attack() -> None:
    assert all(e.type != "ASSAULT" for e in _code("The campaign targeted young voters with advertisements."))


@pytest.mark.slow
def test_a_bill_withdrawn_is_no_retreat() -> None:
    events = _code("Thousands of protesters marched on parliament to demand the withdrawal of a finance bill.")
    assert all(e.type != "RETREAT" for e in events)


@pytest.mark.slow
def test_troops_withdrawn_are_still_a_retreat() -> None:
    ev = _by_word(_code("The EU demanded the withdrawal of Russian troops from Ukraine."), "withdrawal")
    assert ev.type == "RETREAT"


@pytest.mark.slow
def test_arming_a_party_is_military_aid() -> None:
    ev = _by_word(_code("Ethiopia accused Eritrea of arming rebels in the Amhara region."), "arming")
    assert ev.type == "AID" and ev.cameo == "072"
    assert ev.actor1 is not None and ev.actor1.code == "ERI"


@pytest.mark.slow
def test_armed_men_are_no_aid() -> None:
    assert all(e.type != "AID" for e in _code("Armed groups attacked the village on Monday."))


# ---- whom a condemnation is aimed at

@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("France condemned the killing of a journalist by Israeli forces.", "condemned", "Israeli forces"),
    ("Rights groups denounced the detention of three journalists.", "denounced", None),
    ("IGAD condemned the attack on the peacekeepers.", "condemned", "the peacekeepers"),
])
def test_a_condemned_act_s_victim_is_not_the_one_condemned(text: str, word: str, target: str | None) -> None:
    # the killers when named; no one when not; what an attack was made on stays its target
    assert _text(_by_word(_code(text), word).actor2) == target


# ---- the means and the day of a clause measured from the act

@pytest.mark.slow
def test_the_shelling_of_an_earlier_clause_is_not_the_attack_s_means() -> None:
    events = _code("The rebels attacked the town on Sunday, a day after the army shelled their positions.")
    assert _sub(_by_word(events, "attacked")) != "Shelling/artillery/missile attack"
    assert _sub(_by_word(events, "shelled")) == "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_toll_after_shelling_keeps_the_shelling_as_its_means() -> None:
    events = _code("Five soldiers were killed on Sunday after militants shelled their positions.")
    assert _sub(_by_word(events, "killed")) == "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_a_measure_hung_on_the_clause_s_marker_moves_its_day() -> None:
    events = _code("Security forces killed 13 militants on Thursday, a week after an attack on a police station "
                   "killed six officers.")
    days = sorted(e.date for e in events if e.trigger.text == "killed")
    assert days == ["2025-05-29", "2025-06-05"]


@pytest.mark.slow
def test_the_day_of_an_agreement_reached_is_not_the_day_of_what_it_will_do() -> None:
    events = _code("The Taliban said on Thursday it had reached an agreement with Pakistan to reopen the border "
                   "crossing.")
    assert _by_word(events, "reopen").date != "2025-06-12"  # (the coming Thursday)


@pytest.mark.slow
def test_a_coming_act_keeps_its_own_day() -> None:
    events = _code("The Taliban agreed on Thursday to reopen the border crossing on Monday.")
    assert _by_word(events, "reopen").date == "2025-06-16"


# ---- parties

@pytest.mark.slow
def test_a_rally_broken_up_is_its_crowd_s() -> None:
    events = _code("Police used water cannon to break up a rally of thousands of protesters outside parliament.")
    assert _text(_by_word(events, "rally").actor1) == "thousands of protesters"


@pytest.mark.slow
def test_the_rebels_take_the_code_of_the_group_named_before() -> None:
    events = _pipeline("Colombia's government suspended peace talks with the ELN guerrilla group on Tuesday after "
                       "the rebels attacked a military base in Arauca province.")
    ev = _by_word(events, "attacked")
    assert ev.actor1 is not None and ev.actor1.code == "COLREB"


@pytest.mark.slow
def test_the_rebels_with_no_group_named_keep_their_own_code() -> None:
    ev = _by_word(_pipeline("The rebels attacked a military base in Arauca province on Tuesday."), "attacked")
    assert ev.actor1 is not None and ev.actor1.code == "REB"


# ---- places

@pytest.mark.slow
def test_the_dateline_is_the_place_when_the_sentence_names_none() -> None:
    ev = _by_word(_pipeline("TBILISI (Reuters) - Police detained 30 protesters on Friday."), "detained")
    assert ev.location is not None and ev.location.name == "Tbilisi"


@pytest.mark.slow
def test_a_place_the_sentence_names_still_comes_before_the_dateline() -> None:
    ev = _by_word(_pipeline("BOGOTA (Reuters) - Guerrillas kidnapped two soldiers in Arauca province on Friday."),
                  "kidnapped")
    assert ev.location is not None and ev.location.name == "Arauca"


@pytest.mark.slow
def test_talks_suspended_after_an_attack_are_not_where_the_attack_was() -> None:
    events = _pipeline("BOGOTA (Reuters) - Colombia's government suspended peace talks with the ELN on Tuesday "
                       "after the rebels attacked a military base in Arauca province.")
    suspended = _by_word(events, "suspended")
    assert suspended.location is None or suspended.location.name != "Arauca"
    assert _by_word(events, "attacked").location.name == "Arauca"


@pytest.mark.slow
def test_an_inquiry_opened_after_a_find_is_where_the_find_was() -> None:
    events = _pipeline("Police opened an investigation after three suspicious packages were found at a railway "
                       "station in London on Tuesday.")
    ev = _by_word(events, "opened an investigation")
    assert ev.location is not None and ev.location.name == "London"
