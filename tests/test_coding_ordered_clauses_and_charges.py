"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-seventh round): a clause opened by "after" read as the sentence's main clause, a state
one is "under", a "who" clause and a "by" phrase hung on the wrong word, a way cleared of a
crowd, a charge named again after its accusation, a governing verb and its complement parted
by a day, an armed party's targets, a dateline before a passive subject, a peacekeeping
patrol, a statement's author, and the deed someone is punished for.
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import actor_text as _text
from parsing import by_phrase as _by_phrase
from parsing import by_word as _by_word
from parsing import code_text as _code


# ---- a clause measured from the act, which the parser made the main clause

@pytest.mark.slow
def test_a_clause_after_an_attribution_is_measured_from_the_act() -> None:
    events = _code("North Korea fired two missiles into the sea on Friday, South Korea's military said, days "
                   "after Seoul and Washington began joint military exercises.")
    fired = _by_word(events, "fired")
    assert fired.date == "2025-06-06"
    began = _by_phrase(events, "began")
    assert began.date_precision == "range" and began.date_end is not None and began.date_end < "2025-06-06"


@pytest.mark.slow
def test_a_clause_hours_after_stays_on_the_acts_day() -> None:
    events = _code("Rebels shelled the town on Sunday, residents said, hours after the government rejected a truce.")
    assert _by_word(events, "shelled").date == _by_word(events, "rejected").date == "2025-06-08"


# ---- a state one is under

@pytest.mark.slow
def test_under_pressure_is_no_request() -> None:
    events = _code("The foreign minister said on Saturday that he rejected any negotiation under pressure.")
    assert not [e for e in events if e.trigger.text == "pressure"]


@pytest.mark.slow
def test_pressure_from_a_party_is_still_one() -> None:
    events = _code("The minister resigned under pressure from Washington.")
    assert _by_word(events, "pressure").type == "REQUEST"


# ---- a "who" clause and a "by" phrase hung on the wrong word

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Congolese police used tear gas to break up a protest by opposition supporters in Kinshasa on Thursday who "
    "were demanding the release of their leader.",
    "KINSHASA (Reuters) - Congolese police used tear gas to break up a protest by opposition supporters in "
    "Kinshasa on Thursday who were demanding the release of their leader.",
])
def test_who_after_an_acts_agent_is_the_agent(text: str) -> None:
    assert _text(_by_word(_code(text), "demanding").actor1) == "opposition supporters in Kinshasa"


@pytest.mark.slow
def test_a_by_phrase_after_an_object_is_the_objects() -> None:
    events = _code("Police dispersed a march by students.")
    assert _text(_by_word(events, "march").actor1) == "students"
    assert "students" in _text(_by_word(events, "dispersed").actor2)


# ---- a way cleared of a crowd

@pytest.mark.slow
def test_rubber_bullets_fired_to_clear_a_road_hit_the_crowd_on_it() -> None:
    events = _code("Thousands of garment workers blocked a highway outside Dhaka on Monday to demand unpaid wages, "
                   "and police fired rubber bullets to clear the road.")
    fired = _by_word(events, "fired")
    assert (_text(fired.actor1), _text(fired.actor2)) == ("police", "Thousands of garment workers")


# ---- a charge named again, after the accusation

@pytest.mark.slow
def test_an_allegation_dismissed_is_aimed_at_its_accuser() -> None:
    events = _code("Ethiopia's government accused Eritrea on Sunday of massing troops along their shared border. "
                   "Eritrea's information minister dismissed the allegation as a fabrication.")
    assert _text(_by_word(events, "dismissed").actor2) == "Ethiopia's government"


@pytest.mark.slow
def test_an_allegation_with_no_accuser_told_has_no_target() -> None:
    events = _code("Eritrea's information minister dismissed the allegation as a fabrication.")
    assert _by_word(events, "dismissed").actor2 is None


# ---- sector words

@pytest.mark.slow
@pytest.mark.parametrize("text, word, sector", [
    ("The RSF shelled a displacement camp near El Fasher on Monday.", "shelled", "REF"),
    ("Egyptian mediators met Hamas leaders on Tuesday.", "met", "GOV"),
])
def test_sector_words(text: str, word: str, sector: str) -> None:
    event = _by_word(_code(text), word)
    party = event.actor2 if word == "shelled" else event.actor1
    assert party is not None and party.sector == sector


# ---- a governing verb and its complement parted by a day

@pytest.mark.slow
@pytest.mark.parametrize("text, word, root, day", [
    ("Libya's eastern-based parliament refused on Saturday to recognise the new central bank governor.",
     "refused", "12", "2025-06-07"),
    ("NATO allies pledged on Thursday to send air defence systems to Ukraine.", "pledged", "03", "2025-06-05"),
])
def test_a_day_between_a_governor_and_its_complement_keeps_one_event(text: str, word: str, root: str,
                                                                      day: str) -> None:
    events = _code(text)
    assert len(events) == 1
    assert events[0].trigger.text.startswith(word) and events[0].cameo.startswith(root)
    assert events[0].date == day


