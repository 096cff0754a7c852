"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
twenty-sixth round): paragraphs, weapons, words that name no event, quoted speakers and the
incident's day. Sentences written for these tests."""
from __future__ import annotations

import pytest
from parsing import by_word as _by_word
from parsing import code_text as _code
from parsing import pipeline_events as _pipeline


# ---- a blank line ends a sentence

@pytest.mark.slow
def test_a_blank_line_ends_the_sentence_the_parser_would_run_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The rebels will fight on, Kanyuka said in a statement posted on X.\n\n"
            "Congo army spokesman General Ekenge said government forces had repelled an offensive.")
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Congo")
    assert first.is_sent_start
    ev = _by_word(_pipeline(text), "repelled")
    assert ev.evidence.text.startswith("Congo army spokesman")


# ---- the means of an attack

@pytest.mark.slow
@pytest.mark.parametrize("text, sub", [
    # a new attack in another country, not the air strikes of the paragraph before
    ("Last week, the army said it had killed dozens of militants in air strikes in the Segou region.\n\n"
     "In neighbouring Burkina Faso, gunmen killed 12 civilians in an attack on a market in the town of "
     "Djibo on Monday, a local official said.", "Attack"),
    # a war's toll, not the drones of the paragraph before
    ("Army drones struck a fuel depot near Nyala on Wednesday night.\n\n"
     "The war between the military and the RSF erupted in April 2023 and has killed more than 40,000 "
     "people, according to U.N. figures.", "Armed clash"),
    # strikes on vessels, not the explosives suspects were caught with the paragraph before
    ("The interior minister said the suspects had been caught with explosives near a refinery.\n\n"
     "The U.S. military has carried out more than 20 strikes on vessels it says were smuggling drugs, "
     "killing at least 80 people since September.", "Attack"),
])
def test_a_toll_s_own_act_decides_its_means(text: str, sub: str) -> None:
    ev = max((e for e in _pipeline(text) if e.trigger.text in ("killed", "killing")), key=lambda e: e.trigger.start)
    assert ev.acled is not None and ev.acled.sub_event_type == sub


@pytest.mark.slow
def test_a_new_attack_takes_the_means_the_sentences_after_it_tell() -> None:
    text = ("Two civilians were killed in separate attacks in Kashmir, police said Saturday. A civilian was killed "
            "and another wounded in a grenade attack late Tuesday in Srinagar.")
    ev = _by_word(_pipeline(text), "killed")
    assert ev.acled is not None and ev.acled.sub_event_type == "Grenade"


@pytest.mark.slow
def test_glide_bombs_are_dropped_from_the_air_and_the_attack_named_again_is_theirs() -> None:
    text = ("Russian glide bombs struck a residential area of Kharkiv on Saturday, killing four people, the "
            "governor said.\n\nThe attack hit a nine-story apartment building and a kindergarten.")
    events = _pipeline(text)
    struck = _by_word(events, "struck")
    assert struck.cameo == "195" and struck.acled is not None and struck.acled.sub_event_type == "Air/drone strike"
    hit = next(e for e in events if e.trigger.start > text.index("The attack"))
    assert hit.acled is not None and hit.acled.sub_event_type == "Air/drone strike"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, sub", [
    ("A roadside bomb struck a police patrol in the town on Monday.", "struck", "Remote explosive/landmine/IED"),
    # (a bombing raid is flown: second batch)
    ("The army said it had killed 19 rebels in a bombing raid on a camp in the south.", "killed", "Air/drone strike"),
])
def test_what_a_bomb_came_by_decides_its_means(text: str, word: str, sub: str) -> None:
    ev = _by_word(_code(text), word)
    assert ev.acled is not None and ev.acled.sub_event_type == sub


# ---- words that name no event, or another

