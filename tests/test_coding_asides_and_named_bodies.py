"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-sixth round): an adjective that heads its own noun phrase ("a French national", "an
offensive"), a charge restated as the object of its denial, a crowd dispersed named by a pronoun,
an aside on a party inside a statement or a denial, a big city the small model calls a person,
a body's name that is another name of a town, and a capital naming where a thing is.
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import actor_text as _text
from parsing import by_phrase as _by_phrase
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import geoparse, pipeline_events


# ---- an adjective heading a noun phrase of its own

@pytest.mark.slow
def test_a_national_arrested_is_the_target() -> None:
    events = _code("Niger's military government said on Monday it had arrested a French national accused of spying.")
    arrest = _by_word(events, "arrested")
    assert arrest.actor2 is not None and arrest.actor2.country == "FRA"
    assert _text(arrest.actor2).startswith("a French national")


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase, actor", [
    ("The army launched an offensive last night in the southern countryside of the province.",
     "launched an offensive", "The army"),
    ("Rebel fighters launched a night offensive in the Hama countryside on Friday.",
     "launched a night offensive", "Rebel fighters"),
])
def test_an_offensive_launched_has_its_launcher(text: str, phrase: str, actor: str) -> None:
    assert _text(_by_word(_code(text), phrase).actor1) == actor


# ---- a charge restated after a comma as what its denier denied

@pytest.mark.slow
def test_a_charge_read_as_the_denials_object_was_made() -> None:
    events = _code("The army accused the RSF of deliberately targeting civilians, a charge the paramilitary "
                   "group denied.")
    accusation = _by_word(events, "accused")
    assert (_text(accusation.actor1), _text(accusation.actor2)) == ("The army", "the RSF")
    denial = _by_word(events, "denied")
    assert (_text(denial.actor1), _text(denial.actor2)) == ("the paramilitary group", "The army")


@pytest.mark.slow
def test_a_bare_charge_subject_still_reads_as_before() -> None:
    events = _code("Ethiopia accused Eritrea of preparing for war, charges Asmara rejected.")
    assert _text(_by_word(events, "accused").actor2) == "Eritrea"
    assert _text(_by_word(events, "rejected").actor2) == "Ethiopia"


# ---- whom tear gas was fired to disperse, named by a pronoun

@pytest.mark.slow
@pytest.mark.parametrize("text, actor, target", [
    ("Hundreds of students marched on the embassy on Sunday. Police fired tear gas to disperse them.",
     "Police", "Hundreds of students"),
    # the crowd that marched, not the nearest plural of its grievance
    ("Hundreds of students marched on the embassy on Sunday to protest Rwanda's support for M23 rebels. "
     "Police fired tear gas to disperse them.", "Police", "Hundreds of students"),
    # the parser reads "that" as a second subject of "fired"; "them" is no one of the firing clause
    ("Protesters demanded that the president resign as police fired tear gas to disperse them.",
     "police", "Protesters"),
])
def test_them_dispersed_are_the_crowd_named_before(text: str, actor: str, target: str) -> None:
    fired = _by_word(pipeline_events(text), "fired")
    assert (_text(fired.actor1), _text(fired.actor2)) == (actor, target)


@pytest.mark.slow
def test_a_word_cut_from_its_crowd_names_no_target() -> None:
    # "anti-government" cut in three by the tokenizer: the government was not dispersed (the
    # whole word, mended into one, is the crowd: an opposition)
    events = _code("Security forces fired tear gas to disperse anti-government from the city centre.")
    fired = _by_word(events, "fired")
    assert fired.actor2 is None or _text(fired.actor2) == "anti-government" and fired.actor2.sector == "OPP"


# ---- an aside on a party is told as done, with its own date

@pytest.mark.slow
def test_an_aside_inside_a_denial_is_an_event() -> None:
    events = _code("Rwanda denies backing the rebels, who seized Goma early last year.")
    seized = _by_word(events, "seized")
    assert seized.factuality == "asserted"
    assert seized.date == "2024-01-01"
    assert not [e for e in events if e.trigger.text == "backing"]  # the backing is denied


@pytest.mark.slow
def test_an_aside_on_the_statements_subject_is_an_event_and_no_date_of_it() -> None:
    events = _code("The M23 rebels, who seized Goma early last year, denied the report.")
    assert _by_word(events, "seized").date == "2024-01-01"
    assert _by_word(events, "denied").date == "2025-06-10"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    # no comma: the clause says which rebels, under the denial
    ("Rwanda denies backing rebels who seized Goma.", "seized"),
    # a charge's own clause stays alleged
    ("Kinshasa accused Kigali of arming the rebels, who seized Goma.", "arming"),
])
def test_what_the_denial_or_charge_holds_stays_unasserted(text: str, word: str) -> None:
    assert all(e.factuality != "asserted" for e in _code(text) if e.trigger.text == word)


# ---- places: a big city called a person, a body's name that a town also bears

