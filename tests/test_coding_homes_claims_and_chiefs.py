"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-third
round): a local chief as target, an office held in a body, someone's home in a city, a vehicle or a
building aimed at, a claim rejected by its author's name, the author of a proposal as no place, talks
held by the clause's subject, a general staff, a border crossing, and a raid the arrested were taken in.
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


# ---- a local chief is whom the gunmen killed, not the region he lived in

@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Unidentified gunmen on Friday shot dead a local chief in Cameroon's Northwest region, local officials said.",
    "Gunmen killed a local chief in Cameroon's Northwest region on Friday.",
])
def test_a_local_chief_is_the_target_and_a_civilian(sentence: str) -> None:
    event = _by_word(_events(sentence), "shot" if "shot" in sentence else "killed")
    assert _text(event.actor2).startswith("a local chief")
    assert _acled(event) == "Attack"


def test_a_traditional_chief_is_an_elite_and_a_village_chief_stays_local_government() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("a traditional chief").sector == "ELI"
    assert code_phrase("a paramount chief").sector == "ELI"
    assert code_phrase("a village chief").sector == "GOV"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("the leader of the rebels", "REB"),
    ("the leader of the militia", "UAF"),
    ("a spokesman of the opposition", "OPP"),
    ("a member of parliament", "LEG"),
])
def test_an_office_held_in_a_body_is_the_bodys(phrase: str, sector: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).sector == sector


def test_an_office_of_a_state_or_of_a_staff_keeps_its_own_reading() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("the leader of the country").sector == "GOV"
    assert code_phrase("the chief of staff").sector == "MIL"
    assert code_phrase("Ukraine's general staff").code == "UKRMIL"


@pytest.mark.slow
def test_its_forces_after_a_general_staff_are_the_armed_forces() -> None:
    event = _by_word(_events("Ukraine's general staff said its forces were still fighting in the area."), "fighting")
    assert _code(event.actor1) == "UKRMIL"


# ---- someone's home is his, not the city it stands in

@pytest.mark.slow
def test_a_residence_surrounded_is_its_owners() -> None:
    events = _events("South Sudan's first vice president Riek Machar was placed under house arrest after troops "
                     "surrounded his residence in Juba, his party said.")
    event = _by_word(events, "surrounded")
    assert _text(event.actor2) is not None and "Machar" in _text(event.actor2)


@pytest.mark.slow
def test_a_home_whose_owner_is_not_named_gives_no_city_as_target() -> None:
    event = _by_word(_events("Troops surrounded his residence in Juba on Monday."), "surrounded")
    assert _text(event.actor2) != "Juba"


@pytest.mark.slow
def test_a_city_the_verb_acts_in_is_still_the_target_without_a_home() -> None:
    event = _by_word(_events("The army lifted the curfew in Juba on Monday."), "lifted")
    assert _text(event.actor2) in ("Juba", "the curfew in Juba")


# ---- a vehicle or a building aimed at

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "target"), [
    ("Houthi rebels claimed responsibility for a missile attack on a commercial vessel in the Red Sea.",
     "claimed responsibility", "a commercial vessel"),
    ("Gunmen carried out an attack on a bus in Kano on Monday.", "carried out an attack", "a bus"),
])
def test_a_vehicle_an_attack_noun_is_aimed_at_is_its_target(sentence: str, word: str, target: str) -> None:
    event = next(e for e in _events(sentence) if e.trigger.text == word)
    assert _text(event.actor2).startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "target"), [
    ("Unknown assailants threw a grenade at a bar in the Burundian capital Bujumbura, wounding eight people, "
     "police said.", "threw", "a bar"),
    ("Six people were killed in Oued Aissi when suspected militants opened fire on a bar.", "opened", "a bar"),
])
def test_a_building_fired_at_is_the_target(sentence: str, word: str, target: str) -> None:
    assert _text(_by_word(_events(sentence), word).actor2).startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), [
    ("The 50-year-old widow was found brutally murdered at her residence on Saturday evening.", "murdered"),
    ("Five guards were abducted by terrorists at a border post on Monday.", "abducted"),
])
def test_a_building_where_someone_was_harmed_is_no_target(sentence: str, word: str) -> None:
    target = _text(_by_word(_events(sentence), word).actor2)
    assert target is None or not any(w in target for w in ("residence", "post"))


@pytest.mark.slow
def test_a_scene_set_before_the_firing_is_no_target() -> None:
    event = _by_word(_events("On the streets of Baghdad, U.S. troops frequently open fire when their patrols come "
                             "under attack."), "open")
    assert _text(event.actor2) is None or "streets" not in _text(event.actor2)


