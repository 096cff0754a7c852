"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-seventh
round): where a fight or a strike happened is no party to it, a border closed or across, a speaker
behind a dateline, a part of the dateline's country, troops ordered somewhere. Sentences written for
these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _acled
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# ---- where it happened is no party to it

@pytest.mark.parametrize(("sentence", "word"), [
    ("Armed groups exchanged fire in the Libyan capital overnight, forcing the closure of the airport.", "exchanged"),
    ("Gunmen opened fire in Lagos on Monday, police said.", "opened"),
    ("Transport workers went on strike in Lima on Monday to protest against extortion.", "went on strike"),
])
def test_the_place_a_volley_or_a_strike_was_in_is_no_target(sentence: str, word: str) -> None:
    assert _by_word(_events(sentence), word).actor2 is None


def test_fire_opened_in_a_market_is_opened_on_it() -> None:
    event = _by_word(_events("Gunmen opened fire in a local market and killed four people."), "opened")
    assert _text(event.actor2) == "a local market"


def test_a_clash_on_an_island_was_fought_with_the_rebels_killed() -> None:
    event = _by_word(_events("The Philippine military said it had killed six communist rebels in a clash on the "
                             "central island of Negros."), "clash")
    assert _text(event.actor2) == "six communist rebels"


# ---- accusations of fire fire nothing

def test_accusations_of_fire_exchanged_are_accusations() -> None:
    event = _by_word(_events("YEREVAN - Armenia and Azerbaijan exchanged accusations of cross-border fire on "
                             "Sunday."), "exchanged")
    assert (event.cameo, event.type) == ("112", "ACCUSE")
    assert (_text(event.actor1), _text(event.actor2)) == ("Armenia", "Azerbaijan")


def test_fire_exchanged_is_still_a_fight() -> None:
    event = _by_word(_events("Armenian and Azerbaijani troops exchanged fire on the border on Sunday."), "exchanged")
    assert event.cameo.startswith("19")


# ---- the parse mended: a participle read as the said clause, a gerund read as an auxiliary

def test_those_detained_who_speak_are_held_not_holding() -> None:
    events = _events("TRIPOLI, Libya, Nov 26 (Reuters) - Migrants detained at a centre in Zawiya said guards beat "
                     "them after a failed escape attempt, the United Nations said on Wednesday.")
    held = _by_word(events, "detained")
    assert held.actor1 is None and _text(held.actor2) == "Migrants"
    assert _by_word(events, "beat").attribution == "Migrants detained at a centre in Zawiya"


@pytest.mark.parametrize("sentence", [
    "BELGOROD, Nov 23 (Reuters) - Ukrainian shelling damaged a power substation in the Belgorod region.",
    "Ukrainian shelling damaged a power substation in the Belgorod region, the governor said.",
])
def test_a_peoples_shelling_read_as_an_auxiliary_is_the_subject(sentence: str) -> None:
    event = next(e for e in _events(sentence) if e.trigger.text.startswith("shelling"))
    assert event.actor1 is not None and event.actor1.code == "UKR"
    assert _text(event.actor2) == "a power substation in the Belgorod region"


def test_heavy_shelling_names_no_side() -> None:
    event = next(e for e in _events("Heavy shelling damaged a hospital in the city.")
                 if e.trigger.text.startswith("shelling"))
    assert event.actor1 is None or event.actor1.country is None


# ---- the speaker behind a dateline

@pytest.mark.parametrize(("sentence", "word", "speaker"), [
    ("ALGIERS, Nov 26 (Reuters) - Algeria's army said it had arrested 12 smugglers.", "arrested", "Algeria's army"),
    ("OUAGADOUGOU, Nov 18 (Reuters) - Burkina Faso's army said it had repelled a jihadist attack on a military "
     "detachment.", "repelled", "Burkina Faso's army"),
    ("EL FASHER, Sudan, Nov 26 (Reuters) - RSF fighters killed at least 40 people in an attack on the Abu Shouk "
     "camp, the camp's coordination committee said on Wednesday.", "killed", "the camp's coordination committee"),
])
def test_the_dateline_is_no_part_of_the_speaker(sentence: str, word: str, speaker: str) -> None:
    assert _by_word(_events(sentence), word).attribution == speaker


