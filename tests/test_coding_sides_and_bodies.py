"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-eighth round): the means of a clause joined to another, vows of harm, craft moved, what
was signed before a request, who fought "with" whom, and the body "the group" names. Sentences
written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


def _sub(event: object) -> str | None:
    acled = getattr(event, "acled")
    return acled.sub_event_type if acled is not None else None


# ---- the means of an act

@pytest.mark.slow
def test_a_drone_of_a_clause_joined_by_and_is_not_the_clash_s_means() -> None:
    events = _code("Federal forces and militiamen clashed near the town on Tuesday, residents said, and at least "
                   "20 civilians were killed when a drone struck a market.")
    assert _sub(_by_word(events, "clashed")) == "Armed clash"
    assert _sub(_by_word(events, "killed")) == "Air/drone strike"


@pytest.mark.slow
def test_an_attack_answered_by_air_strikes_in_another_clause_is_no_air_strike() -> None:
    events = _code("Militants attacked a checkpoint near Kidal and the army responded with air strikes.")
    assert _sub(_by_word(events, "attacked")) != "Air/drone strike"


@pytest.mark.slow
def test_a_gapped_toll_keeps_the_words_the_parser_hung_on_it() -> None:
    # "and dozens wounded … during shelling": no verb of its own, its words are both conjuncts'
    events = _code("Twenty-one people were killed and dozens wounded in the city during shelling by government "
                   "forces on Sunday, a doctor said.")
    assert _sub(_by_word(events, "killed")) == "Shelling/artillery/missile attack"


# ---- words that name an event

@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("The Somali government vowed to hunt down those responsible.", "vowed", None),
    ("The president vowed to crush the rebels.", "vowed", "the rebels"),
    ("The minister vowed to defeat Hamas.", "vowed", "Hamas"),
])
def test_harm_vowed_on_people_is_a_threat(text: str, word: str, target: str | None) -> None:
    ev = _by_word(_code(text), word)
    assert ev.type == "THREATEN" and ev.cameo.startswith("13")
    assert (ev.actor2.text if ev.actor2 is not None else None) == target


@pytest.mark.slow
def test_harm_vowed_on_a_plight_is_no_threat() -> None:
    assert all(e.type != "THREATEN" for e in _code("The president vowed to eradicate poverty."))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The U.S. Navy moved an aircraft carrier into the Caribbean.",
    "Russia moved two brigades to the border.",
])
def test_warships_and_units_moved_are_forces_moved(text: str) -> None:
    ev = _by_word(_code(text), "moved")
    assert ev.type == "MOBILIZE" and ev.cameo == "154"


@pytest.mark.slow
def test_gunfire_exchanged_is_a_fight() -> None:
    ev = _by_word(_code("Armed groups loyal to rival factions exchanged gunfire in the capital overnight."),
                  "exchanged")
    assert ev.type == "ASSAULT" and _sub(ev) == "Armed clash"


# ---- what a request takes

@pytest.mark.slow
def test_an_accord_signed_in_a_month_before_a_request_is_signed_then() -> None:
    ev = _by_word(_code("The United States urged both sides to respect the Washington accord signed in June."),
                  "signed")
    assert ev.factuality == "asserted" and (ev.date, ev.date_precision) == ("2025-06-01", "month")
    assert ev.actor2 is None  # (what was signed is no party)


@pytest.mark.slow
def test_a_deal_to_be_signed_in_a_month_stays_to_come() -> None:
    ev = _by_word(_code("The United States urged both sides to sign the accord in July."), "sign")
    assert ev.factuality == "future"