# ---- a claim rejected: its author is the target, not the place of the rejection

@pytest.mark.slow
def test_a_claim_rejected_is_aimed_at_its_author_and_is_not_placed_there() -> None:
    event = _by_word(_events("Guyana's foreign ministry rejected Caracas's claim and called on Venezuela to "
                             "respect the ruling."), "rejected")
    assert _code(event.actor2) == "VENGOV"
    assert event.location is None or event.location.name != "Caracas"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "place"), [
    ("Kyiv rejected Moscow's proposal on Monday.", "rejected", "Moscow"),
    ("Singh sought Washington's support for New Delhi's bid for a permanent seat on the Security Council.",
     "sought", "Washington"),
])
def test_a_states_proposal_or_support_is_no_place(sentence: str, word: str, place: str) -> None:
    location = _by_word(_events(sentence), word).location
    assert location is None or location.name != place


@pytest.mark.slow
def test_a_square_of_a_city_stays_a_place() -> None:
    location = _by_word(_events("Protesters gathered in Moscow's Pushkin Square on Monday."), "gathered").location
    assert location is not None


# ---- talks a clause's act follows are its subject's

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "talker"), [
    ("Hungary had threatened to veto the extension but dropped its objection after talks with the Commission.",
     "Hungary"),
    ("Macron said in talks with Putin that the war must end.", "Macron"),
])
def test_talks_beside_a_clause_are_held_by_its_subject(sentence: str, talker: str) -> None:
    assert _text(_by_word(_events(sentence), "talks").actor1) == talker


@pytest.mark.slow
def test_talks_with_their_own_verb_keep_no_borrowed_subject() -> None:
    from watchfloor.coding.actors import _talks_had_by
    from watchfloor.nlp.pipeline import load_nlp

    doc = load_nlp()("Israel struck Gaza after talks with Hamas collapsed.")
    assert _talks_had_by(next(t for t in doc if t.text == "talks")) is None


# ---- a border crossing names the border

@pytest.mark.slow
def test_a_border_crossing_with_a_state_is_the_border() -> None:
    event = _by_word(_events("The Polish government closed the last border crossing with Belarus on Monday."),
                     "closed")
    assert event.location is not None and event.location.feature == "border"


# ---- the raid the arrested were taken in is no part of who they are

@pytest.mark.slow
def test_a_raid_hung_on_the_arrested_is_cut_from_them() -> None:
    event = _by_word(_events("Indonesian police arrested three suspected militants linked to Islamic State in raids "
                             "in Central Java."), "arrested")
    assert _text(event.actor2) == "three suspected militants linked to Islamic State"


@pytest.mark.slow
def test_a_deed_someone_is_wanted_in_stays_theirs() -> None:
    event = _by_phrase(_events("Police arrested two men wanted in the killing of a judge."), "arrested")
    assert _text(event.actor2).startswith("two men")


# ---- the act an event came after keeps its own day

@pytest.mark.slow
def test_a_day_of_the_act_an_event_came_after_is_not_its_day() -> None:
    events = _events("The Congolese army said it had killed 30 ADF rebels in an offensive in Beni territory, after the "
                     "group massacred villagers last week.", published="2025-06-10")
    assert _by_word(events, "killed").date == "2025-06-10"
    assert _by_word(events, "massacred").date != "2025-06-10"


@pytest.mark.slow
def test_a_toll_after_an_attack_keeps_the_attacks_day() -> None:
    events = _events("Twenty-three soldiers were wounded after Al Shabaab fighters attacked the bases on Monday.",
                     published="2025-06-10")
    assert _by_word(events, "wounded").date == "2025-06-09"


# ---- an attack claimed after a semicolon still happened

@pytest.mark.slow
def test_an_attack_before_a_semicolon_and_its_claim_are_both_told() -> None:
    events = _events("Armed men attacked a police station in the Iranian city of Zahedan, killing two officers; the "
                     "Jaish al-Adl group claimed the attack.")
    attack = _by_word(events, "attacked")
    assert _text(attack.actor1) == "Armed men" and attack.factuality == "asserted"
    assert any(e.cameo == "015" for e in events)


@pytest.mark.slow
def test_a_clause_before_a_semicolon_a_reporting_verb_takes_is_still_reported() -> None:
    events = _events("Gunmen attacked a police station in Zahedan; officials said the attack was the third this month.")
    assert _by_word(events, "attacked").actor1 is not None


