"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-fourth round): the body an operation names ("a police raid"), an accident's toll told in a
relative clause, a clash that only comes amid tensions, an outpost attacked, a flogging, a transfer's
destination, an object the parser made a speaker, "accusing him" after a clause's object, house
arrest in a relative clause, "before being shot", justice sought, a vow to respond to an attack, what
a deal requires, a week-end's date, production halted by an attack, a verb read as a modifier, tear
gas fired beside a march, roads the state blocks, a ring dismantled, a report that speaks and a
bureau chief, men convicted across a date, armed men killed, a state's strikes, hostages taken, a coup
after a torn dateline and what a request answers.
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _sub
from parsing import actor_text as _text
from parsing import by_phrase as _with
from parsing import by_word as _by_word
from parsing import code_text as _code


def _coded(phrase: str) -> tuple[str | None, str | None]:
    from watchfloor.coding.actors import code_phrase
    got = code_phrase(phrase)
    return (got.country, got.sector) if got is not None else (None, None)


def _words(events: list) -> set[str]:
    return {e.trigger.text for e in events}


# ---- who did an act named by its operation

@pytest.mark.slow
@pytest.mark.parametrize("text, word, doer, code", [
    ("The men were arrested last week in a police raid.", "arrested", "police", "COP"),
    ("Two soldiers were killed in a rebel attack on Monday.", "killed", "rebel", "REB"),
    ("Dozens were detained during a police crackdown on Monday.", "detained", "police", "COP"),
    ("Six civilians were killed in an Israeli air raid on a house in southern Lebanon.", "killed", "Israeli", "ISR"),
    ("Ten fighters were killed in the Saudi jets' air raid on their positions.", "killed", "the Saudi jets", "SAUMIL"),
])
def test_a_passive_act_is_done_by_the_operations_body(text: str, word: str, doer: str, code: str) -> None:
    ev = _by_word(_code(text), word)
    assert _text(ev.actor1) == doer and ev.actor1.code == code


@pytest.mark.slow
@pytest.mark.parametrize("text, word, doer", [
    ("Two soldiers were killed in a rebel attack on Monday.", "attack", "rebel"),
    ("The planned regime attack on the town would cause the truce to collapse.", "attack", "regime"),
    ("The fugitive was spotted at a gorge by an army patrol.", "patrol", "army"),
])
def test_a_body_before_a_noun_of_force_does_it(text: str, word: str, doer: str) -> None:
    assert _text(_by_word(_code(text), word).actor1) == doer


@pytest.mark.slow
@pytest.mark.parametrize("text, word, doer", [
    # the verb's subject does what its object names, whatever the noun's modifier
    ("China conducted large-scale military drills around Taiwan on Monday.", "conducted", "China"),
    ("The Syrian army launched a military operation in Idlib on Monday.", "launched", "The Syrian army"),
    ("Jordan and the United States began a new round of joint military exercises on Monday.", "began", "Jordan"),
])
def test_the_verbs_subject_keeps_the_act(text: str, word: str, doer: str) -> None:
    assert _text(_with(_code(text), word).actor1) == doer


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Putin condemned the terrorist attack carried out on Monday.", "attack"),  # (a kind, no body)
    ("Government forces launched artillery attacks on Monday, killing 11 civilians.", "attacks"),  # (a weapon)
    ("Washington authorized the release of $1 billion in military assistance to Egypt.", "assistance"),
])
def test_a_kind_or_a_weapon_before_the_noun_does_nothing(text: str, word: str) -> None:
    ev = _with(_code(text), word)
    assert ev.actor1 is None or _text(ev.actor1) not in ("terrorist", "artillery", "military")


# ---- an accident's toll

@pytest.mark.slow
def test_an_accidents_toll_in_a_relative_clause_is_no_killing() -> None:
    events = _code("Tens of thousands of people marched through Belgrade on Monday to demand the resignation of "
                   "the government over the collapse of a railway station canopy that killed 16 people last year.")
    assert "killed" not in _words(events)
    assert _sub(_by_word(events, "marched")) == "Peaceful protest"  # (no force used on the marchers)


