"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-eighth round): an act named again as the subject of "came", "followed" or "lasted", a
clause measured from such an act or from one dated by the story, an accident's toll told
beside a clash, a second deed alleged, what an order answers, a count of protests, and a
place near another country's border.
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import actor_text as _text
from parsing import by_phrase as _by_phrase
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _events


def _triggers(events: list) -> list[str]:
    return [e.trigger.text for e in events]


# ---- an act named again to say when or how it took place

@pytest.mark.slow
@pytest.mark.parametrize(("text", "again"), [
    ("Gunmen attacked a village in Zamfara on Monday, killing 12 people. The attack came days after soldiers "
     "killed a bandit leader.", "attack"),
    ("The army clashed with rebels near the town on Monday. The fighting lasted several hours.", "fighting"),
    ("Gunmen raided a village on Sunday. The raid was the third this month.", "raid"),
    ("Rebels shelled the market on Sunday. The shelling followed a week of clashes.", "shelling"),
])
def test_an_act_named_again_is_no_new_event(text: str, again: str) -> None:
    events = _code(text)
    assert again not in " ".join(_triggers(events)).split(), _triggers(events)
    assert [e for e in events if e.type == "ASSAULT"]


@pytest.mark.slow
def test_a_clause_is_measured_from_the_act_named_again() -> None:
    events = _code("Gunmen attacked a village in Zamfara on Monday, killing 12 people. The attack came days after "
                   "soldiers killed a bandit leader.")
    leader = next(e for e in events if _text(e.actor2) == "a bandit leader")
    assert leader.date_precision == "range" and leader.date_end is not None and leader.date_end < "2025-06-09"


@pytest.mark.slow
def test_a_measure_on_the_verb_of_the_act_named_again() -> None:
    events = _code("Turkish warplanes struck militant targets in northern Iraq on Sunday. The strikes came a day "
                   "after two Turkish soldiers were killed in an attack on a base.")
    assert "strikes" not in _triggers(events)
    assert _by_word(events, "killed").date == _by_word(events, "attack").date == "2025-06-07"


@pytest.mark.slow
def test_an_act_named_again_where_it_names_the_place_stays() -> None:
    events = _code("Gunmen killed six aid workers on Saturday. The attack occurred in a government-controlled "
                   "section of road.")
    assert _by_phrase(events, "attack").type == "ASSAULT"


@pytest.mark.slow
def test_an_alleged_act_told_as_done_stays() -> None:
    events = _code("A man allegedly opened fire at the protest. The shooting followed a peaceful march.")
    assert _by_word(events, "shooting").factuality == "asserted"


@pytest.mark.slow
def test_a_ranked_act_with_none_before_stays() -> None:
    events = _code("The protests were the largest in weeks.")
    assert _by_word(events, "protests").type == "PROTEST"


# ---- an unmeasured clause of an act the story dated

@pytest.mark.slow
def test_an_after_clause_is_not_later_than_its_act() -> None:
    events = _code("Israeli air strikes killed 25 people in Gaza on Monday, health officials said.\n\nThe military "
                   "said it had struck Hamas targets after militants opened fire on troops in Rafah.")
    struck = _by_word(events, "struck")
    assert struck.date == "2025-06-09"
    assert _by_word(events, "opened").date == "2025-06-09"


@pytest.mark.slow
def test_an_after_clause_with_its_own_day_keeps_it() -> None:
    events = _code("Troops struck rebel positions on Monday after militants opened fire on Sunday.")
    assert _by_word(events, "struck").date == "2025-06-09"
    assert _by_word(events, "opened").date == "2025-06-08"


# ---- an accident's toll told beside a clash

@pytest.mark.slow
def test_an_accidents_toll_in_a_clause_beside_a_clash_is_no_attack() -> None:
    events = _code("BELGRADE (Reuters) - Serbian riot police clashed with anti-government protesters in Novi Sad on "
                   "Monday, a year after the collapse of a railway station canopy killed 16 people.")
    assert "clashed" in _triggers(events)
    assert "killed" not in _triggers(events)


@pytest.mark.slow
def test_a_collapse_an_attack_caused_still_kills() -> None:
    events = _code("A missile hit the building on Monday, and the collapse of its roof killed 16 people.")
    assert _by_word(events, "killed").type == "ASSAULT"