@pytest.mark.slow
def test_a_strike_told_according_to_officials_is_no_accord() -> None:
    ev = _by_word(_code("Army drones struck a fuel depot near Nyala on Wednesday night, according to two "
                        "officials who spoke on condition of anonymity."), "struck")
    assert ev.type == "ASSAULT"
    assert _by_word(_code("The two sides struck an accord on Friday."), "struck").type == "AGREE"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Dali camp hosts tens of thousands of people who fled El Fasher.",
    "Chad hosts more than a million Sudanese refugees.",
    "The city is hosting a concert by the national orchestra.",
])
def test_a_place_that_hosts_people_receives_no_visit(text: str) -> None:
    assert not [e for e in _code(text) if e.cameo.startswith("043")]


@pytest.mark.slow
def test_a_host_of_talks_is_still_a_host() -> None:
    assert any(e.cameo == "043" for e in _code("Qatar hosted talks between the two sides on Monday."))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Troops clashed with rebels near Masisi on Sunday, breaking a week-long lull in fighting in the east.",
    "The truce brought a pause in fighting in Gaza.",
])
def test_a_lull_in_fighting_tells_of_no_fighting(text: str) -> None:
    assert not [e for e in _code(text) if e.trigger.text == "fighting"]


@pytest.mark.slow
def test_fighting_a_toll_is_told_in_is_still_fighting() -> None:
    assert [e for e in _code("Three soldiers were killed in fighting in the town.") if e.trigger.text == "fighting"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The president is due to meet the chancellor in Berlin on Tuesday to discuss a new aid package.",
    "The leaders discussed military aid to Ukraine.",
])
def test_what_talks_discuss_is_their_topic(text: str) -> None:
    assert not [e for e in _code(text) if e.type == "AID"]
    assert [e for e in _code(text) if e.type == "CONSULT"]


@pytest.mark.slow
def test_defending_oneself_is_no_verbal_support() -> None:
    assert not [e for e in _code('"We will defend ourselves and the population," the spokesman said.')
                if e.trigger.text == "defend"]
    assert _by_word(_code("The minister defended the decision on Monday."), "defended").type == "SUPPORT"


# ---- parties

@pytest.mark.slow
def test_a_crowd_that_protested_is_the_protester(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of residents protested in Tripoli on Thursday, demanding that armed groups leave."
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "protested")
    assert verb.dep_ == "ROOT" and next(t for t in doc if t.text == "Hundreds").head.i == verb.i
    events = _code(text)
    ev = _by_word(events, "protested")
    assert ev.actor1 is not None and ev.actor1.text == "Hundreds of residents" and ev.actor2 is None
    demand = _by_word(events, "demanding")
    assert demand.actor1 is not None and demand.actor1.text == "Hundreds of residents"


@pytest.mark.slow
def test_a_headline_s_participle_stays_a_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hundreds of residents killed in Tripoli")
    assert next(t for t in doc if t.text == "killed").dep_ != "ROOT"


@pytest.mark.slow
def test_a_vessel_fired_at_is_the_target() -> None:
    ev = _by_word(_code("The Houthis fired two ballistic missiles at a Liberian-flagged bulk carrier in the Red "
                        "Sea on Monday."), "fired")
    assert ev.actor2 is not None and "bulk carrier" in ev.actor2.text


@pytest.mark.slow
def test_a_vehicle_detonated_is_the_weapon_not_the_target() -> None:
    ev = _by_word(_code("A suicide bomber detonated an explosive-packed motorcycle in a crowded market on "
                        "Thursday, killing six civilians."), "detonated")
    assert ev.actor2 is None or "motorcycle" not in ev.actor2.text


@pytest.mark.slow
def test_we_in_a_quotation_is_the_speaker_after_it() -> None:
    text = ('Lawrence Kanyuka, the spokesman of the AFC/M23 alliance, accused the army of attacking rebel '
            'positions.\n\nKanyuka spoke in a statement posted on X.\n\n'
            '"We will strike back hard against the army," Kanyuka said.')
    ev = _by_word(_pipeline(text), "strike")
    # the speaker, coded from the title given with his full name
    assert ev.actor1 is not None and ev.actor1.text == "Kanyuka" and ev.actor1.code == "CODREB"