# ---- borders

@pytest.mark.parametrize(("sentence", "word", "border"), [
    # a name after "border with" is a country, whatever the tagger calls it
    ("ALGIERS, Nov 26 (Reuters) - Algeria's army said it had arrested 12 smugglers and seized weapons near the "
     "border with Niger during operations last week.", "seized", "Algeria–Niger border"),
    # a border closed is where the closing was
    ("VILNIUS, Nov 26 (Reuters) - Lithuania closed its border with Belarus for a day.", "closed",
     "Belarus–Lithuania border"),
    ("WARSAW - Poland closed two border crossings with Belarus after a surge of migrants, the interior minister "
     "said.", "closed", "Belarus–Poland border"),
])
def test_a_border_named_with_its_other_side_is_the_place(sentence: str, word: str, border: str) -> None:
    assert _where(_by_word(_events(sentence), word)) == border


def test_borders_opened_to_refugees_are_a_policy_not_a_place() -> None:
    event = _by_word(_events("Turkey opened its borders to a large number of Syrians, Iraqis and Afghans."), "opened")
    assert event.location is None or event.location.feature != "border"


# ---- a part of the dateline's country; a citizenship; somewhere away in the doer's state

def test_a_part_of_the_datelines_country_told_by_its_direction_is_the_place() -> None:
    event = _by_word(_events("BAGHDAD, Iraq, Nov 26 (Reuters) - Rockets were fired at a base hosting U.S. troops in "
                             "western Iraq, causing no casualties, a military official said."), "fired")
    assert _where(event) == "Iraq"


def test_a_citizenship_in_the_object_keeps_the_dateline() -> None:
    event = _by_word(_events("MOSCOW, Nov 26 (Reuters) - A Russian court sentenced a U.S. citizen to 12 years in "
                             "prison for treason, the court said."), "sentenced")
    assert _where(event) == "Moscow"


@pytest.mark.parametrize(("sentence", "word", "country"), [
    ("COLOMBO, Nov 24 (Reuters) - Sri Lanka's navy arrested 18 Indian fishermen for poaching in its waters off the "
     "northern coast.", "arrested", "Sri Lanka"),
    ("SANTIAGO, Nov 24 (Reuters) - Chile declared a state of emergency in two southern regions after arson "
     "attacks.", "declared", "Chile"),
])
def test_somewhere_away_unnamed_is_in_the_doers_state(sentence: str, word: str, country: str) -> None:
    assert _where(_by_word(_events(sentence), word)) == country


# ---- troops ordered somewhere; an Israeli strike; a pair of subjects past the dateline

def test_troops_ordered_to_a_border_are_deployed_there() -> None:
    event = _by_word(_events("Venezuela's President Nicolas Maduro ordered troops to the border with Guyana."),
                     "ordered")
    assert (event.cameo, event.type) == ("154", "MOBILIZE")
    assert _text(event.actor2) == "the border" and _where(event) == "Guyana–Venezuela border"


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("The president ordered troops to withdraw from the city.", None),
    ("Niger's junta ordered French troops to leave the country.", "166"),
])
def test_troops_ordered_to_do_something_are_not_moved_by_the_order(sentence: str, cameo: str | None) -> None:
    got = [e.cameo for e in _events(sentence) if e.trigger.text == "ordered"]
    assert "154" not in got and (cameo is None or got == [cameo])


def test_an_israeli_strike_behind_a_dateline_is_an_air_strike() -> None:
    event = _by_word(_events("BEIRUT, Nov 23 (Reuters) - An Israeli strike on a car in southern Lebanon killed a "
                             "Hezbollah commander, a security source said."), "killed")
    assert _acled(event) == "Air/drone strike"