@pytest.mark.slow
def test_a_big_city_attacked_is_a_place(nlp, gp) -> None:  # type: ignore[no-untyped-def]
    places = geoparse(nlp, gp, "The rebels attacked Bukavu on Monday.")
    assert [(p.text, p.country) for p in places] == [("Bukavu", "COD")]


@pytest.mark.slow
def test_a_person_attacked_is_no_town(nlp, gp) -> None:  # type: ignore[no-untyped-def]
    assert geoparse(nlp, gp, "Supporters of the senator attacked Obama in a speech on Monday.") == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("The Israeli military said it had struck Hamas militants planning attacks.", "Hamas"),
    ("NATO said it would send more ships to the Baltic.", "NATO"),
])
def test_a_bodys_name_is_no_town_of_that_other_name(nlp, gp, text: str,  # type: ignore[no-untyped-def]
                                                    name: str) -> None:
    assert name not in [p.text for p in geoparse(nlp, gp, text)]


@pytest.mark.slow
def test_a_capital_the_dictionary_names_a_body_for_stays_a_place(nlp, gp) -> None:  # type: ignore[no-untyped-def]
    places = geoparse(nlp, gp, "Ministers met in Brussels on Monday.")
    assert [(p.text, p.country) for p in places] == [("Brussels", "BEL")]


# ---- a capital naming where a thing is, not its government

@pytest.mark.parametrize("phrase, code", [
    ("an upscale Baghdad restaurant", "IRQ"),
    ("a central Baghdad square", "IRQ"),
    ("the Kabul airport", "AFG"),
    # whose it is, or who works for it
    ("Moscow 's response", "RUSGOV"),
    ("White House budget chief Peter Orszag", "USAGOV"),
    ("Moscow education chief Lyubov Kezina", "RUSGOV"),
    ("the Kabul government", "AFGGOV"),
    ("Baghdad", "IRQGOV"),
])
def test_a_capital_before_a_thing_names_where_it_is(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    coded = code_phrase(phrase)
    assert coded is not None and coded.code == code


# ---- a country accused is no place of the accuser's act; a base hit is the target

@pytest.mark.slow
def test_a_country_accused_after_an_arrest_is_not_where_it_was_made() -> None:
    events = pipeline_events("The junta arrested several officers on Wednesday, accusing Ivory Coast of harbouring "
                             "the plotters.")
    arrest = _by_word(events, "arrested")
    assert arrest.location is None or arrest.location.country != "CIV"


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("Gunmen attacked a peacekeeping base in Ituri province on Friday.", "a peacekeeping base in Ituri province"),
    # a mission served is still its host's
    ("Japan will send troops to the UN peacekeeping mission in South Sudan.", "South Sudan"),
])
def test_a_peacekeeping_base_hit_is_the_base(text: str, target: str) -> None:
    event = _code(text)[0]
    assert _text(event.actor2) == target


# ---- a moment dated by its own month, leave given for a gathering, whom an appeal asks to act

@pytest.mark.slow
def test_a_month_of_a_moment_named_after_is_not_the_acts() -> None:
    events = _code("The European Union agreed on Saturday to lift sanctions on Syria's banking sector to help the "
                   "country's recovery after the fall of Bashar al-Assad in December 2024.")
    lifting = _by_phrase(events, "lift")  # (one event with its governor: "agreed on Saturday to lift")
    assert lifting.date != "2024-12-01"
    assert _by_phrase(events, "agreed").date == "2025-06-07"


@pytest.mark.slow
def test_a_rally_not_authorised_is_no_rally_denied() -> None:
    events = _code("Police said the rally had not been authorised.")
    rally = [e for e in events if e.type == "PROTEST"]
    assert rally and all(e.factuality != "negated" for e in rally)
    assert all(e.trigger.text == "rally" for e in rally)


@pytest.mark.slow
def test_the_one_called_on_to_release_releases() -> None:
    events = _code("The United States condemned the seizures and called on Tehran to release the vessels and "
                   "their crews immediately.")
    assert _text(_by_word(events, "release").actor1) == "Tehran"


# ---- weapons shot down and drones fired

@pytest.mark.slow
def test_a_drone_shot_down_is_the_target() -> None:
    events = _code("Algeria's army said on Saturday it had shot down a Malian military drone that entered its "
                   "airspace.")
    shot = _by_word(events, "shot")
    assert _text(shot.actor2) == "a Malian military drone" and shot.actor2.country == "MLI"


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Russia fired drones at Kyiv overnight.", "195"),
    ("Russia fired missiles at Kyiv overnight.", "194"),
])
def test_a_city_tagged_with_its_night_is_the_target(text: str, cameo: str) -> None:
    fired = _by_word(_code(text), "fired")
    assert fired.cameo == cameo
    assert _text(fired.actor2) == "Kyiv"


@pytest.mark.slow
def test_a_violation_of_a_pact_agreed_agreed_nothing() -> None:
    events = _code("Troops exchanged fire across the Line of Control on Tuesday, the army said, the first such "
                   "violation of a ceasefire agreed in May 2024.")
    agreed = _by_word(events, "agreed")
    assert agreed.actor1 is None or "violation" not in _text(agreed.actor1)
    assert agreed.date == "2024-05-01"


