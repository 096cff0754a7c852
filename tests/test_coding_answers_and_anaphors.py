"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-ninth round): weapons a target was hit with, bills withdrawn, parties armed, whom a
condemnation of a killing is aimed at, the means and the day of a clause measured from the act,
the dateline's place, a rally's crowd, a past day under a coming act, the place of a rebuff,
"the rebels" after a named group; then a plural relative clause, offices left, tolls an act
left, shares of a thing, forecasts, network access, bodies that speak, agreements ended, lines
crossed and whom an act prompts; vessels seized, fights as the subjects of tolls, acts one is
held over, gatherings put down, insurgent fighters, the side of a border and an act of words
after a subordinate clause. Sentences written for these tests; the publication day,
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


# ---- second batch: a plural relative clause, offices left, tolls left, shares of a thing, forecasts

@pytest.mark.slow
def test_a_plural_relative_clause_describes_the_many_not_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police clashed with supporters of former president Evo Morales who were blocking highways in the "
            "Cochabamba region on Saturday.")
    blocking = next(t for t in nlp(text) if t.text == "blocking")
    assert blocking.head.text == "supporters"
    assert _text(_by_word(_code(text), "blocking").actor1) == "supporters of former president Evo Morales"


@pytest.mark.slow
def test_a_singular_relative_clause_stays_on_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    visiting = next(t for t in nlp("Police stopped supporters of Evo Morales who was visiting the region.")
                    if t.text == "visiting")
    assert visiting.head.text == "Morales"


@pytest.mark.parametrize("text, code", [
    ("former president Evo Morales", "ELI"),
    ("former Pakistani prime minister Imran Khan", "PAKELI"),
    ("the ex-president", "ELI"),
    ("the president", "GOV"),
    ("former rebels", "REB"),
])
def test_one_out_of_office_is_of_the_elites(text: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    got = code_phrase(text)
    assert got is not None and got.code == code


@pytest.mark.slow
@pytest.mark.parametrize("text, doer, harmed", [
    ("Gunmen attacked a bus on Saturday, leaving 14 passengers injured.", "Gunmen", "14 passengers"),
    ("Police clashed with protesters on Saturday, leaving 14 officers injured.", None, "14 officers"),
])
def test_those_an_act_left_harmed_are_its_target(text: str, doer: str | None, harmed: str) -> None:
    # (not by their own side: officers were not hurt by the police)
    ev = _by_word(_code(text), "injured")
    assert (_text(ev.actor1), _text(ev.actor2)) == (doer, harmed)


@pytest.mark.slow
def test_a_share_of_drones_shot_down_is_an_interception() -> None:
    ev = _by_word(_code("Air defences shot down 41 of the drones overnight."), "shot")
    assert ev.type == "COERCE" and ev.cameo == "1711"


@pytest.mark.slow
def test_a_share_of_people_shot_is_still_an_attack() -> None:
    assert _by_word(_code("Troops shot dozens of protesters on Monday."), "shot").type == "ASSAULT"


@pytest.mark.slow
def test_a_warning_of_what_may_happen_is_no_threat() -> None:
    events = _code("Egypt called for talks on Saturday, warning that delays could undermine the truce.")
    assert all(e.type != "THREATEN" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Iran warned that it could retaliate against U.S. bases.",
    "The EU warned that Serbia could face sanctions.",
])
def test_a_warning_of_the_warner_s_act_or_measures_is_a_threat(text: str) -> None:
    assert _by_word(_code(text), "warned").type == "THREATEN"


@pytest.mark.slow
def test_network_access_cut_is_no_access_allowed() -> None:
    events = _code("The government imposed a curfew and cut internet access in the region on Saturday.")
    assert all(e.type != "RETREAT" for e in events)


@pytest.mark.slow
def test_a_mission_that_speaks_is_no_event() -> None:
    events = _code("Investigators found a mass grave near Bunia, the U.N. peacekeeping mission said on Saturday.")
    assert all(e.trigger.text != "mission" for e in events)


@pytest.mark.slow
def test_an_agreement_ended_is_a_rejection_not_an_agreement() -> None:
    events = _code("Chad ended its defence cooperation agreement with France on Thursday.")
    assert [(e.trigger.text, e.cameo) for e in events] == [("ended", "127")]


@pytest.mark.slow
def test_troops_crossing_a_line_show_force() -> None:
    ev = _by_word(_code("North Korean troops crossed the military demarcation line on Friday."), "crossed")
    assert ev.cameo == "150" and ev.actor1 is not None and ev.actor1.code == "PRKMIL"


@pytest.mark.slow
def test_refugees_crossing_a_border_are_no_event() -> None:
    assert _code("Thousands of refugees crossed the border on Friday.") == []


@pytest.mark.slow
def test_whom_an_act_prompts_to_act_is_not_its_target() -> None:
    ev = _by_word(_code("Gunmen attacked the town, prompting the government to send troops."), "send")
    assert ev.actor2 is None or ev.actor2.text != "the government"


@pytest.mark.slow
def test_the_dateline_is_not_the_place_of_an_act_near_a_border() -> None:
    ev = _by_word(_pipeline("ALGIERS (Reuters) - Algeria has not condemned the deployment of Libyan National Army "
                            "units near its southern border."), "deployment")
    assert ev.location is None or ev.location.name != "Algiers"


