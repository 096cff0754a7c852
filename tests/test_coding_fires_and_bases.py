"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-fifth
round): a state's base placed in another state, a blaze that kills no one's victims, a crowd's
participle, people passed over by the parser, a bomb's target, labour strikes, arson, gangs and
the reasons things are seized for. Sentences written for these tests; the publication day,
2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _acled
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# ---- a state's thing placed in another state

@pytest.mark.parametrize(("sentence", "word", "country"), [
    ("Militias fired rockets at a US base in western Iraq on Monday.", "fired", "IRQ"),
    ("Iran launched missiles at an American air base in Qatar.", "launched", "QAT"),
    ("Drones struck a Russian depot near Luhansk overnight.", "struck", "UKR"),
])
def test_a_states_thing_whose_phrase_places_it_is_not_in_that_state(sentence: str, word: str, country: str) -> None:
    event = _by_word(_events(sentence), word)
    assert event.location is not None and event.location.country == country


def test_a_thing_named_after_its_place_keeps_that_place() -> None:
    # (a mine's own name is where it is, not whose it is)
    event = _by_word(_events("Workers at the Grasberg mine in Indonesia stopped work on Monday."), "stopped")
    assert _where(event) != "Indonesia"


def test_a_settlement_named_by_who_lives_there_is_no_place_of_its_own() -> None:
    event = _by_word(_events("Soldiers demolished a clinic in a Bedouin village near Hebron."), "demolished")
    assert _where(event) == "Hebron"


def test_a_neighbourhood_or_a_home_named_after_its_town_still_names_the_town() -> None:
    event = _by_word(_events("A man was shot dead at a Buford home on Sunday."), "shot")
    assert _where(event) == "Buford"


def test_the_jordan_valley_is_no_jordan() -> None:
    event = _by_word(_events("Settlers attacked a Palestinian herding community in the Jordan Valley."), "attacked")
    assert _where(event) == "Jordan Valley"


# ---- a blaze kills no one's victims; shots fired still do

@pytest.mark.parametrize("sentence", [
    "A fire killed 31 people at a hotel in Istanbul.",
    "A huge fire injured twelve workers at a market in Lagos.",
    "A blaze killed nine patients in a hospital in Baghdad.",
])
def test_a_blaze_is_no_attack(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("Israeli fire killed 12 people near an aid site in Gaza.", "killed"),
    ("Tank fire wounded four civilians in Kharkiv.", "wounded"),
    ("Heavy fire from a helicopter killed two farmers.", "killed"),
    ("Army fire destroyed dozens of homes in the village.", "destroyed"),
    ("Troops came under attack, prompting a return of fire that killed six civilians.", "killed"),
])
def test_fire_that_is_someones_shooting_still_harms(sentence: str, word: str) -> None:
    assert _by_word(_events(sentence), word).type == "ASSAULT"


# ---- a crowd's participle after the people it tells of

@pytest.mark.parametrize(("sentence", "word", "doer"), [
    ("Soldiers fired on students demanding the release of their teachers.", "demanding", "students"),
    ("Police clashed with supporters of the former president Evo Morales blocking roads.", "blocking",
     "supporters of the former president Evo Morales"),
])
def test_a_crowds_participle_tells_what_the_crowd_does(sentence: str, word: str, doer: str) -> None:
    assert _text(_by_word(_events(sentence), word).actor1) == doer


def test_a_participle_of_the_doers_own_act_keeps_the_doer() -> None:
    event = _by_word(_events("The army attacked rebels in Kidal using drones."), "attacked")
    assert _text(event.actor1) == "The army"


# ---- people the parser passed over

def test_people_passed_over_by_the_parser_are_who_a_participle_describes() -> None:
    events = _events("Caracas freed six Americans in exchange for Venezuelans deported to El Salvador.")
    assert _text(_by_word(events, "deported").actor2) == "Venezuelans"


# ---- what a bomb hit

def test_what_a_bomb_named_as_the_subject_hit_is_the_target() -> None:
    event = _by_word(_events("A roadside bomb hit an army truck in Lower Shabelle, killing two soldiers."), "bomb hit")
    assert _text(event.actor2).startswith("an army truck")


def test_a_named_kind_of_point_shelled_is_the_target() -> None:
    event = _by_word(_events("Russian troops shelled an aid distribution point in Kherson."), "shelled")
    assert _text(event.actor2).startswith("an aid distribution point")


# ---- strikes, arson, gangs, sabotage

@pytest.mark.parametrize("sentence", [
    "Police arrested drivers during a taxi strike in Nairobi.",
    "Police fired tear gas at pickets during a transport strike in Lagos.",
])
def test_a_trades_strike_is_a_labour_strike(sentence: str) -> None:
    event = _by_word(_events(sentence), "strike")
    assert event.type == "PROTEST" and event.cameo == "143"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Arson attacks destroyed six lorries in the south.", "destroyed"),
    ("An arson attack damaged a mosque in Malmo.", "attack damaged"),
    ("The state of emergency followed arson attacks on lorries in the south.", "attacks"),
])
def test_arson_is_property_destruction_not_a_riot(sentence: str, word: str) -> None:
    event = _by_word(_events(sentence), word)
    assert _acled(event) == "Looting/property destruction"


