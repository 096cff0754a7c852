"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-second
round): a subject with a phrase of its own the parser read as a noun with a participle, a side named
before "aligned", a retaking left unlemmatised, the deed a penalty is laid "for", foreign troops
ordered out, a thing's site named after "inside", a block of flats hit, a camp's commander, a capital
accused, a state a way is closed to, a gathering attacked, wars on smuggling and terrorism, a statement
blocked, whom "them" stands for when told to do something, a past verb read as an adjective, and
"it" after a person's act.
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


# ---- "Gunmen on motorbikes killed": the sentence's verb, not a participle of "motorbikes"

@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Gunmen on motorbikes killed at least 17 villagers in an attack on a market in western Niger's Tillaberi region "
    "on Tuesday, local officials said.",
    "Gunmen on motorbikes killed at least 17 villagers in the village of Bossey on Tuesday.",
    "NIAMEY - Gunmen on motorbikes killed at least 17 villagers in an attack on a market in western Niger's "
    "Tillaberi region on Tuesday, local officials said.",
])
def test_a_subject_with_a_phrase_of_its_own_keeps_its_verb(sentence: str) -> None:
    event = _by_word(_events(sentence), "killed")
    assert _text(event.actor1) == "Gunmen" and _text(event.actor2).startswith("at least 17 villagers")


@pytest.mark.slow
def test_a_participle_without_an_object_stays_a_participle() -> None:
    from watchfloor.nlp.pipeline import load_nlp

    doc = load_nlp()("Photos of soldiers killed in the attack were shown on television.")
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ != "ROOT"


# ---- a side named before "aligned" is no part of the phrase's code

def test_a_side_named_before_aligned_is_a_sponsor() -> None:
    from watchfloor.coding.actors import code_phrase

    coded = code_phrase("the Iran-aligned group")
    assert coded is None or coded.country != "IRN"
    assert code_phrase("Iranian-backed militias").country != "IRN"


def test_fighters_aligned_with_a_government_after_the_head_stay_its_own() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("fighters aligned with the Syrian government").code == "SYRMIL"


# ---- an irregular past the model leaves unlemmatised

@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, sub", [
    ("Somali troops backed by foreign air strikes later retook the base.", "retook", "Government regains territory"),
    ("Rebels overran an army post near the border after heavy shelling.", "overran",
     "Non-state actor overtakes territory"),
])
def test_a_retaking_keeps_its_territory_kind_whatever_weapons_the_sentence_names(sentence: str, word: str,
                                                                               sub: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) == sub


def test_irregular_base_names_the_one_verb_of_a_past_form() -> None:
    from watchfloor.coding.inflect import irregular_base

    assert irregular_base("retook") == "retake" and irregular_base("overran") == "overrun"
    assert irregular_base("attacked") is None


# ---- the deed a penalty is laid "for" is the penalised party's

@pytest.mark.slow
def test_sanctions_laid_on_companies_for_supplying_weapons_make_the_companies_the_suppliers() -> None:
    events = _events("The United States imposed sanctions on five Sudanese companies for supplying weapons "
                     "to the Rapid Support Forces.")
    supplying = _by_word(events, "supplying")
    assert _text(supplying.actor1) == "five Sudanese companies"
    assert supplying.factuality == "speculative"  # what they are held to have done


@pytest.mark.slow
def test_a_travel_ban_on_generals_for_blocking_aid_makes_the_generals_the_blockers() -> None:
    events = _events("The European Union imposed a travel ban on three generals for blocking aid deliveries.")
    assert _text(_by_word(events, "blocking").actor1) == "three generals"


@pytest.mark.slow
def test_a_state_praised_for_hosting_still_hosts() -> None:
    events = _events("The European Union praised Kenya for hosting the talks.")
    assert _code(_by_word(events, "hosting").actor1) == "KEN"


# ---- foreign troops ordered out

@pytest.mark.slow
def test_troops_ordered_to_leave_a_country_are_expelled_and_the_order_ends_the_cooperation() -> None:
    events = _events("Chad ordered French troops to leave the country by the end of January, ending decades of "
                     "military cooperation.")
    ordered = _by_word(events, "ordered")
    assert (ordered.type, ordered.cameo, _code(ordered.actor1), _code(ordered.actor2)) == (
        "SANCTION", "166", "TCD", "FRAMIL")
    assert _code(_by_word(events, "ending").actor1) == "TCD"


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The president ordered the army to attack the rebels.",
    "Record rainfall has forced thousands of residents to leave their homes.",
    "The city began using a pesticide specialist to spray two times weekly.",
])
def test_no_expulsion_without_an_order_to_leave(sentence: str) -> None:
    assert not any(e.cameo == "166" for e in _events(sentence))


# ---- a thing's site is no sector of it; a block of flats is what was hit

