"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-first
round): aircraft and drones "downed", weapons the parser hung on a target's place, topics and
places taken for targets, a generic "the attack" named again, one head noun shared with a named
body, the day of a relative clause in the past progressive, the body an "its" before a target of
force stands for, a demonym's capital, a hyphened word the parser split, harm done by fire one
"came under", a doer state anchoring a place it did not hold, and both sides of a fight named with
"between X of Y and Z".
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _acled
from parsing import actor_text as _text
from parsing import by_phrase as _by_phrase
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


# ---- "downed": a weapon stopped, an aircraft attacked, tools laid down

@pytest.mark.slow
def test_drones_downed_are_weapons_stopped() -> None:
    event = _by_word(_events("Air defence units downed 18 drones over the Belgorod region overnight."), "downed")
    assert (event.type, event.cameo, _acled(event)) == ("COERCE", "1711", "Disrupted weapons use")


@pytest.mark.slow
def test_a_helicopter_downed_is_attacked() -> None:
    event = _by_word(_events("Rebels downed an army helicopter near Kidal on Monday."), "downed")
    assert (event.type, event.cameo) == ("ASSAULT", "190")
    assert _text(event.actor2) == "an army helicopter"


@pytest.mark.slow
def test_tools_downed_are_still_a_strike() -> None:
    event = _by_word(_events("Dock workers downed tools on Monday over unpaid wages."), "downed")
    assert event.type == "PROTEST"


# ---- what is no target: the weapons used, a topic, a place taken for an object

@pytest.mark.slow
@pytest.mark.parametrize("site, region", [("an oil refinery", "Ryazan"), ("an oil depot", "Bryansk")])
def test_the_weapons_hung_on_a_targets_place_are_not_in_its_phrase(site: str, region: str) -> None:
    events = _events(f"Ukraine said on Monday it had struck {site} in Russia's {region} region with long-range drones.")
    event = _by_word(events, "struck")
    assert _text(event.actor2) == f"{site} in Russia's {region} region" and event.actor2.code == "RUS"


@pytest.mark.slow
def test_security_discussed_is_a_topic_not_a_force() -> None:
    event = _by_word(_events("The two ministers discussed border security and migration on Tuesday."), "discussed")
    assert event.actor2 is None


def test_a_security_phrase_that_names_a_body_keeps_its_sector() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("border security") is None or code_phrase("border security").sector is None
    assert code_phrase("security forces").sector == "MIL"
    assert code_phrase("Syrian security").code == "SYRMIL"


@pytest.mark.slow
def test_where_a_crowd_gathered_is_no_partner_of_its_demand() -> None:
    events = _events("Hundreds of teachers gathered outside parliament in Nairobi on Tuesday to demand higher pay.")
    assert _by_word(events, "demand").actor2 is None


# ---- a generic "the attack" names any violent act told before

@pytest.mark.slow
def test_the_attack_named_again_after_a_killing_is_no_new_attack() -> None:
    events = _events("Insurgents beheaded five villagers in Cabo Delgado province on Monday, a local official said. "
                     "The attack was the third in the area this month.")
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["beheaded"]


@pytest.mark.slow
def test_the_attack_with_nothing_violent_told_before_is_an_attack() -> None:
    events = _events("Police arrested five villagers in Cabo Delgado province on Monday. "
                     "The attack was the third in the area this month.")
    assert any(e.trigger.text == "attack" and e.type == "ASSAULT" for e in events)


# ---- one head noun shared with a named body

