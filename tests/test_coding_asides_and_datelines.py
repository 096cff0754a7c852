"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-eighth
round): a deed joined past the speaker set off after its clause, a doer hung on the dateline's
agency, places that are where and not whom, the dateline's place named again. Sentences written for
these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _acled
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# ---- a deed joined past its speaker, and a speaker's word joined past a "had" clause

def test_a_deed_joined_past_the_speaker_set_off_after_its_clause_is_the_doers() -> None:
    events = _events("Gunmen seized a tax official in Benghazi on Sunday, his employer said, and demanded a ransom "
                     "for his release.")
    assert _text(_by_word(events, "demanded").actor1) == "Gunmen"


@pytest.mark.parametrize("sentence", [
    "Rebels killed ten villagers in an attack on Sunday, the army said, and urged residents to stay inside.",
    "Rebels killed ten villagers in an attack on Sunday, the army said, and vowed to hunt them down.",
])
def test_the_speakers_own_words_joined_past_it_stay_the_speakers(sentence: str) -> None:
    event = next(e for e in _events(sentence) if e.trigger.text in ("urged", "vowed"))
    assert _text(event.actor1) == "the army"


def test_a_word_set_off_from_a_had_clause_is_the_speakers() -> None:
    events = _events("Poland said a Russian drone had crashed in a field near the border, and summoned the Russian "
                     "charge d'affaires.")
    assert _text(_by_word(events, "summoned").actor1) == "Poland"


def test_a_deed_in_the_had_clause_without_a_comma_stays_the_doers() -> None:
    events = _events("The governor said rebels had entered the town and killed ten civilians.")
    assert _text(_by_word(events, "killed").actor1) == "rebels"


# ---- the doer behind a dateline, and a people's gerund read as an adverb

def test_a_doer_hung_on_the_datelines_agency_is_the_doer_not_the_speaker() -> None:
    events = _events("OUAGADOUGOU, Dec 2 (Reuters) - Burkina Faso's junta suspended the broadcasts of a French "
                     "radio station on Tuesday, the government spokesman said.")
    assert _text(_by_word(events, "suspended").actor1) == "Burkina Faso's junta"


def test_a_peoples_shelling_read_as_an_adverb_is_the_subject() -> None:
    events = _events("BELGOROD, Russia, Dec 2 (Reuters) - Ukrainian shelling killed two people in the Russian "
                     "border city of Belgorod on Tuesday, the regional governor said.")
    assert _text(_by_word(events, "killed").actor1) == "Ukrainian shelling"


def test_two_sides_named_with_one_noun_behind_a_dateline_fight_each_other() -> None:
    events = _events("NEW DELHI, Dec 2 (Reuters) - Indian and Pakistani troops exchanged fire across the Line of "
                     "Control on Tuesday, the Indian army said.")
    assert _text(_by_word(events, "exchanged").actor2) == "Pakistani troops"


# ---- who is told of

def test_who_hung_on_a_thing_is_the_people_after_it() -> None:
    events = _events("Police fired tear gas at protesters in Nairobi on Tuesday who were demonstrating against a new "
                     "finance bill.")
    assert _text(_by_word(events, "demonstrating").actor1).startswith("protesters")


def test_he_after_someones_kin_is_the_one_the_clause_reported_acts_on() -> None:
    events = _events("Police arrested a prominent lawyer at his home on Monday, his family said, days after he "
                     "criticised the president on television.")
    assert _text(_by_word(events, "criticised").actor1) == "a prominent lawyer"


def test_the_raids_people_were_held_in_are_no_part_of_who_they_are() -> None:
    events = _events("Turkish police detained 30 people suspected of links to Islamic State in raids across nine "
                     "provinces on Tuesday.")
    assert _text(_by_word(events, "detained").actor2) == "30 people suspected of links to Islamic State"


# ---- places that are where, not whom

def test_where_a_raid_went_is_no_target() -> None:
    event = _by_word(_events("Israeli troops arrested 14 Palestinians during a raid in the town of Jenin on "
                             "Monday."), "raid")
    assert event.actor2 is None and _where(event) == "Jenin"


def test_a_raid_on_a_camp_still_raids_it() -> None:
    event = _by_word(_events("Israeli forces raided the Nur Shams refugee camp on Monday."), "raided")
    assert _text(event.actor2) == "the Nur Shams refugee camp"