@pytest.mark.slow
def test_an_agreement_to_its_own_matter_stays_apart_from_its_purpose() -> None:
    events = _code("The rebels agreed on Monday to a ceasefire to end the fighting.")
    assert _by_word(events, "agreed").trigger.text == "agreed"


# ---- an armed party's targets

@pytest.mark.slow
def test_militant_targets_struck_are_the_militants() -> None:
    strike = _by_word(_code("Turkish warplanes struck Kurdish militant targets in northern Iraq."), "struck")
    assert strike.actor2 is not None and strike.actor2.sector == "INS"
    assert _text(strike.actor2).startswith("Kurdish militant targets")


@pytest.mark.slow
def test_targets_patrolled_are_no_militants() -> None:
    events = _code("Italy said 4,000 troops would patrol potential terrorist targets across the country.")
    target = _by_word(events, "patrol").actor2
    assert target is None or target.sector != "INS"


# ---- a dateline before a passive subject

@pytest.mark.slow
def test_a_leader_placed_under_house_arrest_after_a_dateline() -> None:
    events = _code("KAMPALA (Reuters) - Ugandan opposition leader Bobi Wine was placed under house arrest on "
                   "Saturday, his party said.")
    assert _text(_by_phrase(events, "placed").actor2) == "Ugandan opposition leader Bobi Wine"


# ---- a peacekeeping patrol, and a statement's author

@pytest.mark.slow
def test_a_peacekeeping_patrol_attacked_is_the_target() -> None:
    events = _code("Rebels attacked a U.N. peacekeeping patrol in the Central African Republic on Sunday.")
    assert _text(_by_word(events, "attacked").actor2).startswith("a U.N. peacekeeping patrol")


@pytest.mark.slow
def test_a_statement_condemning_is_its_speakers() -> None:
    events = _code("Rebels attacked a peacekeeping patrol on Sunday, the U.N. mission said in a statement "
                   "condemning the attack.")
    assert _text(_by_word(events, "condemning").actor1) == "the U.N. mission"


# ---- the deed someone is held or punished for

@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("A court sentenced an opposition blogger to 15 years in prison on Friday for organising mass unrest.",
     "organising"),
    ("Police arrested two activists for organising protests.", "organising"),
])
def test_the_deed_punished_is_alleged(text: str, word: str) -> None:
    assert _by_phrase(_code(text), word).factuality == "speculative"


@pytest.mark.slow
def test_a_deed_told_beside_an_arrest_is_no_charge() -> None:
    events = _code("Police arrested two activists on Monday after they attacked a police station.")
    assert _by_word(events, "attacked").factuality in ("asserted", "reported")


# ---- what a building holds, money put in a state's bank, and whom "them" names

@pytest.mark.slow
def test_a_school_sheltering_families_does_no_act() -> None:
    events = _code("An Israeli air strike on a school sheltering displaced families in Gaza City killed at least "
                   "15 people on Sunday.")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.slow
def test_money_deposited_in_a_central_bank_is_aid_to_its_state() -> None:
    deposit = _by_word(_code("Saudi Arabia deposited $500 million in Yemen's central bank on Friday."), "deposited")
    assert (deposit.type, deposit.cameo) == ("AID", "071")
    assert deposit.actor2 is not None and (deposit.actor2.country, deposit.actor2.sector) == ("YEM", "GOV")


@pytest.mark.slow
def test_them_after_a_relative_clause_on_a_party_is_that_party() -> None:
    events = _code("The European Union imposed sanctions on Tuesday on 12 Iranian officials it accused of taking part "
                   "in the crackdown on protesters, freezing their assets and banning them from travel to the bloc.")
    assert _text(_by_word(events, "banning").actor2) == "12 Iranian officials"


@pytest.mark.slow
def test_them_after_a_relative_clause_on_a_thing_looks_inside_it() -> None:
    events = _code("The only way that separatists manage to hold power is through weapons provided to them by "
                   "Moscow.")
    assert _text(_by_word(events, "provided").actor2) == "separatists"


# ---- fifth reading: an attack claimed, a plot, a sweep, drills of an air force, leave given

@pytest.mark.slow
def test_an_attack_claimed_is_a_claim_of_the_attack_told() -> None:
    events = _code("A suicide bomber blew himself up outside a mosque in Kabul on Friday, killing 12 worshippers. "
                   "Islamic State claimed the attack.")
    claim = _by_phrase(events, "claimed")
    assert (claim.cameo, _text(claim.actor1)) == ("015", "Islamic State")
    assert not [e for e in events if e.trigger.text == "attack"]