@pytest.mark.slow
def test_a_killing_by_an_attack_in_a_relative_clause_stays() -> None:
    events = _code("Thousands marched over the bombing of a market that killed 16 people last year.")
    assert "killed" in _words(events)


# ---- a clash in words or in arms

@pytest.mark.slow
def test_clashes_amid_tensions_between_leaders_are_fighting() -> None:
    ev = _by_word(_code("The clashes come amid rising tensions between President Salva Kiir and First Vice "
                        "President Riek Machar."), "clashes")
    assert ev.type == "ASSAULT"


@pytest.mark.slow
def test_ministers_who_clash_over_a_budget_still_argue() -> None:
    assert _by_word(_code("The two ministers clashed over the budget."), "clashed").type == "ACCUSE"


# ---- what was hit, and how

@pytest.mark.slow
def test_an_outpost_is_the_target_not_its_province() -> None:
    ev = _by_word(_code("The rebels attacked a military outpost in Arauca province, killing two soldiers."), "attacked")
    assert _text(ev.actor2) == "a military outpost in Arauca province"


@pytest.mark.slow
def test_a_flogging_is_an_assault() -> None:
    ev = _by_word(_code("The Taliban publicly flogged 14 people in a stadium in Ghazni province on Monday."),
                  "flogged")
    assert ev.type == "ASSAULT" and ev.cameo == "182" and _text(ev.actor2) == "14 people"


@pytest.mark.slow
def test_production_halted_by_an_attack_is_no_sanction() -> None:
    events = _code("A drone attack on an oilfield in Iraq's Kurdistan region halted production on Monday.")
    assert "halted" not in _words(events)
    assert _by_word(_code("Russia halted gas deliveries to Poland on Monday."), "halted").type == "SANCTION"


@pytest.mark.slow
@pytest.mark.parametrize("text, taken", [
    ("Gunmen attacked a passenger train on Monday and took dozens of passengers hostage.", "dozens of passengers"),
    ("Rebels took three soldiers hostage.", "three soldiers"),
])
def test_those_taken_hostage_are_the_target_without_the_word_hostage(text: str, taken: str) -> None:
    assert _text(_by_word(_code(text), "took").actor2) == taken


# ---- parses set right

@pytest.mark.slow
def test_a_transfers_destination_is_no_target_of_the_sanction() -> None:
    events = _code("European Union foreign ministers agreed on Monday to impose new sanctions on Iran over its "
                   "supply of drones and missiles to Russia.")
    assert _text(_by_word(events, "agreed").actor2) != "Russia"
    assert all(e.location is None or e.location.country != "RUS" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text, head", [
    ("European Union foreign ministers agreed on Monday to impose new sanctions on Iran over its supply of drones "
     "and missiles to Russia, diplomats said.", "supply"),
    ("The company sold its supply of oil to China.", "sold"),  # (the verb's own object: a sale to China)
    ("The army sent the convoy over the border as part of a delivery of aid to Gaza.", "delivery"),
])
def test_where_a_transfer_goes_hangs_on_the_transfer(nlp, text: str, head: str) -> None:  # type: ignore[no-untyped-def]
    to = [t for t in nlp(text) if t.text == "to" and t.dep_ == "prep"][-1]
    assert to.head.text == head


@pytest.mark.slow
def test_the_object_the_parser_made_a_speaker_is_killed() -> None:
    ev = _by_word(_code("Myanmar's military bombed a monastery in the Sagaing region on Monday, killing at least 23 "
                        "civilians sheltering there, witnesses and a resistance group said."), "killing")
    assert _text(ev.actor2) == "at least 23 civilians" and ev.actor2.code == "CVL"


@pytest.mark.slow
def test_accusing_him_after_the_object_of_a_to_clause() -> None:
    ev = _by_word(_code("Kenya's parliament voted on Monday to impeach the deputy president, accusing him of "
                        "corruption."), "accusing")
    assert _text(ev.actor2) == "the deputy president"