# ---- who is fought back is who attacked

@pytest.mark.slow
def test_a_repelled_attack_named_by_its_doers_word_is_aimed_at_them() -> None:
    event = _by_word(_events("The Burkinabe army said it had repelled a jihadist attack on the town of Djibo."),
                     "repelled")
    assert _code(event.actor2) == "INS"


# ---- "thanked him for mediating": the thanked mediated

@pytest.mark.slow
def test_the_one_thanked_did_the_deed_thanked_for() -> None:
    events = _events("Egypt's President Abdel Fattah al-Sisi on Sunday received a phone call from U.S. President "
                     "Donald Trump, who thanked him for mediating the Gaza ceasefire.")
    assert _code(_by_word(events, "mediating").actor1) == "EGYGOV"
    assert _acled(_by_word(events, "thanked")) is None


@pytest.mark.slow
def test_backing_a_ceasefire_deal_is_still_an_agreement() -> None:
    event = _by_word(_events("The African Union backed the ceasefire deal between the army and the rebels."), "backed")
    assert _acled(event) == "Agreement"


# ---- "them" is not the police named again

@pytest.mark.slow
def test_them_after_police_named_twice_are_the_crowd() -> None:
    events = _events("Demonstrators in Lome clashed with police on Thursday during protests against constitutional "
                     "changes, witnesses said. Police fired tear gas to disperse them.")
    assert _text(_by_word(events, "fired").actor2) == "Demonstrators in Lome"


# ---- supporters of a leader who blocked roads

@pytest.mark.slow
def test_a_protest_told_of_a_leaders_supporters_is_theirs() -> None:
    events = _events("Bolivian police clashed with supporters of former President Evo Morales who had blocked highways "
                     "for two weeks.")
    assert _text(_by_word(events, "blocked").actor1).startswith("supporters of")


# ---- an air force's strike on smugglers is political violence

@pytest.mark.slow
def test_an_air_force_strike_on_smugglers_is_coded_for_acled() -> None:
    events = _events("Jordan's air force struck drug smuggling networks inside southern Syria, killing at least ten "
                     "people.")
    assert _acled(_by_word(events, "struck")) == "Air/drone strike"


@pytest.mark.slow
def test_a_smuggling_arrest_with_no_armed_party_stays_uncoded() -> None:
    events = _events("Police arrested two men for smuggling drugs across the border.")
    assert all(_acled(e) is None for e in events)


# ---- the people killed while waiting

@pytest.mark.slow
def test_the_object_the_parser_gave_a_gerund_as_subject_is_the_verbs() -> None:
    event = _by_word(_events("Israeli strikes killed at least 40 people waiting for food aid near a distribution site "
                             "in Rafah, Gaza's health ministry said."), "killed")
    assert _text(event.actor1) == "Israeli strikes" and _text(event.actor2).startswith("at least 40 people")


# ---- a fight is with its other side

@pytest.mark.slow
def test_a_clash_is_with_its_other_side_before_the_line_it_was_on() -> None:
    event = _by_word(_events("Lebanese army troops clashed with smugglers on the Syrian border near Hermel, killing "
                             "one, the army said."), "clashed")
    assert _text(event.actor2) == "smugglers"


# ---- the people a charge names do their own deeds

@pytest.mark.slow
def test_a_relative_clause_on_the_people_a_charge_names_is_theirs() -> None:
    events = _events("Burundi closed its border with Rwanda, accusing Kigali of supporting rebels who attacked near "
                     "Bujumbura airport.")
    assert _code(_by_word(events, "attacked").actor1) == "REB"


@pytest.mark.slow
def test_a_charged_act_that_harmed_is_still_the_accuseds() -> None:
    event = _by_word(_events("Pakistan accused India of unprovoked firing that wounded two civilians."), "wounded")
    assert _text(event.actor1) == "India"


# ---- police injuring marchers use excessive force

@pytest.mark.slow
def test_police_injuring_marchers_is_excessive_force() -> None:
    event = _by_word(_events("Police in Kinshasa used tear gas to break up an opposition march against a proposed "
                             "constitutional change, injuring several people."), "injuring")
    assert _acled(event) == "Excessive force against protesters"


# ---- guards are armed, whoever they guard

@pytest.mark.parametrize(("phrase", "sector"), [
    ("three of his guards", "COP"),
    ("the bodyguards of the president", "COP"),
    ("the chief bodyguard of the elusive leader of rebels", "REB"),
    ("the Republican Guard", "MIL"),
])
def test_guards_are_armed_and_a_guard_of_an_armed_body_is_its(phrase: str, sector: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).sector == sector