@pytest.mark.parametrize(("sentence", "word", "place"), [
    ("Baloch separatists blew up a railway track near Quetta on Tuesday, halting train services.", "blew", "Quetta"),
    ("Hundreds of migrants stormed the border fence between Morocco and the Spanish enclave of Ceuta on Monday.",
     "stormed", "Morocco"),
])
def test_a_line_built_across_the_land_stands_somewhere_it_is_not_the_place(sentence: str, word: str,
                                                                            place: str) -> None:
    assert _text(_by_word(_events(sentence), word).actor2) != place


def test_a_bomb_set_off_near_a_patrol_was_set_off_at_it() -> None:
    event = _by_word(_events("A roadside bomb exploded near an army patrol in Kandahar, killing two soldiers."),
                     "exploded")
    assert _text(event.actor2).startswith("an army patrol")


# ---- the dateline's place named again, the doer's state, and the blast claimed

def test_the_datelines_place_named_again_is_still_the_place() -> None:
    events = _events("MOSCOW, June 10 (Reuters) - A Moscow court sentenced a former general to 12 years in prison "
                     "for bribery on Tuesday.")
    assert _where(_by_word(events, "sentenced")) == "Moscow"


def test_somewhere_away_unnamed_is_in_the_state_of_the_doers_title() -> None:
    events = _events("QUITO, June 10 (Reuters) - Ecuador's President Daniel Noboa declared a state of emergency in "
                     "four provinces on Tuesday.")
    assert _where(_by_word(events, "declared")) == "Ecuador"


def test_responsibility_claimed_for_the_blast_is_claimed_where_the_blast_was() -> None:
    events = _events("MOGADISHU, June 10 (Reuters) - A car bomb exploded near a police station in Mogadishu on "
                     "Monday, killing five people.\n\nAl Shabaab claimed responsibility for the blast in a statement.")
    assert _where(_by_word(events, "claimed responsibility")) == "Mogadishu"


def test_responsibility_claimed_with_nothing_told_before_has_no_place() -> None:
    events = _events("Al Shabaab claimed responsibility for the blast in a statement.")
    assert _where(_by_word(events, "claimed responsibility")) is None


def test_an_attack_on_a_post_near_a_border_is_on_that_border() -> None:
    events = _events("NIAMEY, Niger (AP) — Suspected jihadists killed 12 soldiers in an attack on an army post near "
                     "the border with Burkina Faso, Niger's defense ministry said.")
    event = _by_word(events, "attack")
    assert event.location is not None and event.location.feature == "border"
    assert {event.location.country, event.location.border_with} == {"NER", "BFA"}


def test_the_centre_of_the_datelines_country_is_a_part_of_it() -> None:
    events = _events("MOGADISHU, Somalia (AP) — Somali forces recaptured a town in central Somalia from al-Shabab on "
                     "Wednesday, officials said.")
    assert _where(_by_word(events, "recaptured")) == "Somalia"


def test_the_attackers_named_again_act_where_the_attack_was() -> None:
    events = _events("Islamist militants killed at least 30 villagers in an attack in northeastern Nigeria's Borno "
                     "state on Tuesday.\n\nThe attackers arrived on motorcycles and opened fire on residents.")
    assert _where(_by_word(events, "opened")) == "Borno"


def test_a_speakers_it_that_closed_in_on_a_base_is_the_armed_speaker() -> None:
    events = _events("Sudan's army said it had surrounded the RSF base in the town of Babanusa.")
    assert _by_word(events, "surrounded").cameo == "191"


# ---- part two: the dateline over names the ranker takes for none, a claim's day, the crowd again

def test_the_dateline_is_the_place_where_the_ranker_takes_the_other_names_for_none() -> None:
    events = _events("NIAMEY, Dec 4 (Reuters) - Niger's junta nationalised a uranium mine run by French company "
                     "Orano on Thursday.")
    assert _where(_by_word(events, "nationalised")) == "Niamey"


def test_a_place_the_rules_tie_to_the_event_still_comes_before_the_dateline() -> None:
    events = _events("BOGOTA, Colombia (Reuters) - ELN guerrillas kidnapped two soldiers in the province of Arauca "
                     "on Monday.")
    assert _where(_by_word(events, "kidnapped")) == "Arauca"