# ---- a second deed alleged

@pytest.mark.slow
def test_a_second_deed_alleged_is_the_accuseds() -> None:
    text = ("ADDIS ABABA (Reuters) - Ethiopia accused Eritrea on Sunday of preparing for war and of arming Fano "
            "militias in the Amhara region, in a letter to the U.N. Secretary-General.")
    events = _events(text)
    assert _text(_by_word(events, "arming").actor1) == "Eritrea"
    accused = _by_word(events, "accused")
    assert accused.location is None or accused.location.text != "Amhara"


# ---- what an order answers

@pytest.mark.slow
def test_what_an_order_answers_is_done() -> None:
    events = _code("Venezuela's government ordered the mobilisation of 200,000 troops on Saturday in response to "
                   "the deployment of U.S. warships in the Caribbean.")
    assert _by_word(events, "deployment").factuality == "asserted"


@pytest.mark.slow
def test_what_an_order_asks_for_is_still_to_come() -> None:
    events = _code("The council demanded the withdrawal of troops in response to the violence.")
    assert _by_word(events, "withdrawal").factuality == "future"


# ---- a count of protests

@pytest.mark.slow
def test_months_of_demonstrations_are_held_and_their_demand_is_the_crowds() -> None:
    events = _code("Students have led months of demonstrations demanding early elections.")
    assert _by_phrase(events, "demonstrations").type == "PROTEST"
    assert _text(_by_word(events, "demanding").actor1) == "Students"


@pytest.mark.slow
def test_a_rallys_demand_is_its_holders() -> None:
    events = _code("Thousands joined a rally by farmers demanding subsidies.")
    assert _text(_by_word(events, "demanding").actor1) == "farmers"


# ---- a place near another country's border

@pytest.mark.slow
def test_a_name_near_a_border_is_not_across_it() -> None:
    events = _events("ISLAMABAD (Reuters) - Militants attacked a checkpoint in the Bajaur district near the Afghan "
                     "border on Sunday.")
    loc = _by_word(events, "attacked").location
    assert loc is not None and loc.text == "Bajaur" and loc.country == "PAK"


@pytest.mark.slow
def test_a_border_adjective_anchors_no_name() -> None:
    events = _events("Militants attacked a checkpoint in the Bajaur district near the Afghan border on Sunday.")
    loc = _by_word(events, "attacked").location
    assert loc is None or loc.country != "AFG"


# ---- a clause measured from the day its sentence names, with no act coded

@pytest.mark.slow
def test_a_measured_clause_with_no_act_is_measured_from_the_sentences_day() -> None:
    events = _code("Egypt and Qatar said on Monday they had submitted a new proposal to extend the ceasefire, two "
                   "days after Israeli troops killed three Palestinians near the border fence.")
    assert _by_word(events, "killed").date == "2025-06-07"


@pytest.mark.slow
def test_a_measured_clause_with_its_own_day_keeps_it() -> None:
    events = _code("The ruler said on Monday he would hold elections, weeks after the army seized power on May 2.")
    assert _by_word(events, "seized").date == "2025-05-02"


# ---- an act after which another was done

@pytest.mark.slow
def test_clashes_after_which_a_town_was_taken_are_not_later() -> None:
    events = _code("Gunmen raided a village on Thursday.\n\nRebels took the town after fierce clashes with the army.")
    took = _by_word(events, "took")
    assert took.date == "2025-06-05"
    assert _by_word(events, "clashes").date == took.date


# ---- a diplomatic protest

@pytest.mark.slow
def test_an_envoy_summoned_to_protest_is_no_demonstration() -> None:
    events = _code("Manila summoned China's ambassador to protest.")
    assert [e.type for e in events] == ["ACCUSE"]
    assert events[0].acled is None


@pytest.mark.slow
def test_hours_after_an_act_named_again_is_its_day() -> None:
    events = _code("Gunmen abducted an official in Tripoli on Saturday. The abduction came hours after he "
                   "criticised the government.")
    assert _by_word(events, "criticised").date == _by_word(events, "abducted").date == "2025-06-07"