@pytest.mark.slow
def test_guards_killed_are_the_target() -> None:
    event = _by_word(_events("Gunmen attacked a convoy carrying the governor of Zamfara state, killing three of his "
                             "guards, the state government said."), "killing")
    assert _text(event.actor2) == "three of his guards"


# ---- "shot dead a man": the man was shot

@pytest.mark.slow
def test_the_object_after_shot_dead_is_the_target() -> None:
    event = _by_word(_events("An Israeli settler shot dead a Palestinian man in the village of Sinjil, the Palestinian "
                             "health ministry said."), "shot")
    assert _text(event.actor2) == "a Palestinian man"


# ---- a rank held in an armed body is that body's

@pytest.mark.parametrize(("phrase", "sector"), [
    ("a separatist commander", "REB"),
    ("a militia commander", "UAF"),
    ("a jihadist general", "INS"),
    ("a police commander", "COP"),
    ("an army commander", "MIL"),
    ("an Iraqi army anti-terrorist commander", "MIL"),
])
def test_a_rank_in_an_armed_body_is_the_bodys(phrase: str, sector: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).sector == sector


# ---- gangs burning a police station, border guards shooting: political violence

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), [
    ("Haitian gangs set fire to a police station in Mirebalais and freed around 500 inmates.", "set"),
    ("Bangladesh border guards shot dead a suspected Indian smuggler near the border in Chapainawabganj.", "shot"),
])
def test_state_forces_or_their_stations_make_a_crime_story_political(sentence: str, word: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) is not None


# ---- what a release is given for is no part of who is released

@pytest.mark.slow
def test_what_a_release_is_given_in_exchange_for_is_cut_from_the_released() -> None:
    event = _by_word(_events("Venezuelan authorities released 10 Americans held in the country in exchange for "
                             "Venezuelans deported to El Salvador."), "released")
    assert _text(event.actor2) == "10 Americans held in the country"


# ---- the weapons of a victim's past deeds are not the killing's

@pytest.mark.slow
def test_a_victims_rockets_told_of_him_are_not_the_means_of_his_killing() -> None:
    event = _by_word(_events("Israel's military said it had killed a Hezbollah commander who was responsible for "
                             "rocket attacks on northern Israel."), "killed")
    assert _acled(event) != "Shelling/artillery/missile attack"


@pytest.mark.slow
def test_the_means_told_before_a_killing_still_count() -> None:
    events = _events("Russian missiles hit Kharkiv overnight. The strikes killed five people.")
    assert _acled(_by_word(events, "killed")) == "Shelling/artillery/missile attack"


# ---- a toll of the attack a party is blamed for is that party's

@pytest.mark.slow
def test_a_toll_of_an_attack_blamed_on_a_party_is_the_partys() -> None:
    event = _by_word(_events("The Sudanese army blamed the RSF for a drone attack on a hospital in El Obeid that "
                             "killed nine people."), "killed")
    assert _text(event.actor1) == "the RSF"


# ---- a rally by its people, dispersed

@pytest.mark.slow
def test_a_rally_by_people_the_parser_hung_on_the_verb_is_theirs_and_is_dispersed() -> None:
    events = _events("Police dispersed a rally by opposition supporters in Tunis.")
    assert _text(_by_word(events, "rally").actor1).startswith("opposition supporters")
    assert _text(_by_word(events, "dispersed").actor2).startswith("a rally by opposition supporters")


@pytest.mark.slow
def test_a_means_after_by_is_no_one_who_rallied() -> None:
    events = _events("Police dispersed the rally by force.")
    assert _by_word(events, "rally").actor1 is None


# ---- political parties are named

@pytest.mark.parametrize(("phrase", "code"), [
    ("Awami League supporters", "BGDPTY"),
    ("PTI supporters", "PAKPTY"),
    ("the ruling ZANU-PF party", "ZWEPTY"),
    ("the African National Congress ( ANC )", "ZAFPTY"),
])
def test_a_named_party_is_its_countrys_party(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code


@pytest.mark.slow
def test_supporters_of_a_named_party_fired_on_are_that_party() -> None:
    event = _by_word(_events("Bangladeshi police fired tear gas at Awami League supporters who tried to hold a rally "
                             "in Gopalganj."), "fired")
    assert _code(event.actor2) == "BGDPTY"