# ---- the incident's day

_TRIPOLI = ("Heavy clashes erupted between rival armed groups in the Libyan capital late Wednesday, killing at least "
            "three civilians, officials said.\n\n"
            "The fighting pitted the Radaa force against units loyal to the government, according to witnesses.\n\n"
            "The Health Ministry said three civilians were killed by stray bullets and 11 others were wounded.\n\n"
            "Prime Minister Abdul Hamid Dbeibah ordered an immediate ceasefire.")


@pytest.mark.slow
def test_the_incident_s_day_passes_from_its_toll_to_the_next() -> None:
    events = _code(_TRIPOLI, published="2025-06-13")  # a Friday: Wednesday is the 11th
    assert _by_word(events, "erupted" if any(e.trigger.text == "erupted" for e in events)
                    else "clashes erupted").date == "2025-06-11"
    for word in ("fighting", "killed", "wounded"):
        ev = _by_word([e for e in events if e.trigger.start > _TRIPOLI.index("The fighting")], word)
        assert ev.date == "2025-06-11" and "date_from_story" in ev.flags, word
    # a reaction two paragraphs on takes no day passed on
    order = _by_word(events, "ordered an immediate ceasefire")
    assert order.date == "2025-06-13" and "date_from_story" not in order.flags


@pytest.mark.slow
def test_more_of_the_same_toll_is_not_another_incident() -> None:
    text = ("Rebels shelled a camp outside the town on Thursday, killing 14 people.\n\n"
            "Another 30 people were wounded, an aid group said.")
    ev = _by_word(_code(text, published="2025-06-13"), "wounded")
    assert ev.date == "2025-06-12" and "date_from_story" in ev.flags


@pytest.mark.slow
def test_an_overnight_attack_is_of_the_day_s_report() -> None:
    text = ("Russian glide bombs struck Kharkiv on Saturday, killing four people.\n\n"
            "The air force said Russia had launched 112 drones and three cruise missiles overnight.")
    ev = _by_word(_code(text, published="2025-06-15"), "launched")  # a Sunday
    assert ev.date == "2025-06-15" and "date_from_story" not in ev.flags


# ---- second batch

@pytest.mark.slow
def test_a_mixed_case_acronym_is_matched_as_written() -> None:
    from watchfloor.coding.actors import code_phrase

    village = code_phrase("Let Yet Kone village")
    assert village is None or village.code != "PAKINS"
    fighters = code_phrase("fighters of the LeT")
    assert fighters is not None and fighters.code == "PAKINS"


@pytest.mark.slow
def test_people_sheltering_give_no_aid() -> None:
    text = "The strikes hit a monastery where displaced villagers had been sheltering."
    assert not [e for e in _code(text) if e.type == "AID"]
    assert [e for e in _code("The church sheltered hundreds of refugees last week.") if e.type == "AID"]


@pytest.mark.slow
def test_a_toll_of_another_moment_takes_no_means_of_the_story() -> None:
    text = ("The army said it had killed 19 rebels in a bombing raid on a camp on Friday.\n\n"
            "The president suspended talks with the faction last year after its fighters killed four leaders.")
    ev = max((e for e in _pipeline(text) if e.trigger.text == "killed"), key=lambda e: e.trigger.start)
    assert ev.acled is not None and ev.acled.sub_event_type not in ("Air/drone strike", "Remote explosive/landmine/IED")


@pytest.mark.slow
def test_an_event_noun_takes_the_date_of_its_own_verb() -> None:
    text = ("Troops exchanged fire along the frontier on Sunday night, the first such clash since a ceasefire was "
            "reaffirmed in May, officials said.")
    assert _by_word(_code(text), "ceasefire").date == "2025-05-01"


@pytest.mark.slow
def test_a_fight_a_toll_is_told_in_takes_the_incident_s_day() -> None:
    text = "Militants stormed a base on Sunday.\n\nFive attackers were killed in a gunfight that lasted three hours."
    ev = _by_word(_code(text), "gunfight")
    assert ev.date == "2025-06-08" and "date_from_story" in ev.flags