def test_a_pair_of_subjects_past_the_dateline_fight_each_other() -> None:
    event = _by_word(_events("BANGKOK, Nov 24 (Reuters) - Thai soldiers and Cambodian troops exchanged fire briefly "
                             "along their disputed border, the Thai army said."), "exchanged")
    assert (_text(event.actor1), _text(event.actor2)) == ("Thai soldiers", "Cambodian troops")


# ---- a measure extended, a boat boarded, a weapon's test as a noun

def test_a_state_of_emergency_extended_is_imposed_again_where_the_dateline_is() -> None:
    event = _by_word(_events("NAYPYITAW, Nov 27 (Reuters) - Myanmar's military government extended the state of "
                             "emergency by six months, state media said."), "extended")
    assert event.cameo == "1724" and _where(event) == "Nay Pyi Taw"  # (a state of emergency is no state away)


def test_a_deadline_extended_is_no_measure() -> None:
    assert not [e for e in _events("The government extended the deadline by six months.") if e.cameo == "1724"]


def test_a_boat_boarded_by_a_coast_guard_is_seized() -> None:
    event = _by_word(_events("TAIPEI, Nov 27 (Reuters) - China's coast guard boarded a Taiwanese fishing boat near "
                             "the Kinmen islands, Taiwan's coast guard said."), "boarded")
    assert (event.cameo, event.type) == ("1711", "COERCE")
    assert event.actor1.code == "CHNMIL" and event.actor2.code == "TWN"


def test_passengers_boarding_a_ferry_seize_nothing() -> None:
    assert not _events("Hundreds of passengers boarded the ferry in Dover on Monday.")


def test_the_test_of_a_weapon_named_as_a_noun_is_a_show_of_force() -> None:
    events = _events("North Korean leader Kim Jong Un supervised the test of a new multiple rocket launcher system, "
                     "state media said.")
    assert [e.cameo for e in events] == ["150"]


# ---- the head of a body, coastguards, the state of things, two sides with one noun

def test_the_head_of_a_body_abducted_is_the_target() -> None:
    event = _by_word(_events("Gunmen abducted the head of Libya's state oil company from his office in Tripoli."),
                     "abducted")
    assert _text(event.actor2) == "the head of Libya's state oil company"


def test_coastguards_are_armed_forces() -> None:
    event = _by_word(_events("Libyan coastguards intercepted a boat carrying 120 migrants off the coast of "
                             "Misrata."), "intercepted")
    assert event.actor1.code == "LBYMIL"


def test_the_state_of_things_is_no_government() -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase("the state of public hospitals") is None
    assert code_phrase("the State of Israel").code == "ISRGOV"


@pytest.mark.parametrize(("sentence", "word", "first", "second"), [
    ("NEW DELHI, Nov 27 (Reuters) - Indian and Chinese troops clashed with clubs and stones in the Tawang sector, "
     "the Indian army said.", "clashed", "INDMIL", "CHNMIL"),
    ("Thai and Cambodian troops exchanged artillery fire along their border.", "exchanged", "THAMIL", "KHMMIL"),
])
def test_two_sides_named_with_one_noun_fight_each_other(sentence: str, word: str, first: str, second: str) -> None:
    event = _by_word(_events(sentence), word)
    assert (event.actor1.code, event.actor2.code) == (first, second)


def test_two_peoples_drilling_together_are_still_one_side() -> None:
    event = _by_word(_events("Russian and Chinese warships held joint drills in the Sea of Japan."),
                     "held joint drills")
    assert event.actor2 is None or event.actor2.code != "CHNMIL"


# ---- a sentence opened by a pronoun goes on with the one before