def test_a_claim_with_no_day_of_its_own_is_of_the_day_of_the_act_it_claims() -> None:
    events = _events("MOGADISHU, June 10 (Reuters) - A car bomb exploded near a police station in Mogadishu on "
                     "Sunday, killing five people.\n\nAl Shabaab claimed responsibility for the blast.")
    blast, claim = _by_word(events, "exploded"), _by_word(events, "claimed responsibility")
    assert blast.date == "2025-06-08" and claim.date == blast.date


def test_a_claim_with_its_own_day_keeps_it() -> None:
    events = _events("MOGADISHU, June 10 (Reuters) - A car bomb exploded near a police station in Mogadishu on "
                     "Sunday, killing five people.\n\nAl Shabaab claimed responsibility for the blast on Monday.")
    assert _by_word(events, "claimed responsibility").date == "2025-06-09"


def test_the_crowd_named_again_is_where_the_gathering_was() -> None:
    events = _events("Protesters set fire to the parliament building in Nepal's capital Kathmandu on Monday, as "
                     "demonstrations against a ban on social media turned violent.\n\nPolice opened fire on the "
                     "crowd, killing at least 19 people, officials said.")
    assert _where(_by_word(events, "opened")) == "Kathmandu"


def test_the_crowd_with_no_gathering_before_has_no_place() -> None:
    events = _events("Police opened fire on the crowd, killing at least 19 people, officials said.")
    assert _where(_by_word(events, "opened")) is None


def test_the_doers_state_still_comes_before_the_dateline() -> None:
    events = _events("BEIJING - China sanctioned nine US defence companies over arms sales to Taiwan, the commerce "
                     "ministry said.")
    assert _where(_by_word(events, "sanctioned")) == "China"


def test_a_place_the_acts_phrase_names_keeps_the_dateline_out() -> None:
    events = _events("QUITO, Nov 24 (Reuters) - Ecuador's army took control of the Litoral prison in Guayaquil "
                     "after a riot in which 15 inmates were killed, officials said.")
    assert _where(_by_word(events, "killed")) != "Quito"


# ---- part three: a second deed read as an adjective, an execution for protests, "the area" again

def test_a_second_deed_read_as_an_adjective_of_its_object_is_a_deed() -> None:
    events = _events("The group said the paramilitary fighters had looted homes and abducted women.")
    event = _by_word(events, "abducted")
    assert (_text(event.actor1), _text(event.actor2)) == ("the paramilitary fighters", "women")


def test_a_hanging_for_a_part_in_protests_is_no_demonstration() -> None:
    events = _events("TEHRAN, Dec 5 (Reuters) - Iran hanged two men on Friday for their part in protests in 2022, "
                     "the judiciary's news agency said.")
    assert _acled(_by_word(events, "hanged")) != "Violent demonstration"


def test_the_area_named_again_is_the_area_told_of_before() -> None:
    events = _events("MOGADISHU, Dec 5 (Reuters) - Somali troops killed 25 al Shabaab fighters in an operation in "
                     "the Lower Shabelle region on Friday.\n\nThe militants had attacked a military base in the area "
                     "last week.")
    assert _where(_by_word(events, "attacked")) == "Lower Shabelle"


def test_the_area_with_nothing_told_before_has_no_place() -> None:
    events = _events("The militants had attacked a military base in the area last week.")
    assert _where(_by_word(events, "attacked")) is None


def test_a_phrase_inside_the_first_object_keeps_its_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Last Friday, a jihadist alliance launched an all-out attack on government troops and allied forces "
              "entrenched in several districts of western Aleppo.")
    allied = next(t for t in doc if t.text == "allied")
    assert (allied.dep_, allied.head.text) == ("amod", "forces")


def test_a_second_deed_joined_to_the_first_object_is_mended(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The conflict has killed more than 300,000 people and displaced millions.")
    displaced = next(t for t in doc if t.text == "displaced")
    assert (displaced.dep_, displaced.head.text) == ("conj", "killed")


# ---- part four: "he" after a second deed

def test_he_who_was_freed_is_the_one_the_joined_deed_held() -> None:
    events = _events("Armed men stormed the offices of the state oil company in Tripoli on Friday and briefly "
                     "detained its chairman, employees said. He was released hours later.")
    assert _text(_by_word(events, "released").actor2) == "its chairman"


def test_an_active_he_is_still_the_main_clauses_person() -> None:
    events = _events("The minister met the ambassador in Rabat and thanked a doctor. He later criticised the "
                     "opposition.")
    assert _text(_by_word(events, "criticised").actor1) != "a doctor"