@pytest.mark.slow
def test_a_pattern_said_to_be_common_is_no_event() -> None:
    assert not _code("Kidnappings for ransom have become common in the north of the country.")
    assert _code("Kidnappings for ransom surged in the north last year.")


# ---- third batch

@pytest.mark.slow
def test_tear_gas_and_stun_grenades_are_crowd_control() -> None:
    ev = _by_word(_code("Police fired tear gas and stun grenades at protesters near the parliament building."), "fired")
    assert ev.cameo == "175"
    assert _by_word(_code("Militants fired grenades at the police station."), "fired").type == "ASSAULT"


@pytest.mark.slow
def test_an_accident_s_toll_is_no_attack() -> None:
    text = "The protests began after the collapse of a railway station canopy killed 16 people in November 2024."
    assert not [e for e in _code(text) if e.trigger.text == "killed"]
    assert [e for e in _code("The bombing of the railway station killed 16 people.") if e.type == "ASSAULT"]


@pytest.mark.slow
def test_a_dateline_is_no_part_of_a_pair_of_fighters() -> None:
    ev = _by_word(_code("ADDIS ABABA (Reuters) - Ethiopian federal forces and Fano militiamen fought for control "
                        "of the town of Debre Tabor on Tuesday."), "fought")
    assert ev.actor1 is not None and ev.actor1.text == "Ethiopian federal forces"
    assert ev.actor2 is not None and ev.actor2.text == "Fano militiamen"


@pytest.mark.slow
def test_a_verb_joined_to_a_present_perfect_shares_its_tense() -> None:
    text = ("Militants stormed the town on Sunday.\n\nThe government has declared a state of emergency in the "
            "region and imposed a curfew in the town.")
    ev = _by_word(_code(text), "imposed a curfew")
    assert ev.date == "2025-06-10" and "date_from_story" not in ev.flags


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("Peacekeepers exchanged fire with the attackers and evacuated the wounded, the mission said.", "wounded"),
    ("When people called on their mobile numbers, the accused threatened to murder them.", "accused"),
])
def test_the_people_an_act_names_are_no_act(text: str, word: str) -> None:
    assert not [e for e in _code(text) if e.trigger.text == word]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The United States called China's actions dangerous and destabilizing.",
    "The minister called the attack a war crime.",
])
def test_a_judgement_in_a_name_given_is_criticism(text: str) -> None:
    ev = _by_word(_code(text), "called")
    assert ev.cameo == "111" and ev.type == "ACCUSE"


@pytest.mark.slow
def test_a_name_given_with_no_judgement_is_no_event() -> None:
    assert not [e for e in _code("The president called the ceasefire a victory.") if e.trigger.text == "called"]


# ---- fourth batch

@pytest.mark.slow
def test_threatening_a_truce_is_no_threat() -> None:
    text = ("Clashes killed at least 11 people on Sunday, a war monitor said, threatening a fragile truce brokered by "
            "the United States in July.")
    assert not [e for e in _code(text) if e.type == "THREATEN"]
    assert _by_word(_code("The rebels threatened the government with new attacks."), "threatened").type == "THREATEN"


@pytest.mark.slow
def test_a_vehicle_rammed_into_a_checkpoint_is_the_weapon() -> None:
    ev = _by_word(_code("A suicide bomber rammed an explosives-laden vehicle into a police checkpoint on Friday, "
                        "killing five officers."), "rammed")
    assert ev.cameo == "1831" and ev.actor1 is not None and ev.actor1.text == "A suicide bomber"
    assert ev.actor2 is not None and "checkpoint" in ev.actor2.text
    assert not [e for e in _code("The government rammed the bill through parliament.") if e.trigger.text == "rammed"]