def test_they_who_go_on_are_the_doers_told_of_not_who_told_it() -> None:
    events = _events("ABUJA, Nigeria (AP) — Armed men killed at least 14 people in an attack on a mining site in "
                     "Nigeria's northwestern Zamfara state, police said Friday. They also abducted several miners.")
    event = _by_word(events, "abducted")
    assert _text(event.actor1) == "Armed men" and _where(event) == "Zamfara"


@pytest.mark.parametrize(("text", "word", "held"), [
    ("NAIROBI, Kenya (AP) — Police in Kenya have arrested a man suspected of planning an attack on a church in "
     "Mombasa, the national police service said Friday. He was detained at the city's airport.", "detained",
     "a man suspected of planning an attack"),
    ("The opposition leader returned to Kampala on Monday. He was arrested at the airport.", "arrested",
     "The opposition leader"),
])
def test_he_who_was_held_is_the_one_person_of_the_sentence_before(text: str, word: str, held: str) -> None:
    assert _text(_by_word(_events(text), word).actor2) == held


def test_he_with_no_person_before_stays_unknown() -> None:
    event = _by_word(_events("The army shelled the town on Monday. He was arrested later."), "arrested")
    assert event.actor2 is None


# ---- the dateline's place where the ranker took none of the others

@pytest.mark.parametrize(("sentence", "word", "place"), [
    # the places the sentence names are none of the event's: where it was filed (a railway line is no front)
    ("WARSAW, Poland (AP) — Poland has charged a Ukrainian man with sabotage after a railway line used to ship aid "
     "to Ukraine was damaged by an explosion.", "charged", "Warsaw"),
    # the dateline passed over for a place of another clause: the doer's own state
    ("CARACAS, Nov 27 (Reuters) - Venezuela released 10 U.S. citizens held in its prisons in exchange for Venezuelan "
     "migrants deported to El Salvador, both governments said.", "released", "Venezuela"),
])
def test_the_dateline_or_the_doers_state_where_no_other_place_is_the_events(sentence: str, word: str,
                                                                           place: str) -> None:
    assert _where(_by_word(_events(sentence), word)) == place


def test_troops_sent_somewhere_are_where_they_went_not_at_home() -> None:
    event = _by_word(_events("RABAT - Morocco deployed additional troops to the buffer zone in Western Sahara after "
                             "Polisario fighters fired rockets near Mahbes."), "deployed")
    assert _where(event) == "Western Sahara"


@pytest.mark.parametrize(("sentence", "word", "country"), [
    ("QAMISHLI, Syria, Nov 27 (Reuters) - Turkish drones struck a car in the Kurdish-run northeast of Syria, killing "
     "two members of the SDF, the group said.", "struck", "Syria"),
    ("ISLAMABAD (AP) — A bomb hidden in a motorcycle exploded near a police van in Pakistan's northwest on Friday, "
     "police said.", "exploded", "Pakistan"),
    ("PYONGYANG - North Korea test-fired several short-range ballistic missiles into the sea off its east coast, "
     "South Korea's military said.", "test-fired", "North Korea"),
])
def test_a_part_of_a_country_or_its_waters_away_from_the_dateline_is_in_that_country(sentence: str, word: str,
                                                                                    country: str) -> None:
    assert _where(_by_word(_events(sentence), word)) == country


# ---- part two: a province's other spelling, warships sailing, states of exception, names, where the held live

def test_west_azerbaijan_is_the_iranian_province() -> None:
    event = _by_word(_events("Iran's Revolutionary Guards said they had arrested eight people linked to Israel's "
                             "Mossad spy agency in the northwestern province of West Azerbaijan."), "arrested")
    assert event.location is not None and (event.location.country, event.location.feature) == ("IRN", "admin1")


def test_warships_sailing_through_a_strait_show_force() -> None:
    event = _by_word(_events("TAIPEI - Chinese warships sailed through the Taiwan Strait on Saturday, Taiwan's "
                             "defence ministry said."), "sailed")
    assert (event.cameo, event.actor1.code) == ("150", "CHNMIL")