# ---- parties

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("M23 rebels seized the town of Uvira on Wednesday after days of fighting with Congolese troops.", "fighting"),
    ("M23 rebels seized the town of Uvira on Wednesday after heavy clashes with Congolese troops.", "clashes"),
])
def test_a_fight_with_someone_before_an_act_of_force_is_the_doer_s(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert ev.actor1 is not None and ev.actor1.text == "M23 rebels"
    assert ev.actor2 is not None and ev.actor2.text == "Congolese troops"


@pytest.mark.slow
def test_those_who_fled_after_clashes_did_not_fight() -> None:
    ev = _by_word(_code("Thousands of residents fled after clashes with the army."), "clashes")
    assert ev.actor1 is None


@pytest.mark.slow
def test_the_group_whose_announcement_it_is_says_what_it_will_do() -> None:
    ev = _by_word(_code("The strikes came despite the group's announcement that it would disarm."), "disarm")
    assert ev.actor1 is not None and ev.actor1.text == "the group"


@pytest.mark.slow
def test_the_group_is_the_armed_body_named_before() -> None:
    text = ("A suicide bomber blew himself up at a military base in Mogadishu on Monday, killing 15 soldiers. "
            "Al Shabaab claimed responsibility for the attack. The attack came a day after the government "
            "announced an offensive against the group in central Somalia.")
    ev = next(e for e in _pipeline(text) if e.trigger.text.startswith("announced"))
    assert ev.actor2 is not None and ev.actor2.text.startswith("the group")
    assert ev.actor2.name == "Al-Shabaab" and ev.actor2.sector == "INS"


@pytest.mark.slow
def test_the_organisation_is_the_body_named_before() -> None:
    ev = _by_word(_pipeline("Niger's military government expelled the country director of the International "
                            "Committee of the Red Cross on Tuesday, accusing the organisation of contacts with "
                            "armed groups."), "accusing")
    assert ev.actor2 is not None and ev.actor2.text == "the organisation" and ev.actor2.country == "NGO"


@pytest.mark.slow
def test_the_group_is_not_the_other_side_named_just_before() -> None:
    events = _pipeline("Al Shabaab fighters attacked a militia loyal to the regional government. At least one "
                       "soldier was killed after Al Shabaab fighters attacked the group along the road.")
    later = [e for e in events if e.trigger.text == "attacked"][-1]
    assert later.actor1 is not None and later.actor2 is not None and later.actor2.text == "the group"
    assert later.actor2.code != later.actor1.code


@pytest.mark.slow
def test_the_militant_group_is_no_rebel_army_named_before() -> None:
    text = ("The SDF along with coalition forces entered the town, but were faced with severe opposition from "
            "the militant group who fought back with car bombs.")
    ev = _by_word(_pipeline(text), "fought")
    assert ev.actor1 is not None and ev.actor1.text == "the militant group" and ev.actor1.name != "SDF"


# ---- batch 2: weapons tried out, ground entered, acts answered, records and owners

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("North Korea conducted a missile test on Wednesday.", "conducted a missile test"),
    ("North Korean leader Kim Jong Un oversaw a test of a new hypersonic missile on Wednesday.", "oversaw a test"),
    ("North Korea test-fired a hypersonic missile on Wednesday.", "test-fired"),
])
def test_a_weapon_tried_out_is_a_show_of_force(text: str, word: str) -> None:
    ev = _by_word(_code(text), word)
    assert (ev.type, ev.cameo) == ("MOBILIZE", "150")
    assert ev.acled is None and ev.actor2 is None  # (ACLED codes no test; the missile is no party)


@pytest.mark.slow
def test_software_tested_is_no_show_of_force() -> None:
    assert not _code("The company ran a test of its new software on Wednesday.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Israeli troops pushed into the village of Beit Jinn on Friday.",
    "Rebels pushed deeper into the city overnight.",
])
def test_forces_pushing_into_a_place_take_ground(text: str) -> None:
    ev = _by_word(_code(text), "pushed")
    assert ev.type == "ASSAULT" and ev.cameo == "192"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["The army pushed for a ceasefire.", "Prices pushed into record territory."])
def test_a_push_for_something_or_by_prices_takes_no_ground(text: str) -> None:
    assert all(e.cameo != "192" for e in _code(text))


@pytest.mark.slow
def test_the_act_an_answer_answers_is_an_event() -> None:
    ev = _by_word(_code("The Israeli military said it was responding to an attack on its troops in Rafah."), "attack")
    assert ev.type == "ASSAULT" and ev.factuality == "reported"


@pytest.mark.slow
def test_a_complaint_police_respond_to_is_no_event() -> None:
    assert not _code("Police responded to a loud music complaint on Sunday morning.")


@pytest.mark.slow
def test_the_act_answered_keeps_its_own_day_and_the_answer_its_own() -> None:
    events = _code("Britain said on Sunday it would expel a Russian diplomat in retaliation for the expulsion of a "
                   "British diplomat from Moscow last month.")
    assert _by_word(events, "expel").date == "2025-06-08"
    assert (_by_word(events, "expulsion").date, _by_word(events, "expulsion").date_precision) == ("2025-05-01", "month")


@pytest.mark.slow
def test_the_owner_of_an_act_answered_is_not_the_one_answering() -> None:
    ev = _by_word(_code("The United Nations imposed sanctions on Iraq in 1990 in response to its invasion of "
                        "Kuwait."), "invasion")
    assert ev.actor1 is not None and ev.actor1.text == "Iraq"