def test_rioters_burning_a_building_still_riot() -> None:
    event = _by_word(_events("Rioters torched a police station in Dhaka."), "torched")
    assert _acled(event) == "Violent demonstration"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Italian police arrested 20 members of a mafia clan in Sicily.", "arrested"),
    ("Police detained a mobster in Naples.", "detained"),
])
def test_mafia_members_are_criminals(sentence: str, word: str) -> None:
    assert _code(_by_word(_events(sentence), word).actor2) == "CRM"


@pytest.mark.parametrize("sentence", [
    "Farmers sprayed manure at the parliament building in Brussels.",
    "Investigators said the ship was suspected of cutting a power cable under the Baltic Sea.",
])
def test_manure_sprayed_and_a_cable_cut_are_no_crowd_control_or_sanction(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e.cameo in ("175", "160")]


def test_water_sprayed_on_protesters_is_still_crowd_control() -> None:
    event = _by_word(_events("Police sprayed protesters with water in Tbilisi."), "sprayed")
    assert event.cameo == "175"


def test_a_ship_captain_held_is_the_target() -> None:
    event = _by_word(_events("Taiwan detained the captain of a cargo ship on Monday."), "detained")
    assert _text(event.actor2) == "the captain of a cargo ship"


def test_the_deed_a_thing_is_seized_for_is_no_target() -> None:
    event = _by_word(_events("Iranian forces seized a tanker for smuggling diesel."), "seized")
    assert event.actor2 is None or "smuggling" not in event.actor2.text


# ---- parse mends: a toll hung on the victims' participle, an object gapped with no "whom"

def test_a_toll_hung_on_the_victims_participle_is_the_main_clauses_doers() -> None:
    events = _events("Soldiers fired at a group of people approaching the border wall near Khan Younis, killing five.")
    assert _text(_by_word(events, "killing").actor1) == "Soldiers"


@pytest.mark.parametrize(("sentence", "target"), [
    ("Kinshasa released an American diplomat it arrested last month.", "an American diplomat"),
    ("The militia freed a Greek-flagged tanker it seized in the Gulf of Aden.", "a Greek-flagged tanker"),
])
def test_a_party_the_clause_gaps_with_no_whom_is_the_target(sentence: str, target: str) -> None:
    word = "arrested" if "arrested" in sentence else "seized"
    assert _text(_by_word(_events(sentence), word).actor2) == target


def test_goods_a_clause_gaps_keep_the_owner_they_were_taken_from() -> None:
    event = _by_word(_events("The militia said it would return weapons it seized from the army."), "seized")
    assert _text(event.actor2) == "the army"


# ---- a leader's backers, fire bombs, aircraft on patrol, people at harvest

@pytest.mark.parametrize("sentence", [
    "Riot police clashed with supporters of the impeached president outside the court in Seoul.",
    "Bolivian supporters of Evo Morales clashed with police in La Paz.",
])
def test_a_leaders_backers_clashing_with_police_riot(sentence: str) -> None:
    assert _acled(_by_word(_events(sentence), "clashed")) == "Violent demonstration"


def test_armed_backers_clashing_with_police_fight() -> None:
    event = _by_word(_events("Police clashed with armed supporters of the warlord in Mogadishu."), "clashed")
    assert _acled(event) == "Armed clash"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Opposition supporters threw petrol bombs at the prime minister's office in Tirana.", "threw"),
    ("Protesters hurled Molotov cocktails at riot police in Athens.", "hurled"),
])
def test_fire_bombs_thrown_by_a_crowd_riot(sentence: str, word: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) == "Violent demonstration"


def test_a_bomb_thrown_by_gunmen_stays_an_explosive_attack() -> None:
    event = _by_word(_events("Gunmen threw petrol bombs at a bus in Kano."), "threw")
    assert _acled(event) == "Remote explosive/landmine/IED"


def test_bombers_on_a_joint_patrol_strike_no_one() -> None:
    events = _events("Russian bombers and Chinese warplanes carried out a joint patrol near Japan.")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_olive_pickers_attacked_are_civilians() -> None:
    events = _events("Settlers attacked Palestinian olive pickers near Ramallah, injuring three.")
    assert _acled(_by_word(events, "attacked")) == "Attack" and _acled(_by_word(events, "injuring")) == "Attack"


# ---- named armed bodies, where a weapon was made, named militias, a body's leader