@pytest.mark.parametrize("phrase, code", [
    ("Somali and African Union forces", "SOMMIL"),
    ("Somali and AU troops", "SOMMIL"),
    ("Indian and Pakistani troops", "INDMIL"),
])
def test_a_head_noun_shared_with_a_named_body_gives_the_first_its_sector(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code


def test_a_state_joined_to_armed_men_it_does_not_share_a_head_with_keeps_no_sector() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("Syria and allied fighters").code == "SYR"


# ---- the day of a past progressive relative clause is the main act's

@pytest.mark.slow
def test_people_arrested_while_holding_a_meeting_on_a_day_were_arrested_that_day() -> None:
    events = _events("Police arrested 25 activists who were holding a meeting at a hotel in Harare on Monday, "
                     "their lawyer said.")
    assert _by_word(events, "arrested").date == "2025-06-09"


@pytest.mark.slow
def test_a_past_relative_clause_with_a_year_still_keeps_its_own_day() -> None:
    events = _events("Police arrested two men who were wanted for a bombing in 2019.")
    assert _by_word(events, "arrested").date != "2019-01-01"


# ---- "its" before a target of force: the body named before, not the doer

@pytest.mark.slow
def test_its_leaders_detained_after_a_raid_on_a_party_are_the_partys() -> None:
    events = _events("Soldiers stormed the headquarters of the opposition party in Kampala on Monday and "
                     "detained several of its leaders.")
    event = _by_word(events, "detained")
    assert _text(event.actor2) == "several of its leaders" and event.actor2.sector == "OPP"


@pytest.mark.slow
def test_its_commander_killed_is_the_groups_and_a_target() -> None:
    event = _by_word(_events("The army attacked the rebel group on Monday and killed its commander."), "killed")
    assert _text(event.actor2) == "its commander" and event.actor2.sector == "REB"


@pytest.mark.slow
def test_its_crew_detained_by_a_states_force_is_not_that_states() -> None:
    events = _events("TEHRAN (Reuters) - Iran's Revolutionary Guards seized a foreign oil tanker in the Gulf on Monday, "
                     "state media reported, and detained its 18 crew members.")
    event = _by_word(events, "detained")
    assert _text(event.actor2) == "its 18 crew members" and event.actor2.country != "IRN"


@pytest.mark.slow
def test_its_own_troops_deployed_are_still_no_target() -> None:
    event = _by_word(_events("The army deployed its troops to the border on Monday."), "deployed")
    assert event.actor2 is None or "troops" not in event.actor2.text


# ---- a demonym's capital

@pytest.mark.slow
@pytest.mark.parametrize("demonym, city", [("Somali", "Mogadishu"), ("Malian", "Bamako"), ("Chadian", "N'Djamena")])
def test_a_demonym_capital_also_known_as_a_name_is_that_capital(demonym: str, city: str) -> None:
    event = _by_word(_events(f"Gunmen attacked a hotel in the {demonym} capital on Monday."), "attacked")
    assert event.location is not None and event.location.name == city


@pytest.mark.slow
def test_a_demonym_capital_under_its_own_dateline_keeps_the_dateline_place() -> None:
    events = _events("MOGADISHU (Reuters) - A car bomb exploded near a military base in the Somali capital on "
                     "Monday, killing at least eight soldiers, a military officer said.")
    event = _by_word(events, "exploded")
    assert event.location is not None and event.location.name == "Mogadishu"


# ---- a hyphened word the parser split into several objects

@pytest.mark.slow
def test_a_split_counter_offensive_keeps_its_parties() -> None:
    events = _events("Government forces launched a counter-offensive against the rebels near Goma on Monday.")
    event = _by_phrase(events, "counter-offensive")
    assert _text(event.actor1) == "Government forces" and event.actor2 is not None


# ---- harm done by fire one "came under"

@pytest.mark.slow
def test_harm_from_fire_a_patrol_came_under_is_the_shooters() -> None:
    events = _events("A UN patrol came under fire from armed men near Bria on Monday, wounding two peacekeepers.")
    event = _by_word(events, "wounding")
    assert _text(event.actor1) == "armed men" and _text(event.actor2) == "two peacekeepers"


@pytest.mark.slow
def test_harm_from_an_attack_with_no_attacker_named_has_no_doer() -> None:
    events = _events("An army convoy came under attack near Gao on Monday, killing three soldiers.")
    assert _by_word(events, "killing").actor1 is None


# ---- a state named as the doer holds no place of another state's thing

@pytest.mark.slow
def test_a_place_of_another_states_thing_is_not_put_in_the_striking_state() -> None:
    events = _events("Israel struck what it said were Hezbollah rocket launchers in the Bekaa valley on Monday.")
    event = _by_word(events, "struck")
    assert event.location is None or event.location.country != "ISR"


# ---- both sides of "between X of Y and Z"

@pytest.mark.slow
def test_the_second_side_the_parser_hung_on_the_firsts_of_is_the_other_party() -> None:
    events = _events("Fighting broke out on Monday between ex-rebels of the Seleka coalition and local militias "
                     "in the town of Bria.")
    event = _by_phrase(events, "Fighting")
    assert _text(event.actor1) == "ex-rebels of the Seleka coalition" and _text(event.actor2) == "local militias"


# ---- dissidents of an armed group are still armed

@pytest.mark.parametrize("phrase, code", [
    ("FARC dissidents", "COLREB"),
    ("Dissidents of the former FARC guerrilla group", "COLREB"),
    ("a FARC dissident group", "COLREB"),
])
def test_dissidents_of_an_armed_group_are_rebels(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code


@pytest.mark.parametrize("phrase, code", [("Chinese dissidents", "CHNOPP"), ("Saudi dissident Jamal Khashoggi", "SAUOPP")])
def test_dissidents_of_a_state_are_still_an_opposition(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code