def test_a_cruise_ship_sailing_through_a_strait_is_no_event() -> None:
    assert not _events("A cruise ship sailed through the Strait of Gibraltar on Saturday.")


@pytest.mark.parametrize(("sentence", "word"), [
    ("SAN SALVADOR - El Salvador's congress extended the state of exception for another month.", "extended"),
    ("Ecuador's president declared a state of exception in three provinces.", "declared"),
])
def test_a_state_of_exception_is_a_state_of_emergency(sentence: str, word: str) -> None:
    assert _by_word(_events(sentence), word).cameo == "1724"


def test_a_coast_in_a_states_name_is_no_coast_away() -> None:
    event = _by_word(_events("ABIDJAN, Nov 30 (Reuters) - Ivory Coast's opposition called for nationwide protests."),
                     "called")
    assert _where(event) == "Abidjan"


def test_where_those_acted_on_live_near_a_border_is_that_border() -> None:
    event = _by_word(_events("NEW DELHI, Nov 30 (Reuters) - India evacuated thousands of villagers living near the "
                             "border with Pakistan after cross-border shelling."), "evacuated")
    assert _where(event) == "India–Pakistan border"


# ---- a noun-verb after a dateline, "together with", the town and the attack told of before

def test_drone_strikes_read_as_a_verb_behind_a_dateline_are_the_subject() -> None:
    event = _by_word(_events("KHARTOUM, Dec 1 (Reuters) - Drone strikes on a market in the city of Kadugli killed at "
                             "least 40 people on Sunday, medics said."), "killed")
    assert _text(event.actor1) == "Drone strikes" and event.attribution == "medics"
    assert not [e for e in _events("Drone strikes on a market in Kadugli killed 40 people, medics said.")
                if e.actor1 is not None and e.actor1.text == "medics"]


def test_who_did_it_together_with_them_is_no_target() -> None:
    event = _by_word(_events("The RSF has besieged the city for months together with an allied rebel group."),
                     "besieged")
    assert _text(event.actor2) == "the city"


STORY = ("GOMA, Dec 1 (Reuters) - M23 rebels have seized the town of Kalehe in eastern Congo's South Kivu province "
         "after two days of fighting with the army, residents said on Monday.\n\nThe rebels entered the town on "
         "Sunday evening, the official said.")


def test_the_town_a_paragraph_later_is_the_town_named_before() -> None:
    assert _where(_by_word(_events(STORY), "entered")) == "Kalehe"


ATTACK = ("BAMAKO, Dec 1 (AFP) - Jihadists attacked the army camp in the town of Boulkessi in central Mali on Sunday, "
          "killing dozens of soldiers, security sources said.\n\nThe al Qaeda-linked JNIM group claimed the attack in "
          "a statement. The army said it had repelled the assault.")


@pytest.mark.parametrize("word", ["attack", "repelled"])
def test_the_attack_told_of_again_is_where_it_was(word: str) -> None:
    assert _where(_by_word(_events(ATTACK), word)) == "Boulkessi"


def test_an_attack_named_with_its_own_place_is_not_the_one_before() -> None:
    events = _events("Jihadists attacked a camp in Boulkessi on Sunday. The attack on the market in Gao killed five.")
    assert _where(_by_word(events, "killed")) == "Gao"


# ---- part three: police responding with tear gas

def test_police_responding_with_tear_gas_is_crowd_control() -> None:
    events = _events("Protesters set fire to the homes of two lawmakers in Antananarivo. Police responded with tear "
                     "gas and rubber bullets.")
    event = _by_word(events, "responded")
    assert (event.cameo, event.actor1.code) == ("175", "COP")


def test_responding_with_words_is_no_crowd_control() -> None:
    assert not [e for e in _events("The ministry responded with a statement on Monday.") if e.cameo == "175"]