def test_what_a_thing_operates_inside_is_no_sector_of_it() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("a Hamas command centre operating inside the school compound").sector == "INS"
    checkpoint = code_phrase("a checkpoint outside Baghdad")
    assert checkpoint is None or checkpoint.sector != "GOV"


@pytest.mark.slow
def test_a_missile_hitting_a_block_of_flats_hit_the_block() -> None:
    event = _by_word(_events("A missile hit an apartment block in Kharkiv, killing two people."), "hit")
    assert _text(event.actor2) == "an apartment block in Kharkiv"


@pytest.mark.slow
def test_the_commander_of_a_rebel_camp_is_the_rebels() -> None:
    events = _events("Troops attacked a rebel camp and killed its commander.")
    assert _by_word(events, "killed").actor2.sector == "REB"


# ---- places that are parties

@pytest.mark.slow
def test_a_capital_accused_is_not_where_the_accuser_acted() -> None:
    events = _events("Algeria closed its airspace to Mali on Monday after accusing Bamako of violating its airspace.")
    location = _by_word(events, "closed").location
    assert location is None or location.name != "Bamako"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, party", [
    ("Algeria closed its airspace to Mali on Monday.", "Mali"),
    ("Niger closed its border to Benin on Monday.", "Benin"),
])
def test_whom_a_way_is_closed_to_is_not_where_it_was_closed(sentence: str, party: str) -> None:
    location = _by_word(_events(sentence), "closed").location
    assert location is None or location.name != party


@pytest.mark.slow
def test_a_border_reopened_with_a_neighbour_is_still_placed_on_that_border() -> None:
    location = _by_word(_events("Chad reopened its border with Sudan on Monday."), "reopened").location
    assert location is not None and location.feature == "border"


# ---- a gathering attacked is not the attackers'

@pytest.mark.slow
def test_gunmen_who_killed_a_candidate_during_a_rally_did_not_rally() -> None:
    # (a campaign rally is no event at all: test_coding_tests_and_datelines.py)
    events = _events("Gunmen killed a mayoral candidate during a rally in Jalisco on Wednesday.")
    assert _by_word(events, "rally").actor1 is None


@pytest.mark.slow
def test_protesters_who_burned_tyres_during_a_rally_rallied() -> None:
    events = _events("Protesters burned tyres during a rally in the capital.")
    assert _text(_by_word(events, "rally").actor1) == "Protesters"


# ---- wars on crimes are no fighting

@pytest.mark.slow
@pytest.mark.parametrize("crime", ["smuggling and terrorism", "human trafficking", "extremism"])
def test_an_agreement_to_fight_a_crime_is_no_fight(crime: str) -> None:
    events = _events(f"Algeria and Tunisia signed an agreement on Monday to fight {crime}.")
    assert not any(e.type == "ASSAULT" for e in events)


@pytest.mark.slow
def test_troops_fighting_militants_still_fight() -> None:
    events = _events("Troops fought militants near the border on Monday.")
    assert _by_word(events, "fought").type == "ASSAULT"


# ---- a statement blocked is one rejected

@pytest.mark.slow
def test_a_joint_statement_blocked_is_rejected_not_obstructed() -> None:
    events = _events("Hungary blocked a joint statement on Ukraine's membership bid, diplomats said.")
    event = _by_word(events, "blocked")
    assert (event.type, event.cameo) == ("REJECT", "120")


# ---- "them" told to do something is a party, not the places named last

@pytest.mark.slow
def test_them_required_to_withdraw_are_the_troops_not_the_villages() -> None:
    events = _events("Israeli troops demolished homes in several villages in southern Lebanon on Sunday, despite a "
                     "ceasefire that required them to withdraw by the end of January.")
    assert _code(_by_word(events, "withdraw").actor1) == "ISRMIL"



# ---- a past verb the parser read as an adjective of its object

@pytest.mark.slow
def test_missiles_fired_after_a_subordinator_have_their_doer_and_target() -> None:
    events = _events("U.S. warplanes carried out more than 20 strikes on Houthi targets in Yemen overnight, the "
                     "group's media said, a day after the Houthis fired missiles at a U.S. aircraft carrier.")
    fired = _by_word(events, "fired")
    assert _text(fired.actor1) == "the Houthis" and _text(fired.actor2) == "a U.S. aircraft carrier"


# ---- "it" after a person's act is the body the person dealt with

@pytest.mark.slow
def test_it_after_a_president_suspended_talks_with_a_group_is_the_group() -> None:
    events = _events("Colombia's president suspended talks with the ELN guerrilla group on Friday after it attacked "
                     "a military base with drones, killing three soldiers.")
    assert _code(_by_word(events, "attacked").actor1) == "COLREB"


@pytest.mark.slow
def test_it_in_what_a_person_said_stays_the_person() -> None:
    events = _events("Colombia's president said on Friday it would resume talks with the rebels.")
    assert _code(_by_phrase(events, "resume").actor1) == "COLGOV"

