"""Readings found by running ``extract`` on wire stories written for the check (issue 4, forty-fourth
round): what someone holds is theirs, a where inside an actor's phrase says no one's sector, a vessel
seized from its state, civilians under arms, a law's maker, a charge's act, a business taken over, an
age that marks a civilian, and killings that name no victim. Sentences written for these tests; the
publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _acled
from parsing import actor_text as _text
from parsing import by_word as _by_word
from parsing import pipeline_events as _events


def _code(actor) -> str | None:
    return actor.code if actor is not None else None


def _coded(phrase: str) -> str | None:
    from watchfloor.coding.actors import code_phrase

    got = code_phrase(phrase)
    return got.code if got is not None else None


# ---- a where after an actor's words names no one's sector

@pytest.mark.parametrize(("phrase", "code"), [
    ("the homes of suspected members of a far-right group in several states", None),
    ("members of a smuggling network near the Algerian border", "CRM"),
    ("a new observation post in the rebel-held province of Idlib", None),
    ("almost all of the workforce in eleven departments", None),
])
def test_a_where_after_the_phrase_gives_no_sector(phrase: str, code: str | None) -> None:
    assert _coded(phrase) == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("the town of Uvira in eastern Congo", "COD"),  # a state there still says whose
    ("Republicans in Congress", "LEG"),  # a body named: its members
    ('"At least 80" people', "CVL"),  # a count, no where
    ("One in four children", "CVL"),
    ("upwards around 30 terrorists", "INS"),
    ("more than 1,500 people now living in Greek refugee camps", "GRCREF"),  # where people live says who
])
def test_a_state_a_body_a_count_or_a_home_after_the_phrase_still_says_who(phrase: str, code: str) -> None:
    assert _coded(phrase) == code


# ---- what someone holds is theirs

@pytest.mark.parametrize(("phrase", "code"), [
    ("the bank accounts of several opposition leaders", "OPP"),
    ("the bank accounts of state entities", "GOV"),
])
def test_what_someone_holds_is_theirs_whatever_kind_of_thing_it_is(phrase: str, code: str) -> None:
    assert _coded(phrase) == code


def test_a_bodys_own_building_named_with_of_keeps_its_reading() -> None:
    assert _coded("the army headquarters of the rebels") == "MIL"


@pytest.mark.slow
def test_accounts_frozen_are_their_holders() -> None:
    event = _by_word(_events("The Georgian government froze the bank accounts of several opposition leaders."),
                     "froze")
    assert _code(event.actor2) == "OPP"


# ---- smugglers, civilians under arms, armed factions

@pytest.mark.parametrize(("phrase", "sector"), [
    ("drug smuggling networks", "CRM"),
    ("a human trafficking ring", "CRM"),
    ("Armed herders", "UAF"),
    ("armed tribesmen", "UAF"),
    ("armed youths", "UAF"),
    ("armed factions", "REB"),
])
def test_smugglers_armed_civilians_and_armed_factions(phrase: str, sector: str) -> None:
    assert _coded(phrase) == sector


@pytest.mark.parametrize(("phrase", "sector"), [
    ("armed forces", "MIL"),
    ("armed police", "COP"),
    ("heavily armed gunmen", "CRM"),
    ("rebel factions", "REB"),
])
def test_armed_bodies_keep_their_own_sector(phrase: str, sector: str) -> None:
    assert _coded(phrase) == sector


# ---- a vessel seized from the state its phrase names

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "code"), [
    ("Venezuelan security forces seized a US-flagged fishing vessel off the coast of Sucre state.", "USA"),
    ("Iran seized a British tanker in the Strait of Hormuz.", "GBR"),
])
def test_a_vessel_of_a_state_seized_is_taken_from_that_state(sentence: str, code: str) -> None:
    assert _code(_by_word(_events(sentence), "seized").actor2) == code


@pytest.mark.slow
def test_a_vessel_whose_owner_is_unknown_seized_has_no_target() -> None:
    assert _by_word(_events("Iran seized a foreign oil tanker in the Gulf."), "seized").actor2 is None


# ---- a law's maker does what the law does

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "code"), [
    ("The Hungarian parliament passed a law banning Pride events.", "banning", "HUNLEG"),
    ("Syria's government has passed a bill lifting the country's emergency law.", "lifting", "SYRGOV"),
])
def test_a_law_passed_acts_for_its_maker(sentence: str, word: str, code: str) -> None:
    assert _code(_by_word(_events(sentence), word).actor1) == code


@pytest.mark.slow
def test_a_bill_rejected_is_not_its_rejecters_act() -> None:
    event = _by_word(_events("Lawmakers rejected a bill banning protests."), "banning")
    assert _text(event.actor1) != "Lawmakers"


# ---- what a charge names is where the deed was, not where the charge was brought

@pytest.mark.slow
def test_a_state_spied_for_is_no_place_of_the_charge() -> None:
    event = _by_word(_events("Polish prosecutors charged two Belarusian citizens with spying for Minsk."), "charged")
    assert event.location is None or event.location.name != "Minsk"


@pytest.mark.slow
def test_the_deed_charged_keeps_its_own_place() -> None:
    events = _events("Police charged three men with attacking a police station in Kano.")
    assert _by_word(events, "attacking").location.name == "Kano"


# ---- control of a business taken is property seized, not ground

@pytest.mark.slow
def test_control_of_a_company_seized_is_no_territory() -> None:
    event = _by_word(_events("The Dutch government seized control of Chinese-owned chipmaker Nexperia."), "seized")
    assert (event.type, event.cameo) == ("COERCE", "1711")
    assert _acled(event) is None
    assert event.location is None


@pytest.mark.slow
def test_control_of_a_town_seized_stays_territory() -> None:
    event = _by_word(_events("Rebels seized control of the town of Bunia on Monday."), "seized")
    assert event.cameo == "192"


# ---- an age given marks a civilian; killings with no victim named are attacks

@pytest.mark.slow
def test_a_teenager_shot_dead_by_troops_is_an_attack_on_a_civilian() -> None:
    event = _by_word(_events("Israeli troops shot dead a 16-year-old Palestinian during a raid on the Jenin "
                             "refugee camp."), "shot")
    assert _acled(event) == "Attack"


@pytest.mark.slow
def test_an_armed_man_of_a_given_age_is_still_fought() -> None:
    event = _by_word(_events("Troops shot dead a 25-year-old militant during a raid near Jenin."), "shot")
    assert _acled(event) == "Armed clash"


@pytest.mark.slow
def test_killings_with_no_victim_named_are_attacks() -> None:
    event = _by_word(_events("Peru declared a state of emergency in Lima after a wave of extortion killings."),
                     "killings")
    assert _acled(event) == "Attack"


# ---- an occasion attacked is the target, not the city it was held in

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "target"), [
    ("Gunmen launched an attack on a wedding in Kano on Saturday.", "launched an attack", "a wedding"),
    ("Police foiled a planned attack on a concert in Vienna.", "attack", "a concert"),
    ("Gunmen attacked a funeral in Kano, killing five mourners.", "attacked", "a funeral"),
])
def test_an_occasion_attacked_is_the_target(sentence: str, word: str, target: str) -> None:
    event = next(e for e in _events(sentence) if e.trigger.text == word)
    assert _text(event.actor2).startswith(target)


# ---- a boat taken with the people it carries; a ship detained is a ship seized

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "code"), [
    ("Israeli forces intercepted a flotilla carrying Spanish activists.", "ESP"),
    ("The navy intercepted a boat carrying 60 migrants off the coast.", "REF"),
])
def test_a_vessel_taken_with_the_people_it_carries_is_aimed_at_them(sentence: str, code: str) -> None:
    target = _by_word(_events(sentence), "intercepted").actor2
    assert target is not None and code in target.code


@pytest.mark.slow
def test_a_truck_carrying_things_seized_still_has_no_target() -> None:
    assert _by_word(_events("Police seized a truck carrying weapons."), "seized").actor2 is None


@pytest.mark.slow
def test_a_ship_detained_is_seized_not_arrested() -> None:
    event = _by_word(_events("The Estonian navy detained an oil tanker in the Gulf of Finland."), "detained")
    assert (event.type, event.cameo) == ("COERCE", "1711")


@pytest.mark.slow
def test_people_detained_stay_arrested() -> None:
    event = _by_word(_events("The Estonian police detained two sailors in Tallinn."), "detained")
    assert event.cameo == "173"


# ---- migrants killed are civilians

@pytest.mark.slow
def test_migrants_killed_by_border_guards_are_an_attack() -> None:
    event = _by_word(_events("Saudi border guards killed dozens of Ethiopian migrants trying to cross from Yemen."),
                     "killed")
    assert _acled(event) == "Attack"


# ---- the other side of a fight a victim fell in is the doer

@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "doer"), [
    ("A soldier was killed in clashes with militants in Kishtwar.", "militants"),
    ("An Indian army soldier was killed in an exchange of fire with militants in Kishtwar district.", "militants"),
    ("Two protesters were killed in clashes with police on Monday.", "police"),
])
def test_the_other_side_of_the_fight_killed_them(sentence: str, doer: str) -> None:
    assert _text(_by_word(_events(sentence), "killed").actor1).startswith(doer)


@pytest.mark.slow
def test_a_fight_between_two_sides_names_no_one_killer() -> None:
    event = _by_word(_events("Two soldiers were killed in clashes between the army and rebels."), "killed")
    assert event.actor1 is None


# ---- an aircraft shot down is hit, not the means of the killing

@pytest.mark.slow
def test_killing_by_shooting_down_a_helicopter_is_no_air_strike() -> None:
    event = _by_word(_events("FARC dissidents killed 13 police officers by shooting down a helicopter in "
                             "Antioquia, the army said."), "killed")
    assert _acled(event) == "Armed clash"


@pytest.mark.slow
def test_an_attack_by_an_aircraft_later_shot_down_stays_an_air_strike() -> None:
    events = _events("The army shot down the aircraft after it launched an attack on their positions near the "
                     "town of Sa'sa.")
    event = next(e for e in events if "attack" in e.trigger.text.split())
    assert _acled(event) == "Air/drone strike"


# ---- what a relative clause tells of someone else is no force used on the crowd

@pytest.mark.slow
def test_a_death_told_of_the_mourned_is_no_lethal_force_on_the_crowd() -> None:
    event = _by_word(_events("Kenyan police fired tear gas to disperse crowds at the funeral of a blogger who died "
                             "in police custody."), "fired")
    assert _acled(event) == "Protest with intervention"


@pytest.mark.slow
def test_killing_the_crowd_itself_is_still_excessive_force() -> None:
    event = _by_word(_events("Police fired tear gas at protesters who were marching on parliament, killing two."),
                     "fired")
    assert _acled(event) == "Excessive force against protesters"


# ---- a place described as held is no taking of it

@pytest.mark.slow
def test_a_place_described_as_occupied_is_no_event() -> None:
    events = _events("Ukrainian special forces blew up a railway bridge in occupied Zaporizhzhia.")
    assert [e.trigger.text for e in events] == ["blew"]


@pytest.mark.slow
def test_filmed_is_not_captured() -> None:
    events = _events("Security personnel were captured on video beating a woman.")
    assert not any(e.trigger.text == "captured" for e in events)


# ---- bombers that only fly strike no one; a state's strategic bombers are its military

@pytest.mark.slow
def test_bombers_flying_near_airspace_are_no_air_strike() -> None:
    events = _events("Japan scrambled fighter jets after Russian bombers flew near its airspace.")
    assert not any(e.trigger.text == "bombers" for e in events)


@pytest.mark.slow
def test_bombers_that_strike_are_still_an_air_strike() -> None:
    event = _by_word(_events("Russian strategic bombers struck targets in Syria."), "struck")
    assert _acled(event) == "Air/drone strike"
    assert _code(event.actor1) == "RUSMIL"


def test_a_suicide_bomber_stays_an_insurgent() -> None:
    assert _coded("a suicide bomber") == "INS"


# ---- the enemy of a fight beside an ally

@pytest.mark.slow
def test_a_fight_beside_an_ally_is_against_the_enemy_named_after_it() -> None:
    event = _by_word(_events("Burundian troops fought alongside Congolese forces against M23 rebels in South Kivu."),
                     "fought")
    assert _text(event.actor2).startswith("M23 rebels")


# ---- people protesting are demonstrators; unarmed bodies shot at are attacked

@pytest.mark.slow
def test_a_clash_with_people_protesting_is_a_demonstration() -> None:
    event = _by_word(_events("Argentine police clashed with pensioners protesting outside Congress in Buenos "
                             "Aires."), "clashed")
    assert _acled(event) == "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), [
    ("Mozambican riot police fired live ammunition at opposition supporters in Maputo.", "fired"),
    ("Unidentified gunmen killed a prominent Muslim cleric in Baidoa town.", "killed"),
    ("A radio journalist was shot dead in Kirkuk on Sunday.", "shot"),
])
def test_unarmed_people_shot_at_are_attacked(sentence: str, word: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) == "Attack"


@pytest.mark.slow
def test_the_bank_of_a_river_is_no_unarmed_target() -> None:
    event = _by_word(_events("Syrian forces killed 30 fighters on the western bank of the Euphrates River."),
                     "killed")
    assert _acled(event) == "Armed clash"


# ---- blocking a measure is a veto; state ships blocking a passage restrict it

@pytest.mark.slow
def test_a_state_blocking_sanctions_rejects_them() -> None:
    event = _by_word(_events("Hungary blocked new EU sanctions on Russia."), "blocked")
    assert (event.type, event.cameo) == ("REJECT", "120")


@pytest.mark.slow
def test_coast_guard_ships_blocking_a_mission_restrict_it() -> None:
    event = _by_word(_events("Chinese coast guard ships blocked a Philippine resupply mission to Second Thomas "
                             "Shoal."), "blocked")
    assert (event.type, event.cameo) == ("COERCE", "191")


@pytest.mark.slow
def test_protesters_blocking_a_convoy_still_protest() -> None:
    assert _by_word(_events("Protesters blocked a convoy on the main road."), "blocked").type == "PROTEST"


# ---- a count's people are who it is

@pytest.mark.parametrize(("phrase", "code"), [
    ("hundreds of passengers held by Baloch militants", "CVL"),
    ("five of the 12 Iranian guards abducted by terrorists", "IRNCOP"),
    ("scores of Turkish soldiers and rebel fighters", "TURMIL"),
])
def test_a_count_is_of_the_people_after_it(phrase: str, code: str) -> None:
    assert _coded(phrase) == code


# ---- unarmed people fighting the police riot; armed men exchanging fire fight

@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Rohingya refugees clashed with Bangladeshi police in Cox's Bazar camps.",
    "Students clashed with police in Dhaka on Monday.",
])
def test_unarmed_people_clashing_with_police_are_a_violent_demonstration(sentence: str) -> None:
    assert _acled(_by_word(_events(sentence), "clashed")) == "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), [
    ("Troops clashed with rebels in the town on Monday.", "clashed"),
    ("Security forces surrounded a house and exchanged fire with the men inside.", "exchanged"),
])
def test_armed_sides_or_gunfire_stay_an_armed_clash(sentence: str, word: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) == "Armed clash"


# ---- a named town taken by armed men; prisoners of war and prisoners hurt

@pytest.mark.slow
def test_a_named_town_taken_by_rebels_is_territory() -> None:
    event = _by_word(_events("The rebels advanced after taking Goma."), "taking")
    assert event.cameo == "192"


def test_prisoners_of_war_are_soldiers() -> None:
    assert _coded("three Ukrainian prisoners of war") == "UKRMIL"


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), [
    ("Russian troops shot dead three Ukrainian prisoners of war near Pokrovsk.", "shot"),
    ("Kurdish prisoner Serkan Tumay has died as a result of the torture he was subjected to in a detention "
     "center.", "torture"),
])
def test_the_held_harmed_are_attacked(sentence: str, word: str) -> None:
    assert _acled(_by_word(_events(sentence), word)) == "Attack"


@pytest.mark.parametrize(("phrase", "code"), [
    ("troops near the Syrian border", "MIL"),  # near a border is no nationality
    ("Algerian border guards", "DZACOP"),  # the border's own guards are the state's
])
def test_a_border_named_after_a_locating_word_says_no_nationality(phrase: str, code: str) -> None:
    assert _coded(phrase) == code


# ---- a drug laboratory dismantled disrupts no weapons

@pytest.mark.slow
def test_a_cocaine_laboratory_dismantled_is_no_weapons_disrupted() -> None:
    event = _by_word(_events("Colombian security forces dismantled a cocaine laboratory belonging to the Clan del "
                             "Golfo."), "dismantled")
    assert _acled(event) is None


@pytest.mark.slow
def test_an_explosive_device_dismantled_still_disrupts_weapons() -> None:
    event = _by_word(_events("Troops dismantled an explosive device near the road."), "dismantled")
    assert _acled(event) == "Disrupted weapons use"


def test_guardsmen_are_soldiers() -> None:
    assert _coded("eight guardsmen") == "MIL"


# ---- people a participle tells of after the main verb do what it says

@pytest.mark.slow
def test_farmers_marching_after_water_cannon_is_their_protest() -> None:
    event = _by_word(_events("Indian police used water cannon on farmers marching to New Delhi."), "marching")
    assert event.type == "PROTEST"
    assert _text(event.actor1) == "farmers"


@pytest.mark.slow
def test_forces_marching_on_a_city_still_move() -> None:
    event = _by_word(_events("Mercenaries seized the city and began marching towards Moscow."), "marching")
    assert event.type == "MOBILIZE"


# ---- "his" home, said by the one whose it is

@pytest.mark.slow
def test_a_home_raided_is_the_speakers_who_calls_it_his() -> None:
    event = _by_word(_events("The opposition leader said security forces raided his home on Monday."), "raided")
    assert _text(event.actor2) == "The opposition leader"


# ---- a train derailed is an act of force

@pytest.mark.slow
def test_a_train_derailed_by_saboteurs_is_an_assault() -> None:
    event = _by_word(_events("Ukrainian saboteurs derailed a Russian military supply train in occupied Melitopol."),
                     "derailed")
    assert event.type == "ASSAULT"


@pytest.mark.slow
def test_talks_derailed_are_no_assault() -> None:
    assert not any(e.type == "ASSAULT" for e in _events("The dispute threatened to derail the peace talks."))


# ---- "protesting" before the people it describes

@pytest.mark.slow
def test_protesting_workers_fired_on_are_the_target_and_the_protesters() -> None:
    events = _events("Bangladeshi security forces opened fire on protesting garment workers near Dhaka, killing two.")
    assert _text(_by_word(events, "opened").actor2) == "garment workers"
    assert _text(_by_word(events, "protesting").actor1) == "garment workers"


# ---- a blockade dismantled, supporters of a former leader, cattle raiders

@pytest.mark.slow
def test_a_road_blockade_dismantled_is_no_weapons_disrupted() -> None:
    event = _by_word(_events("Peruvian police dismantled a road blockade by protesters in the Andes."), "dismantled")
    assert _acled(event) is None


@pytest.mark.slow
def test_soldiers_clashing_with_a_former_presidents_supporters_is_a_violent_demonstration() -> None:
    event = _by_word(_events("Bolivian soldiers clashed with supporters of former president Evo Morales in "
                             "Cochabamba."), "clashed")
    assert _acled(event) == "Violent demonstration"


def test_cattle_raiders_are_criminals() -> None:
    assert _coded("18 cattle raiders") == "CRM"


# ---- a church burned down, a base attacked where it stands, tear gas as a verb, a former minister

@pytest.mark.slow
def test_burned_down_with_the_object_hung_on_the_particle_is_arson() -> None:
    events = _events("Suspected jihadists burned down a church and several homes in northern Burkina Faso.")
    assert _by_word(events, "burned").type == "ASSAULT"


@pytest.mark.slow
def test_a_base_attacked_on_a_lake_is_the_target_not_the_lake() -> None:
    event = _by_word(_events("Boko Haram militants attacked a military base on Lake Chad."), "attacked")
    assert _text(event.actor2) == "a military base"


@pytest.mark.slow
def test_teargassed_is_crowd_control() -> None:
    event = _by_word(_events("Police teargassed protesters in Nairobi on Monday."), "teargassed")
    assert (event.type, event.cameo) == ("COERCE", "175")


def test_a_former_defence_minister_is_an_elite() -> None:
    assert _coded("former defence minister Kim Yong-hyun") == "ELI"
    assert _coded("the defence minister") == "MIL"


# ---- where people were trying to go is not where they were stopped

@pytest.mark.slow
def test_the_country_migrants_tried_to_reach_is_no_place_of_the_interception() -> None:
    event = _by_word(_events("Tunisia's coast guard intercepted 300 migrants trying to reach Italy."), "intercepted")
    assert event.location is None or event.location.country != "ITA"


# ---- kept from holding rallies: the span stops before "from", and the rallies are not held

@pytest.mark.slow
def test_a_ban_from_holding_rallies_is_on_the_opposition_and_no_rally_is_held() -> None:
    events = _events("Somali authorities banned the opposition from holding rallies in Mogadishu.")
    assert _text(_by_word(events, "banned").actor2) == "the opposition"
    assert next(e for e in events if e.type == "PROTEST").factuality == "negated"


# ---- unarmed people storming a parliament riot; a storming that kills is an attack

@pytest.mark.slow
def test_students_storming_a_parliament_are_a_violent_demonstration() -> None:
    event = _by_word(_events("Indonesian police arrested 40 students who stormed the regional parliament in "
                             "Makassar."), "stormed")
    assert _acled(event) == "Violent demonstration"


@pytest.mark.slow
def test_a_storming_that_kills_stays_an_attack() -> None:
    event = _by_word(_events("A group of men armed with knives stormed a railway station in Kunming, killing 28 "
                             "people."), "stormed")
    assert _acled(event) == "Attack"


def test_colectivos_are_a_militia() -> None:
    assert _coded("Venezuelan colectivos") == "VENUAF"


# ---- warning shots threaten no one; gangs by name

@pytest.mark.slow
def test_warning_shots_are_no_threat() -> None:
    events = _events("North Korean soldiers crossed into South Korean territory and retreated after warning shots.")
    assert not any(e.type == "THREATEN" for e in events)


@pytest.mark.slow
def test_a_warning_to_a_state_is_still_a_threat() -> None:
    assert _by_word(_events("China warned Japan against interfering in Taiwan."), "warned").type == "THREATEN"


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Clan del Golfo", "COLCRM"),
    ("Tren de Aragua", "VENCRM"),
    ("the Comando Vermelho gang", "BRACRM"),
])
def test_gangs_by_name_are_their_countrys_criminals(phrase: str, code: str) -> None:
    assert _coded(phrase) == code


@pytest.mark.slow
def test_a_gang_named_as_an_owner_is_no_place() -> None:
    event = _by_word(_events("Colombian security forces dismantled a cocaine laboratory belonging to the Clan del "
                             "Golfo."), "dismantled")
    assert event.location is None