# ---- a federal state named as a place

@pytest.mark.slow
def test_a_town_in_a_named_state_is_no_government() -> None:
    events = _code("Myanmar's army retook the town of Kyaukme in Shan state on Sunday.")
    target = _by_word(events, "retook").actor2
    assert target is None or target.sector != "GOV"


@pytest.mark.slow
def test_a_states_own_police_keep_their_sector() -> None:
    events = _code("Kaduna state police arrested 12 suspects on Sunday.")
    assert _by_word(events, "arrested").actor1.sector == "COP"


# ---- a passive's subject does what it is held after

@pytest.mark.slow
def test_those_arrested_after_calling_did_the_calling() -> None:
    events = _code("Several party leaders were arrested last month after calling for a return to civilian rule.")
    assert _text(_by_word(events, "calling").actor1) == "Several party leaders"


# ---- second reading: agents, free relatives, tolls of acts told, a series recalled, a span

@pytest.mark.slow
def test_a_by_phrase_after_a_place_is_the_passives_agent() -> None:
    events = _code("The lawmaker was killed in his car at a traffic light by gunmen on a motorbike.")
    assert _text(_by_word(events, "killed").actor1) == "gunmen"


@pytest.mark.slow
def test_a_by_phrase_of_a_place_stays_there() -> None:
    events = _code("The bodies of two men were found in a field by the river.")
    assert not [e for e in events if e.actor1 is not None and "river" in e.actor1.text]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "target"), [
    ("Israeli warplanes struck what the military described as Hezbollah infrastructure in the Bekaa Valley on Sunday.",
     "struck", "Hezbollah infrastructure in the Bekaa Valley"),
    ("Pakistan carried out air strikes on what it said were Pakistani Taliban hideouts in eastern Afghanistan.",
     "carried out air strikes", "Pakistani Taliban hideouts in eastern Afghanistan"),
])
def test_what_a_party_calls_a_target_is_the_target(text: str, word: str, target: str) -> None:
    assert _text(_by_word(_code(text), word).actor2) == target


@pytest.mark.slow
def test_a_free_relative_places_the_strike() -> None:
    events = _events("Pakistan carried out air strikes on what it said were Pakistani Taliban hideouts in eastern "
                     "Afghanistan on Wednesday.")
    loc = _by_word(events, "carried out air strikes").location
    assert loc is not None and loc.country == "AFG"


@pytest.mark.slow
def test_a_toll_of_the_strikes_told_is_the_strikers() -> None:
    events = _code("U.S. forces struck Houthi radar sites on Saturday.\n\nThe Houthis said the strikes killed four "
                   "people in Hodeidah.")
    assert _by_word(events, "killed").actor1.code == "USAMIL"


@pytest.mark.slow
def test_a_blast_is_not_the_gunmens_told_before() -> None:
    events = _code("Gunmen attacked a village on Monday. The blast killed two people.")
    assert _by_word(events, "killed").actor1.code is None


@pytest.mark.slow
def test_the_latest_of_a_series_is_no_new_event() -> None:
    events = _code("Israeli settlers set fire to a mosque near Nablus on Wednesday, in the latest of a series of "
                   "attacks in the occupied West Bank.")
    assert _triggers(events) == ["set"]


@pytest.mark.slow
def test_a_span_the_complement_lasts_is_no_day_of_its_own() -> None:
    events = _code("Pakistan and Afghanistan agreed on Monday to extend a ceasefire for another week.")
    assert len(events) == 1 and events[0].date == "2025-06-09"


# ---- third reading: an act fought off, an act backed, a passive act measured

@pytest.mark.slow
def test_an_attack_repelled_is_aimed_at_its_doer() -> None:
    events = _code("Al Shabaab militants stormed a military base on Monday. The army said it had repelled the attack.")
    assert _by_word(events, "repelled").actor2.code == "SOMINS"


@pytest.mark.slow
def test_an_attack_repelled_is_not_aimed_at_the_repellers_own() -> None:
    events = _code("Sudan's army shelled rebel positions on Friday. The army said it had repelled the attack.")
    target = _by_word(events, "repelled").actor2
    assert target is None or target.code != "SDNMIL"