# ---- third batch: vessels seized, fights as the subject of a toll, acts one is held over

@pytest.mark.slow
def test_where_a_vessel_was_seized_is_no_target() -> None:
    # (a vehicle seized is property, no party, as an earlier round decided: no target at all)
    ev = _by_word(_code("Iran's Revolutionary Guards seized a foreign tanker in the Gulf on Friday."), "seized")
    assert ev.actor2 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, doer", [
    ("Clashes between the army and the RSF killed 11 people in Khartoum on Monday.", "the army"),
    ("Clashes in the region killed 11 people on Monday.", None),
])
def test_a_fight_is_no_doer_of_its_toll(text: str, doer: str | None) -> None:
    # its first side when one is named (ACLED's actor 1 of the clash)
    assert _text(_by_word(_code(text), "killed").actor1) == doer


@pytest.mark.slow
def test_a_toll_takes_the_place_of_the_fight_that_is_its_subject() -> None:
    ev = _by_word(_pipeline("JUBA (Reuters) - Fighting between South Sudan's army and the White Army militia in Upper "
                            "Nile state has killed at least 60 people this week, a local official said."), "killed")
    assert ev.location is not None and ev.location.name == "Upper Nile"


@pytest.mark.slow
def test_an_act_one_is_held_over_is_the_one_held_s() -> None:
    ev = _by_word(_code("Police arrested a suspect in the killing of a lawmaker."), "killing")
    assert _text(ev.actor1) == "a suspect"


@pytest.mark.slow
def test_a_setting_before_an_arrest_is_not_the_arrested_s_act() -> None:
    events = _code("In the biggest seizure of fake notes this year, police arrested ten people.")
    assert _text(_by_word(events, "seizure").actor1) != "ten people"


@pytest.mark.slow
def test_the_day_of_what_people_named_after_the_act_did_is_not_its_day() -> None:
    events = _code("Burundi has closed its border with Rwanda, accusing Kigali of training rebels who attacked the "
                   "capital last month.")
    assert _by_word(events, "closed").date == "2025-06-10"
    assert _by_word(events, "attacked").date == "2025-05-01"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Security forces dispersed a rally in Abidjan with tear gas on Sunday.", "rally"),
    ("Police fired tear gas to break up protests in the capital on Sunday.", "protests"),
])
def test_who_puts_down_a_gathering_does_not_hold_it(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert ev.actor1 is None or ev.actor1.sector not in ("MIL", "COP")


@pytest.mark.slow
def test_a_dispersed_gathering_s_city_is_no_target() -> None:
    ev = _by_word(_code("Security forces dispersed a protest in the northern city of Al-Hoceima on Monday."),
                  "dispersed")
    assert ev.actor2 is None


# ---- fourth batch: insurgent fighters, the side of a border

@pytest.mark.parametrize("text, code", [
    ("Jihadist fighters", "INS"),
    ("Malian jihadist fighters", "MLIINS"),
    ("rebel fighters", "REB"),
    ("Houthi fighters", "YEMREB"),
])
def test_jihadist_fighters_are_insurgents(text: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    got = code_phrase(text)
    assert got is not None and got.code == code


@pytest.mark.slow
def test_a_border_named_with_a_country_is_seen_from_the_other_side() -> None:
    ev = _by_word(_pipeline("NIAMEY (Reuters) - Jihadist fighters killed at least 34 soldiers in an attack on an army "
                            "post near the border with Mali on Thursday, Niger's defence ministry said."), "killed")
    assert ev.location is not None and ev.location.feature == "border" and ev.location.country == "NER"


@pytest.mark.slow
def test_a_party_s_country_still_decides_the_side() -> None:
    ev = _by_word(_pipeline("Units of Field Marshal Haftar's army deployed near the Algerian border on Thursday."),
                  "deployed")
    assert ev.location is not None and ev.location.feature == "border" and ev.location.country == "LBY"


@pytest.mark.slow
def test_the_border_as_a_target_does_not_choose_its_own_side() -> None:
    ev = _by_word(_pipeline("TRIPOLI (Reuters) - Armed groups clashed near the Algerian border on Thursday."),
                  "clashed")
    assert ev.location is not None and ev.location.country == "LBY"


# ---- fifth batch: an act of words after a subordinate clause, a plan turned down

_HEZBOLLAH = ("Hezbollah said it would not hand over its weapons while Israel continued to occupy Lebanese territory, "
              "rejecting a government plan to disarm the group by the end of the year.")


@pytest.mark.slow
def test_an_act_of_words_after_a_while_clause_is_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    rejecting = next(t for t in nlp(_HEZBOLLAH) if t.text == "rejecting")
    assert rejecting.head.text == "said"
    events = _code(_HEZBOLLAH)
    assert _text(_by_word(events, "rejecting").actor1) == "Hezbollah"
    # what the plan turned down would do is the plan's, not the one turning it down
    disarm = _by_word(events, "disarm").actor1
    assert disarm is None or disarm.code == "GOV"


@pytest.mark.slow
def test_a_participle_of_the_subordinate_clause_s_own_stays_there() -> None:
    events = _code("Troops fired on the crowd while protesters marched through the city, chanting slogans.")
    assert _text(_by_word(events, "chanting").actor1) == "protesters"