@pytest.mark.slow
def test_a_bombing_claimed_with_its_own_target_is_still_told() -> None:
    events = _code("Islamic State claimed Sunday's bombing of a church in Kampala.")
    assert _by_word(events, "bombing").type == "ASSAULT"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Ukraine's security service said it had detained a Russian agent who was plotting to assassinate a commander.",
     "assassinate"),
    ("Officers conspired to overthrow the government.", "overthrow"),
])
def test_a_plot_is_not_the_deed(text: str, word: str) -> None:
    assert _by_word(_code(text), word).factuality == "future"


@pytest.mark.slow
def test_raids_people_are_held_in_are_the_holders() -> None:
    events = _code("Houthi authorities detained 11 U.N. staff members in raids on their homes in Sanaa on Sunday.")
    assert _text(_by_word(events, "raids").actor1) == "Houthi authorities"


@pytest.mark.slow
def test_the_killing_a_suspect_is_held_in_is_still_his() -> None:
    events = _code("Police arrested a suspect in the killing of a lawmaker.")
    assert _text(_by_word(events, "killing").actor1) == "a suspect"


@pytest.mark.slow
def test_joint_air_force_drills_are_military_cooperation() -> None:
    drills = _by_phrase(_code("Egypt and Sudan held joint air force drills near their border on Tuesday."), "drills")
    assert drills.cameo == "062"


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Parliament authorised the deployment of troops to Libya.", "deployment"),
    ("Turkey's parliament approved a motion on Thursday allowing the deployment of troops to Libya to support the "
     "Tripoli government.", "deployment"),
])
def test_leave_given_for_a_deployment_is_no_deployment_yet(text: str, word: str) -> None:
    assert _by_phrase(_code(text), word).factuality == "future"


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase, cameo", [
    ("A car bomb explosion killed 51 people in southwestern Baghdad on Thursday.", "killed", "1832"),
    ("Officials confirmed 37 persons dead in twin suicide bomb blasts at the bus station.", "blasts", "1831"),
    ("Investigators said the government had conducted the chemical weapons attack.", "attack", "2041"),
])
def test_the_kind_of_a_weapon_compounded_with_an_act_codes_it(text: str, phrase: str, cameo: str) -> None:
    assert _by_phrase(_code(text), phrase).cameo == cameo


@pytest.mark.slow
def test_a_kind_word_on_another_compound_codes_nothing() -> None:
    events = _code("The command carried out security protection operations in a hospital.")
    assert not [e for e in events if e.type == "ASSAULT"]


# ---- sixth reading: a subject read as a subordinator's object, a named front blamed, a summing up

@pytest.mark.slow
def test_the_subject_after_after_is_the_clauses() -> None:
    events = _code("Mali's army said on Thursday it had killed dozens of jihadists near the town of Boulkessi, a day "
                   "after militants overran a military post there.")
    overran = _by_word(events, "overran")
    assert _text(overran.actor1) == "militants"


@pytest.mark.slow
def test_a_front_named_and_blamed_is_the_target() -> None:
    events = _code("FARC dissidents killed two soldiers in an ambush in Cauca province on Sunday, the army said, "
                   "blaming the Jaime Martinez front.")
    assert _text(_by_word(events, "blaming").actor2) == "the Jaime Martinez front"


@pytest.mark.slow
def test_the_largest_protest_after_a_comma_sums_up_the_march() -> None:
    events = _code("Tens of thousands of Serbians marched through Belgrade on Wednesday to demand snap elections, the "
                   "largest protest since the collapse of a railway station canopy in Novi Sad killed 16 people.")
    assert [e.trigger.text for e in events if e.type == "PROTEST"] == ["marched"]


# ---- seventh reading: an accord coming apart, a forum in another clause, a clause's own act noun

@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Government forces and Druze fighters clashed in Sweida on Monday, days after a truce broke down.",
    "The ceasefire collapsed on Monday after rebels attacked an army post.",
])
def test_a_truce_breaking_down_is_no_truce(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo.startswith("087")]


@pytest.mark.slow
def test_a_forum_in_a_clause_of_another_act_makes_no_clash_verbal() -> None:
    clash = _by_phrase(_code("Clashes erupted in Tripoli on Monday, two days after talks failed."), "Clashes")
    assert clash.type == "ASSAULT"


@pytest.mark.slow
def test_lawmakers_clashing_in_a_session_still_clash_in_words() -> None:
    assert _by_word(_code("Lawmakers clashed over the budget at the parliament session."), "clashed").cameo == "111"


@pytest.mark.slow
def test_clashes_erupting_days_before_are_dated_before() -> None:
    events = _code("Troops retook the town on Monday, days after clashes erupted there.")
    clashes = _by_phrase(events, "clashes")
    assert clashes.date_precision == "range" and clashes.date_end is not None and clashes.date_end < "2025-06-09"


@pytest.mark.slow
def test_an_electoral_commission_is_its_states() -> None:
    barred = _by_word(_code("Ivory Coast's electoral commission barred the main opposition leader from the election."),
                      "barred")
    assert barred.actor1 is not None and (barred.actor1.country, barred.actor1.sector) == ("CIV", "GOV")