@pytest.mark.slow
def test_an_offensive_backed_is_the_one_told() -> None:
    events = _code("M23 rebels seized the town of Walikale on Saturday. Congo's government accused Rwanda of backing "
                   "the offensive, which Kigali denies.")
    assert "offensive" not in _triggers(events)
    assert _text(_by_word(events, "backing").actor2) == "M23 rebels"


@pytest.mark.slow
def test_a_passive_act_measured_from_its_sentence() -> None:
    events = _code("Chad's government said on Thursday it had arrested several army officers, days after gunfire was "
                   "heard near the presidential palace.")
    gunfire = _by_word(events, "gunfire")
    assert gunfire.date_precision == "range" and gunfire.date_end is not None and gunfire.date_end < "2025-06-05"


# ---- fourth reading: a fight that broke out, an accord named again, a passive read as a phrase

@pytest.mark.slow
def test_the_fighting_that_broke_out_is_the_clash_told() -> None:
    events = _code("Rival militias clashed in Tripoli on Monday. The fighting broke out after a commander was arrested "
                   "at the airport.")
    assert "fighting broke" not in " ".join(_triggers(events))
    arrested = _by_word(events, "arrested")
    assert _text(arrested.actor2) == "a commander"
    assert arrested.date == _by_word(events, "clashed").date == "2025-06-09"


@pytest.mark.slow
def test_fighting_that_broke_out_with_no_the_is_news() -> None:
    events = _code("Rival militias clashed in Tripoli on Monday. Fighting broke out in Zawiya on Tuesday.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


@pytest.mark.slow
def test_the_deal_that_follows_is_the_accord_told() -> None:
    events = _code("Syria's government and the SDF agreed on Tuesday to integrate the SDF's fighters into the army. "
                   "The deal follows months of talks brokered by the United States.")
    assert "deal" not in _triggers(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "status"), [
    ("The authorities imposed a curfew after looting was reported across the city.", "imposed a curfew", "asserted"),
    ("A man has been arrested after police say he tried to rob a woman.", "arrested", "asserted"),
    ("ISIS fighters began a large-scale assault on the army in western Raqqa, as Amaq News also reported.",
     "began a large-scale assault", "reported"),
    ("Boko Haram jihadists overran a military base after a ferocious firefight, military sources said Sunday.",
     "overran", "reported"),
])
def test_a_report_after_a_subordinator_attributes_nothing(text: str, word: str, status: str) -> None:
    assert _by_word(_code(text), word).factuality == status


# ---- fifth reading: a clause a marker subordinates, a participle after two nouns

@pytest.mark.slow
def test_a_conjunct_with_a_marker_is_measured_from_the_act() -> None:
    events = _code("Israel struck Sanaa's airport on Saturday, the Houthi-run health ministry said, killing six "
                   "people, a day after the Houthis fired a ballistic missile at Tel Aviv.")
    assert _by_word(events, "fired").date == "2025-06-06"


@pytest.mark.slow
def test_a_result_after_a_participle_of_the_second_noun_is_the_doers() -> None:
    events = _code("Gang members opened fire on journalists and police gathered for the reopening of the hospital on "
                   "Saturday, killing two journalists and a police officer, the government said.")
    assert _text(_by_word(events, "killing").actor1) == "Gang members"


@pytest.mark.slow
def test_a_witness_who_said_is_no_participle() -> None:
    events = _code("At least 21 people were killed in two Boko Haram attacks near Maiduguri in northeast Nigeria, a "
                   "community leader and a witness said on Friday.")
    assert _by_word(events, "killed").factuality == "reported"


# ---- sixth reading: "them" after two objects

@pytest.mark.slow
def test_them_is_the_plural_object_of_the_clause_taken() -> None:
    events = _code("Georgia's ruling party said it would ask the constitutional court to ban the main opposition "
                   "parties, accusing them of sabotage.")
    assert _text(_by_word(events, "accusing").actor2) == "the main opposition parties"


@pytest.mark.slow
def test_them_with_one_object_is_that_object() -> None:
    events = _code("Houthis have detained more than 50 UN staff, accusing them of spying.")
    assert _text(_by_word(events, "accusing").actor2) == "more than 50 UN staff"
