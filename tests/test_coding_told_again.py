"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-ninth
round): a sentence that goes on with the story before it (the doers named again, a toll told with no
doer), the toll of an act responsibility is claimed for, the ones counted of a body named before, the
crowd "they" of a rally tried. Sentences written for these tests; the publication day, 2025-06-10, is
a Tuesday."""
from __future__ import annotations

import pytest
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# ---- the doers named again by "the" and their noun: their last act's place

def test_the_doers_named_again_act_where_they_acted_before() -> None:
    events = _events("Jihadist fighters seized the town of Menaka in Mali on Sunday, residents said.\n\n"
                     "The fighters later burned the town hall and the school, a local official said.")
    assert _where(_by_word(events, "burned")) == _where(_by_word(events, "seized")) is not None


def test_the_doers_named_again_with_words_of_their_own_are_not_the_same() -> None:
    events = _events("Jihadist fighters seized the town of Menaka in Mali on Sunday, residents said.\n\n"
                     "The fighters in the north later burned a school, a local official said.")
    assert _by_word(events, "burned").location is None


def test_a_noun_no_doer_before_had_takes_no_place() -> None:
    events = _events("Jihadist fighters seized the town of Menaka in Mali on Sunday, residents said.\n\n"
                     "The soldiers later burned a school, a local official said.")
    assert _by_word(events, "burned").location is None


# ---- a toll or arrest with no doer and no place goes on with the sentence before

@pytest.mark.parametrize("second, word", [
    ("Health officials said 14 people were killed.", "killed"),
    ("Dozens of people were arrested, a party spokesman said.", "arrested"),
])
def test_a_toll_with_no_doer_and_no_place_is_where_the_act_before_was(second: str, word: str) -> None:
    events = _events(f"Police fired tear gas at protesters in Lahore on Sunday. {second}")
    assert _where(_by_word(events, word)) == "Lahore"


def test_a_toll_that_says_where_in_words_takes_nothing_from_before() -> None:
    events = _events("Police fired tear gas at protesters in Lahore on Sunday. Health officials said 14 people "
                     "were killed in the south of the country.")
    assert _where(_by_word(events, "killed")) != "Lahore"


def test_a_toll_in_a_clause_on_a_noun_is_another_incident() -> None:
    events = _events("Police fired tear gas at protesters in Lahore on Sunday. Police identified a man who was "
                     "killed in a shooting.")
    assert _by_word(events, "killed").location is None


def test_a_toll_after_a_sentence_of_words_alone_takes_no_place() -> None:
    events = _events("The prime minister condemned the violence in a speech in Lahore on Sunday. Health officials "
                     "said 14 people were killed.")
    assert _by_word(events, "killed").location is None


# ---- a claim of responsibility for an act told with its toll

def test_the_toll_of_the_act_claimed_is_told_as_done_by_the_claimant() -> None:
    events = _events("Islamic State claimed responsibility for a suicide bombing at a market in Mosul that killed "
                     "22 shoppers on Monday.")
    killed = _by_word(events, "killed")
    assert killed.factuality == "asserted"
    assert _text(killed.actor1) == "Islamic State"
    assert _where(killed) == _where(_by_word(events, "claimed responsibility")) is not None


def test_the_toll_of_the_attack_told_before_is_not_told_again() -> None:
    events = _events("Islamic State claimed responsibility for the attack, which killed 22 shoppers.")
    assert not [e for e in events if e.trigger.text == "killed"]


# ---- some of the people of a body named before

def test_some_of_its_members_are_the_body_named_before() -> None:
    events = _events("Police raided a hideout of the Tren de Aragua gang in Santiago and detained seven of its "
                     "members, the prosecutor said.")
    detained = _by_word(events, "detained")
    assert _text(detained.actor2) == "seven of its members"
    assert detained.actor2.code == _by_word(events, "raided").actor2.code is not None


def test_its_members_moved_by_their_own_body_stay_its_own() -> None:
    events = _events("The group is mobilising its members for attacking the town of Hit.")
    assert _text(_by_word(events, "attacking").actor1) != "its members"


# ---- the crowd "they" of a rally they tried to hold

def test_they_who_tried_to_hold_a_rally_are_the_crowd_held() -> None:
    events = _events("Police detained dozens of opposition supporters as they tried to hold a rally in Minsk.")
    assert _text(_by_word(events, "hold a rally").actor1) == "dozens of opposition supporters"


def test_they_dispersed_by_a_means_are_the_people_not_the_means() -> None:
    events = _events("Police used tear gas canisters to disperse striking teachers after they marched on "
                     "parliament.")
    assert _text(_by_word(events, "marched").actor1) == "striking teachers"


# ---- a participle that says what a thing asked about already is

def test_a_killing_justice_is_demanded_for_was_done() -> None:
    events = _events("Students blocked a highway in Dhaka demanding justice for a student killed by police.")
    assert _by_word(events, "killed").factuality == "asserted"


# ---- a bare claim of responsibility is for the act just told

def test_responsibility_claimed_with_no_for_phrase_is_for_the_act_told_before() -> None:
    events = _events("Gunmen attacked a bus in Balochistan's Kech district on Sunday, killing six passengers, "
                     "officials said.\n\nThe Baloch Liberation Army claimed responsibility.")
    claim = _by_word(events, "claimed responsibility")
    attack = _by_word(events, "attacked")
    assert _where(claim) == _where(attack) is not None
    assert claim.date == attack.date


def test_a_bare_claim_with_nothing_told_before_has_no_place() -> None:
    events = _events("The Baloch Liberation Army claimed responsibility.")
    assert _by_word(events, "claimed responsibility").location is None


# ---- an act named inside the doer of another

def test_an_act_named_inside_the_doer_is_where_the_doers_act_was() -> None:
    events = _events("Kenyan troops backed by U.S. air strikes recaptured the town of Kolbio from al Shabaab on "
                     "Friday, officials said.")
    assert _where(_by_word(events, "strikes")) == _where(_by_word(events, "recaptured")) is not None


def test_a_toll_past_a_sentence_of_no_event_is_where_the_act_before_was() -> None:
    events = _events("Gunmen killed 12 villagers in an attack on a village in Niger's Tillaberi region, a local "
                     "official said.\n\nThe gunmen came on motorbikes, he said. Several granaries were set on fire.")
    assert _where(_by_word(events, "set")) == _where(_by_word(events, "killed")) is not None


# ---- a passive pronoun of a clause set beside another

@pytest.mark.parametrize("sentence, word, whom", [
    ("A knife-wielding man wounded three passers-by in Mulhouse before he was shot by police.", "shot",
     "A knife-wielding man"),
    ("The justice minister eased the curfew imposed on opposition leader Ousmane Sonko after he was released "
     "from jail.", "released", "opposition leader Ousmane Sonko"),
])
def test_a_passive_he_beside_a_clause_is_the_nearest_person_before_it(sentence: str, word: str, whom: str) -> None:
    assert _text(_by_word(_events(sentence), word).actor2) == whom


def test_a_passive_they_beside_a_clause_is_a_party_of_that_clause() -> None:
    events = _events("Ten election workers were driving back from Kano when they were attacked by gunmen.")
    assert _text(_by_word(events, "attacked").actor2) == "Ten election workers"


# ---- where people were when they tried to cross, not where they were going

def test_where_people_tried_to_cross_is_where_they_were_killed() -> None:
    events = _events("ISLAMABAD (Reuters) - Pakistani troops killed 12 militants trying to cross into the country "
                     "from Afghanistan in South Waziristan on Monday, the army said.")
    assert _where(_by_word(events, "killed")) == "South Waziristan"


def test_where_people_tried_to_reach_is_still_not_where_they_were_stopped() -> None:
    events = _events("Moroccan navy boats intercepted 200 migrants trying to reach Spain on Monday.")
    assert _where(_by_word(events, "intercepted")) != "Spain"


# ---- a group's own word that it carried out the attack told before

def test_a_group_saying_it_carried_out_the_attack_claims_it() -> None:
    events = _events("A car bomb killed nine soldiers at a checkpoint in Mosul on Monday, officials said.\n\n"
                     "Islamic State said it had carried out the attack.")
    claim = _by_word(events, "carried out the attack")
    assert claim.cameo == "015" and claim.type == "AGREE"
    assert _where(claim) == _where(_by_word(events, "killed")) is not None
    assert [e.type for e in events].count("ASSAULT") == 1


def test_a_group_saying_it_carried_out_an_attack_of_its_own_tells_it() -> None:
    events = _events("Islamic State said it had carried out an attack on a checkpoint in Mosul.")
    assert [e.type for e in events if e.trigger.text.startswith("carried out")] == ["ASSAULT"]


# ---- a negating verb negated, and a demand's "that" clause

def test_an_act_not_ruled_out_is_still_to_come() -> None:
    events = _events("France has not ruled out sending warships to the Strait of Hormuz, a government spokesman said.")
    sending = _by_word(events, "sending")
    assert sending.factuality == "future" and sending.acled is None
    assert sending.attribution == "a government spokesman"


def test_an_act_ruled_out_is_still_negated() -> None:
    assert _by_word(_events("France ruled out sending troops to Mali."), "sending").factuality == "negated"


def test_an_act_not_stopped_went_on() -> None:
    events = _events("Despite the truce, the army did not stop shelling the town of Kauda.")
    assert _by_word(events, "shelling").factuality == "asserted"


def test_what_a_demand_that_asks_is_not_done() -> None:
    events = _events("Armenia rejected an Azerbaijani demand that Yerevan withdraw its troops from the border "
                     "villages.")
    assert _by_word(events, "withdraw").factuality not in ("asserted", "reported")


def test_a_relative_that_on_a_demand_tells_what_was_done_to_it() -> None:
    events = _events("Students marched in Tegucigalpa to ask for an inquiry, a demand that the president has "
                     "rejected.")
    assert _by_word(events, "rejected").factuality == "asserted"


# ---- an attack on a post near a border, hung on who attacked

def test_an_attack_by_someone_on_a_post_near_a_border_is_on_that_border() -> None:
    events = _events("Mali's army repelled an attack by jihadists on a military post near the border with Burkina "
                     "Faso on Monday.")
    where = _where(_by_word(events, "repelled")) or ""
    assert "Burkina Faso" in where and "border" in where


# ---- the scene of the incident, and the fighters named again

@pytest.mark.parametrize("second, word", [
    ("Officers recovered two rifles from the scene.", "recovered"),
    ("Soldiers sealed off the scene and arrested three suspects.", "arrested"),
])
def test_what_is_done_at_the_scene_is_where_the_incident_was(second: str, word: str) -> None:
    events = _events(f"A bomb exploded near an army truck in the city of Peshawar on Monday, killing two soldiers. "
                     f"{second}")
    assert _where(_by_word(events, word)) == _where(_by_word(events, "exploded")) is not None


def test_the_fighters_named_again_are_the_body_named_before() -> None:
    events = _events("Al Shabaab fighters attacked a police station in Mandera on Monday, police said.\n\n"
                     "The fighters also burned two vehicles.")
    assert _by_word(events, "burned").actor1.code == _by_word(events, "attacked").actor1.code is not None


# ---- the local force named by its kind alone

@pytest.mark.parametrize("second, word", [
    ("Police detained 35 people.", "detained"),
    ("Officers arrested 12 of the demonstrators.", "arrested"),
])
def test_the_local_force_named_by_its_kind_acts_where_the_story_is(second: str, word: str) -> None:
    events = _events(f"Thousands of people protested in Bishkek on Monday against a new media law.\n\n{second}")
    assert _where(_by_word(events, word)) == _where(_by_word(events, "protested")) is not None


def test_a_force_in_a_sentence_set_apart_takes_nothing_from_before() -> None:
    events = _events("Thousands of people protested in Bishkek on Monday against a new media law.\n\n"
                     "Separately, police detained 35 people.")
    assert _by_word(events, "detained").location is None