@pytest.mark.slow
def test_the_bombing_condemned_is_the_bombing_told() -> None:
    text = ("A suicide bomber rammed an explosives-laden vehicle into a police checkpoint on Friday, killing five "
            "officers.\n\nPakistan accuses Afghanistan's Taliban rulers of harboring militants, a charge Kabul "
            "denies. The two countries fought deadly border clashes in October.\n\n"
            "The prime minister condemned the bombing.")
    events = _pipeline(text)
    ev = _by_word(events, "condemned")
    assert ev.actor2 is None or ev.actor2.code != "AFGGOV"
    fought = _by_word(events, "fought")
    assert fought.actor1 is not None and fought.actor1.text == "The two countries"


@pytest.mark.slow
def test_a_group_that_captured_a_city_is_no_government() -> None:
    ev = _by_word(_code("The talks were the first meeting since the group captured El Fasher last month, an "
                        "official said."), "captured")
    assert ev.acled is not None and ev.acled.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.slow
def test_a_clause_a_record_is_measured_from_is_its_own_moment() -> None:
    ev = _by_word(_code("The talks were the first direct meeting between the two sides since the group captured "
                        "the city last month, an official said."), "talks")
    assert ev.date == "2025-06-10"


# ---- fifth batch

@pytest.mark.slow
def test_joint_air_drills_are_forces_drills() -> None:
    assert [e for e in _code("The two allies held joint air drills on Monday.") if e.trigger.text.endswith("drills")]
    assert not _code("The school held a fire drill on Monday.")


@pytest.mark.slow
def test_a_terrorist_attack_in_a_name_given_is_criticism() -> None:
    ev = _by_word(_code('The regional government called the strike a "terrorist attack" on Thursday.'), "called")
    assert ev.cameo == "111"


@pytest.mark.slow
def test_those_detained_are_no_new_arrest() -> None:
    events = _code("The European Union urged the authorities to release those detained.")
    assert not [e for e in events if e.trigger.text == "detained"]
    assert [e for e in events if e.trigger.text == "release"]


# ---- sixth batch

@pytest.mark.slow
def test_an_attack_no_group_claimed_is_the_attack_told() -> None:
    text = ("Gunmen killed 22 soldiers in an ambush near the border on Sunday, the ministry said.\n\n"
            "No group has claimed the attack, but militants operate in the area.")
    assert not [e for e in _pipeline(text) if e.trigger.text == "attack"]


@pytest.mark.slow
def test_coming_under_attack_is_told_of_the_incident_s_day() -> None:
    text = ("Gunmen killed 22 soldiers in an ambush near the border on Sunday.\n\n"
            "The soldiers were escorting a convoy when they came under attack from several hundred fighters.")
    ev = max((e for e in _code(text) if e.trigger.text == "attack"), key=lambda e: e.trigger.start)
    assert ev.date == "2025-06-08" and "date_from_story" in ev.flags


@pytest.mark.slow
def test_violence_a_march_demands_an_end_to_is_not_the_marchers() -> None:
    ev = _by_word(_code("Thousands of people marched in the town on Sunday to demand justice and an end to cartel "
                        "violence."), "marched")
    assert ev.acled is not None and ev.acled.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_attending_a_celebration_is_no_visit() -> None:
    assert not [e for e in _code("The mayor was shot in front of dozens of people attending a Day of the Dead "
                                 "celebration in Uruapan.")
                if e.cameo == "043"]
    assert [e for e in _code("The ministers attended the party meeting in the capital on Monday.")
            if e.cameo == "043"]


@pytest.mark.slow
def test_a_month_and_year_that_name_a_pact_date_it() -> None:
    ev = _by_word(_code("Israel struck depots on Tuesday night, in the deepest strikes inside Lebanon since the "
                        "November 2024 ceasefire."), "ceasefire")
    assert ev.date == "2024-11-01" and ev.date_precision == "month"
    treaty = _by_word(_code("Israel returned the islands under a 1994 peace treaty between the two countries."),
                      "treaty")
    assert treaty.date == "1994-01-01"