@pytest.mark.slow
def test_one_placed_under_house_arrest_in_a_relative_clause_is_held() -> None:
    ev = _with(_code("The clashes come amid tensions with First Vice President Riek Machar, who was placed under "
                     "house arrest in March."), "placed")
    assert _text(ev.actor2) == "First Vice President Riek Machar" and ev.actor1 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("Palestinian gunmen opened fire at a checkpoint near Nablus on Monday, wounding two soldiers before being shot "
     "dead.", "shot", "Palestinian gunmen"),
    ("The opposition leader was freed after being detained for two days.", "detained", "The opposition leader"),
])
def test_before_or_after_being_done_to_is_the_main_clauses_party(text: str, word: str, target: str) -> None:
    assert _text(_by_word(_code(text), word).actor2) == target


# ---- threats and obligations

@pytest.mark.slow
def test_a_vow_to_respond_to_air_strikes_is_a_threat() -> None:
    ev = _by_word(_code("Pakistani air strikes hit several districts in Paktika province overnight, killing at "
                        "least 15 people, a Taliban spokesman said on Monday, vowing to respond."), "vowing")
    assert ev.type == "THREATEN"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["The minister vowed to respond to the crisis.",
                                  "The government vowed to respond quickly after the floods."])
def test_a_vow_to_respond_with_no_arms_named_is_a_promise(text: str) -> None:
    assert _by_word(_code(text), "vowed").type == "AGREE"


@pytest.mark.slow
def test_what_a_deal_requires_is_still_to_come() -> None:
    events = _code("Lebanon's army began deploying troops on Friday under a U.S.-brokered deal that requires "
                   "Hezbollah to withdraw its fighters from the area.")
    withdraw = _by_word(events, "withdraw")
    assert withdraw.factuality == "future"
    assert withdraw.date == "2025-06-10"  # (not next Friday: the day the deployment began is not its day)


@pytest.mark.slow
def test_a_past_verb_the_parser_made_a_modifier_keeps_its_subject() -> None:
    events = _code("TAIPEI (Reuters) - Taiwan scrambled jets and deployed missile systems on Monday after detecting "
                   "30 Chinese military aircraft near the island, the defence ministry said.")
    deployed = _by_word(events, "deployed")
    assert _text(deployed.actor1) == "Taiwan" and _text(deployed.actor2) == "missile systems"
    assert _text(_by_word(events, "scrambled").actor1) == "Taiwan"


@pytest.mark.slow
def test_a_coup_told_after_a_dateline_the_parser_tore() -> None:
    events = _code("DAKAR (Reuters) - Guinea-Bissau's military seized power on Monday, a day before provisional "
                   "election results were due, and detained President Umaro Sissoco Embalo, officers said.")
    seized = _with(events, "seized")
    assert seized.cameo == "170" and _text(seized.actor1) == "Guinea-Bissau's military"
    assert _text(_by_word(events, "detained").actor1) == "Guinea-Bissau's military"


# ---- crowds and the state's measures

@pytest.mark.slow
@pytest.mark.parametrize("text, crowd", [
    ("Thousands of supporters of the opposition leader marched on the capital on Monday, defying a ban on "
     "gatherings, as police fired tear gas.", "Thousands of supporters of the opposition leader"),
    ("Police fired tear gas as thousands marched on parliament.", "thousands"),
])
def test_tear_gas_fired_beside_a_march_is_fired_at_the_marchers(text: str, crowd: str) -> None:
    assert _text(_by_word(_code(text), "fired").actor2) == crowd


@pytest.mark.slow
def test_tear_gas_fired_at_someone_named_stays_theirs() -> None:
    ev = _by_word(_code("Thousands marched on parliament as police fired tear gas at journalists."), "fired")
    assert _text(ev.actor2) == "journalists"


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    ("Thousands marched on the capital as police fired tear gas and blocked roads with shipping containers.", "191"),
    ("Police blocked access to the square.", "191"),
    ("Soldiers blocked off the road to the airport.", "191"),
    ("Officers blocked several hundred protesters from marching.", "175"),  # (a crowd held back)
    ("Protesters blocked roads in the capital.", "144"),
    ("Advocates from a coalition of women's groups blocked intersections.", "144"),  # (no armed coalition)
])
def test_roads_blocked_by_the_state_are_no_protest(text: str, code: str) -> None:
    assert _by_word(_code(text), "blocked").cameo == code