# ---- a fourth reading: fire set to a noun read as a verb, the act harmed in, a deed blamed

@pytest.mark.slow
def test_fire_set_to_fuel_tankers_burned_the_tankers() -> None:
    events = _code("Jihadist fighters blockaded the town on Sunday, setting fire to fuel tankers and cutting off "
                   "supplies to the town, residents said.")
    assert _text(_by_word(events, "setting").actor2) == "fuel tankers"
    cutting = _by_word(events, "cutting")
    assert cutting.factuality == "reported" and _text(cutting.actor1) == "Jihadist fighters"


@pytest.mark.slow
def test_the_strikes_people_were_killed_in_are_no_part_of_them() -> None:
    events = _code("The air force said it had killed scores of militants in air strikes on their camps.")
    killed = _by_word(events, "killed")
    assert _text(killed.actor2) == "scores of militants"
    assert killed.actor2.sector == "INS"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "No one was hurt in the attack, which the regional government blamed on outlaw groups.",
    "The regional government blamed the attack on outlaw groups.",
])
def test_a_deed_blamed_on_a_group_targets_the_group(text: str) -> None:
    assert _text(_by_word(_code(text), "blamed").actor2) == "outlaw groups"


# ---- a fifth reading: a town the gazetteer lacks, a toll read as a clause, a bomb near a base

@pytest.mark.slow
def test_a_town_unknown_to_the_gazetteer_is_not_put_at_the_dateline_of_another_state() -> None:
    events = pipeline_events("NAIROBI (Reuters) - Somali forces backed by U.S. air strikes recaptured the town of "
                             "Adan Yabaal from al Shabaab on Saturday, the government said.")
    where = _by_word(events, "recaptured").location
    assert where is not None and where.text == "Adan Yabaal"
    assert where.country != "KEN"


@pytest.mark.slow
@pytest.mark.parametrize("opening", ["Police", "LIMA (Reuters) - Peruvian police"])
def test_those_left_injured_read_as_a_clause_are_the_target(opening: str) -> None:
    # (the police's own side was hurt: no doer, whatever the dateline before them)
    events = _code(f"{opening} clashed with protesters blocking a highway on Monday, leaving one protester dead "
                   "and 15 police officers injured, the ombudsman's office said.")
    injured = _by_word(events, "injured")
    assert injured.actor1 is None
    assert _text(injured.actor2) == "15 police officers"


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("A car bomb exploded near a military base in the capital on Thursday, killing eight soldiers.",
     "a military base in the capital"),
    # (a clause with a subordinator is no part of what was hit)
    ("A car bomb exploded near a checkpoint manned by rebels while a school bus was passing, killing 20 students.",
     "a checkpoint manned by rebels"),
])
def test_a_car_bomb_near_a_facility_was_set_off_at_it(text: str, target: str) -> None:
    assert _text(_by_word(_code(text), "exploded").actor2) == target


# ---- a sixth reading: "it" for the state ties were cut with, a court's summons

@pytest.mark.slow
def test_it_accused_is_the_state_ties_were_cut_with() -> None:
    events = _code("Sudan's army-led government said on Saturday it had cut diplomatic ties with the United Arab "
                   "Emirates, accusing it of arming the Rapid Support Forces.")
    accusing = _by_word(events, "accusing")
    assert accusing.actor2 is not None and accusing.actor2.country == "ARE"


@pytest.mark.slow
@pytest.mark.parametrize("text, summons", [
    ("Police used tear gas to disperse supporters who gathered outside his home after he was summoned by a judge.",
     False),
    ("A court summoned the opposition leader on Monday.", False),
    ("Algeria summoned the French ambassador on Monday.", True),
])
def test_a_courts_summons_is_no_complaint(text: str, summons: bool) -> None:
    assert any(e.trigger.text == "summoned" for e in _code(text)) is summons


# ---- a seventh reading: a clause measured from an act told by someone, troops closing a place in

@pytest.mark.slow
def test_days_after_an_attributed_act_is_days_before_it() -> None:
    events = _code("BOGOTA (Reuters) - ELN guerrillas kidnapped two soldiers in Arauca province on Monday, the army "
                   "said, days after the government suspended peace talks with the group.")
    assert _by_word(events, "kidnapped").date == "2025-06-09"
    suspended = _by_word(events, "suspended")
    assert suspended.date is not None and suspended.date < "2025-06-09"


@pytest.mark.slow
@pytest.mark.parametrize("text, coded", [
    ("Troops surrounded the National Assembly on Wednesday night.", True),
    ("Supporters surrounded the candidate as he arrived.", False),
    ("The village is surrounded by mountains.", False),
])
def test_troops_surrounding_a_place_close_it_in(text: str, coded: bool) -> None:
    got = [e for e in _code(text) if e.trigger.text == "surrounded"]
    assert bool(got) is coded
    assert all(e.cameo == "191" and e.type == "COERCE" for e in got)