@pytest.mark.slow
def test_their_is_the_pair_named_after_a_single_subject() -> None:
    ev = _by_word(_code("Japan has decided to lift sanctions imposed on India and Pakistan after their nuclear "
                        "tests."), "tests")
    assert ev.actor1 is not None and ev.actor1.text.startswith("India")


@pytest.mark.slow
def test_the_moment_a_record_is_measured_from_takes_no_day_of_the_record() -> None:
    events = _code("Israeli air strikes killed 25 Palestinians on Thursday, in one of the deadliest days since "
                   "the ceasefire took effect.")
    assert _by_word(events, "killed").date == "2025-06-05"
    assert _by_word(events, "ceasefire").date != "2025-06-05"


@pytest.mark.slow
def test_a_record_s_own_act_takes_no_day_of_the_moment_measured_from() -> None:
    events = _code("Fighting in the city was the worst since the group captured El Fasher last month.")
    assert _by_word(events, "Fighting").date != "2025-05-01"
    assert _by_word(events, "captured").date == "2025-05-01"


# ---- batch 3: clauses measured from an act, aims, pacts named by their day, the world body

@pytest.mark.slow
def test_a_verb_joined_in_a_clause_measured_from_the_act_is_dated_with_it() -> None:
    events = _code("Nigerian troops rescued 62 hostages on Sunday, a week after the gunmen stormed a village and "
                   "seized dozens of women and children.")
    assert _by_word(events, "rescued").date == "2025-06-08"
    assert _by_word(events, "stormed").date == _by_word(events, "seized").date == "2025-06-01"


@pytest.mark.slow
def test_the_aim_of_an_agreement_is_no_party_to_it() -> None:
    ev = _by_word(_code("The Congolese government and M23 rebels signed a framework agreement in Doha on Saturday "
                        "aimed at ending years of conflict in eastern Congo."), "signed")
    assert ev.actor2 is None or "ending" not in ev.actor2.text


@pytest.mark.slow
def test_the_day_a_pact_was_made_dates_no_act_that_names_it() -> None:
    events = _code("The SDF condemned the attack, saying it violated a ceasefire brokered by the United States "
                   "last year.")
    assert _by_word(events, "condemned").date == "2025-06-10"
    assert _by_word(events, "violated").date == "2025-06-10"


@pytest.mark.slow
def test_a_pact_agreed_is_no_party_to_its_agreeing() -> None:
    events = _code("The fighting was the first violation of a ceasefire agreed in May.")
    agreed = _by_word(events, "agreed")
    assert agreed.actor1 is None and (agreed.date, agreed.date_precision) == ("2025-05-01", "month")
    assert _by_word(events, "fighting").date != "2025-05-01"


@pytest.mark.slow
def test_the_world_body_is_the_united_nations() -> None:
    ev = _by_word(_code("Houthi forces detained 20 staff members on Friday, the world body said, accusing the "
                        "group of violating international law."), "accusing")
    assert ev.actor1 is not None and ev.actor1.code == "IGOUNO"


# ---- batch 4: what a participle on a noun of intent tells

@pytest.mark.slow
def test_a_move_condemned_by_someone_was_condemned() -> None:
    ev = _by_word(_code("Nicaragua stripped 94 political opponents of their citizenship on Saturday, in a move "
                        "condemned by the United States and the European Union."), "condemned")
    assert ev.factuality == "asserted"


@pytest.mark.slow
def test_a_move_to_do_something_is_still_to_come() -> None:
    ev = next(e for e in _code("The government announced a move to expel the ambassador.") if e.type == "SANCTION")
    assert ev.factuality == "future"


# ---- batch 5: a conjunct after an attribution the parser made the root

_ATTRIBUTED = ("Tanzanian police arrested an opposition leader on treason charges ahead of next week's election, "
               "his party said on Friday, and ")


@pytest.mark.slow
@pytest.mark.parametrize("rest, word, doer", [
    # an act is the reported doer's
    ("banned a planned rally in Dar es Salaam.", "banned", "Tanzanian police"),
    # words stay the speaker's
    ("called for his release.", "called", "his party"),
])
def test_a_conjunct_after_an_attribution(rest: str, word: str, doer: str) -> None:
    ev = _by_word(_code(_ATTRIBUTED + rest), word)
    assert ev.actor1 is not None and ev.actor1.text == doer