@pytest.mark.slow
def test_a_ring_dismantled_is_no_weapon_disrupted() -> None:
    events = _code("Spanish police dismantled a network that smuggled migrants to the Balearic Islands.")
    assert _sub(_by_word(events, "dismantled")) is None
    assert _sub(_by_word(_code("Soldiers dismantled a bomb near the market."), "dismantled")) == "Disrupted weapons use"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, sub", [
    ("Algeria's army said it had killed three armed men near the border with Mali.", "killed", "Armed clash"),
    ("Nigerian troops killed 50 bandits in Zamfara.", "killed", "Armed clash"),
    ("Bandits killed 12 villagers in Zamfara.", "killed", "Attack"),
    ("Israeli strikes killed four people in southern Lebanon on Monday.", "killed", "Air/drone strike"),
    ("The Israeli strikes in Gaza killed 20 people.", "killed", "Air/drone strike"),
])
def test_who_was_killed_and_by_what(text: str, word: str, sub: str) -> None:
    assert _sub(_by_word(_code(text), word)) == sub


@pytest.mark.slow
def test_a_general_strike_is_no_air_strike() -> None:
    assert _by_word(_code("A general strike paralysed the city."), "strike").type == "PROTEST"


@pytest.mark.slow
def test_men_convicted_across_a_date_are_the_convicted() -> None:
    ev = _by_word(_code("Iran hanged two men on Monday convicted of membership in an armed group that attacked "
                        "security forces in 2024."), "convicted")
    assert _text(ev.actor2) == "two men"


# ---- who says so

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Mali's army killed dozens of civilians in Moura in March 2022, a United Nations report said on Monday.",
    "Mali's army killed dozens of civilians in Moura in March 2022, a United Nations report said on Monday, an "
    "accusation the junta rejected.",
])
def test_what_a_report_says_is_reported(text: str) -> None:
    assert _by_word(_code(text), "killed").factuality == "reported"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Nigeria's president ordered the recruitment of 20,000 more police officers after a spate of mass "
     "kidnappings.", "kidnappings"),
    ("The UN called for a ceasefire after weeks of fighting.", "fighting"),
])
def test_what_a_request_answers_has_happened(text: str, word: str) -> None:
    assert _by_word(_code(text), word).factuality == "asserted"


@pytest.mark.slow
def test_a_charge_denied_after_the_accusation_leaves_it_made() -> None:
    assert _by_word(_code("Congo accused Rwanda of sending troops, a charge Kigali has denied."),
                    "accused").factuality == "asserted"


# ---- actor codes

@pytest.mark.parametrize("phrase, coded", [
    ("A small group of protesters seeking justice for Breonna Taylor", (None, "OPP")),
    ("Justice Scalia", (None, "JUD")),
    ("the Justice Department", (None, "JUD")),
    ("The U.S. Treasury", ("USA", "GOV")),
    ("the bureau chief of the news agency", (None, "MED")),
])
def test_justice_sought_names_no_judge(phrase: str, coded: tuple[str | None, str]) -> None:
    assert _coded(phrase) == coded


@pytest.mark.slow
def test_justice_demanded_is_no_target() -> None:
    ev = _by_word(_code("Protesters in Nairobi were demanding justice for a blogger."), "demanding")
    assert ev.actor2 is None or ev.actor2.code != "JUD"


# ---- when

@pytest.mark.slow
def test_a_clause_over_the_weekend_has_its_own_days() -> None:
    events = _code("Ghana deployed troops to the town of Bawku on Monday after ethnic clashes killed at least 10 "
                   "people over the weekend, police said.")
    assert _by_word(events, "deployed").date == "2025-06-09"
    killed = _by_word(events, "killed")
    assert killed.date != "2025-06-09" and killed.date_end is not None and killed.date_end <= "2025-06-09"