@pytest.mark.parametrize(("sentence", "word"), [
    ("Hezbollah targeted an Israeli army post near the border.", "targeted"),
    ("Hezbollah said it had targeted an Israeli army post with an anti-tank missile.", "targeted"),
    ("The Syrian Armed Forces entered the town of Khan Sheikhoun on Monday.", "entered"),
])
def test_an_armed_body_named_does_what_armed_doers_do(sentence: str, word: str) -> None:
    assert _by_word(_events(sentence), word).type == "ASSAULT"


def test_a_body_named_with_a_generic_security_word_is_no_armed_doer() -> None:
    events = _events("Reports said the National Security Agency targeted the ruling party's leaders.")
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("phrase", ["a Turkish-made drone", "an Iranian-built drone", "Russian-made helicopters"])
def test_where_a_weapon_was_made_says_nothing_of_whose_it_is(phrase: str) -> None:
    from watchfloor.coding.actors import code_phrase

    coded = code_phrase(phrase)
    assert coded is not None and coded.country is None


def test_the_white_army_is_a_south_sudanese_militia() -> None:
    event = _by_word(_events("Government troops clashed with the White Army near Nasir."), "clashed")
    assert _code(event.actor2) == "SSDUAF"


def test_the_body_a_leader_heads_is_no_place() -> None:
    events = _events("Kyiv imposed sanctions on the head of the Ukrainian Orthodox Church.")
    event = _by_word(events, "imposed sanctions")
    assert event.location is None


# ---- attackers named by a word on the attack; premises the state's forces shut

@pytest.mark.parametrize(("sentence", "code"), [
    ("Troops repelled a rebel attack on the town of Kidal.", "REB"),
    ("Soldiers repelled a jihadist attack on their base near Menaka.", "INS"),
])
def test_attackers_named_by_a_word_on_the_attack_are_fought_back(sentence: str, code: str) -> None:
    assert _code(_by_word(_events(sentence), "repelled").actor2) == code


@pytest.mark.parametrize("sentence", [
    "Kosovo police closed Serbian-run offices in the north of the country.",
    "Police closed the offices of an opposition party in Lusaka.",
])
def test_premises_the_states_forces_shut_are_banned(sentence: str) -> None:
    assert _by_word(_events(sentence), "closed").cameo == "172"


@pytest.mark.parametrize("sentence", [
    "The UN closed its office in Kabul.",
    "The company closed its offices in Moscow.",
])
def test_ones_own_premises_closed_are_no_event(sentence: str) -> None:
    assert not [e for e in _events(sentence) if e.trigger.text == "closed"]


# ---- "they" after a sentence of plural doers; tear-gassed; a mine run onto

def test_they_opening_a_sentence_are_the_plural_doers_of_the_one_before() -> None:
    events = _events("Gunmen raided a village in Niger's Tahoua region. They killed nine herders and stole cattle.")
    assert _text(_by_word(events, "killed").actor1) == "Gunmen"


def test_people_tear_gassed_suffered_crowd_control() -> None:
    event = _by_word(_events("Students in Dhaka were tear-gassed as they marched on parliament."), "gassed")
    assert event.cameo == "175" and event.actor1 is None and _text(event.actor2) == "Students in Dhaka"


@pytest.mark.parametrize(("sentence", "doer", "hit"), [
    ("Four soldiers died when their truck hit a landmine near Gao.", None, "their truck"),
    ("Six soldiers died after their vehicle struck a mine planted by the rebels near Kidal.", "the rebels",
     "their vehicle"),
])
def test_what_ran_onto_a_mine_is_hit_and_whoever_laid_it_did_it(sentence: str, doer: str | None, hit: str) -> None:
    word = "hit" if " hit " in sentence else "struck"
    event = _by_word(_events(sentence), word)
    assert (_text(event.actor1) or "")[:len(doer or "")] == (doer or "") and (doer or event.actor1 is None)
    assert _text(event.actor2) == hit


def test_a_part_of_the_datelines_capital_is_the_capital() -> None:
    events = _events("TRIPOLI (Reuters) - Armed groups fought in the south of the Libyan capital overnight, "
                     "residents said.")
    assert _where(_by_word(events, "fought")) == "Tripoli"


def test_a_part_of_the_country_is_still_away_from_the_datelines_city() -> None:
    events = _events("TRIPOLI (Reuters) - Armed groups fought in the south of the country overnight, "
                     "residents said.")
    assert _where(_by_word(events, "fought")) != "Tripoli"


# ---- a state's bombers are its aircraft

@pytest.mark.parametrize(("phrase", "code"), [
    ("Russian bombers", "RUSMIL"),
    ("the US bombers", "USAMIL"),
    ("Palestinian suicide bombers", "PSEINS"),  # a suicide bomber is no aircraft
    ("Hamas bombers", "PSEINS"),  # nor a group's
    ("the bombers", "INS"),
])
def test_a_states_bombers_are_its_aircraft(phrase: str, code: str) -> None:
    from watchfloor.coding.actors import code_phrase

    assert code_phrase(phrase).code == code
