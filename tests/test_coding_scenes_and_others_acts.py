"""Readings found by running ``extract`` on wire stories written for the check (issue 4,
thirty-fifth round): the means of others' acts told beside an attack, a place fronted before the
subject, what was done near a place, a hideout or a site hit, tear gas fired at a crowd met, a
person hit whom the dictionary does not know, a fight still imagined as the subject of "could", and
an act set months before its sentence's moment.
Sentences written for these tests; the publication day, 2025-06-10, is a Tuesday."""
from __future__ import annotations

import pytest
from parsing import acled_sub as _sub
from parsing import actor_text as _text
from parsing import by_phrase as _by_phrase
from parsing import by_word as _by_word
from parsing import code_text as _code


def _events_of(events: list, word: str) -> list:
    got = [e for e in events if e.trigger.text == word]
    assert got, [e.trigger.text for e in events]
    return got


# ---- ACLED: the means of another's act are not the attack's

@pytest.mark.slow
def test_a_bombing_the_speaker_dates_against_is_not_the_raids_means() -> None:
    events = _code("Pakistani security forces killed 11 militants in a raid on a hideout in the northwestern "
                   "province, the military said on Sunday, days after a suicide bombing at a court complex in "
                   "the capital killed 12 people.")
    raid_toll, bomb_toll = _events_of(events, "killed")
    assert _sub(raid_toll) == "Armed clash"
    assert _sub(bomb_toll) == "Suicide bomb"


@pytest.mark.slow
def test_what_the_victims_did_is_not_the_shooting() -> None:
    events = _code("Israeli troops shot dead two Palestinians who the military said had thrown explosives at "
                   "soldiers during a raid in the Jenin refugee camp on Wednesday.")
    assert _sub(_by_word(events, "shot")) != "Remote explosive/landmine/IED"
    assert _sub(_by_word(events, "thrown")) == "Remote explosive/landmine/IED"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, sub", [
    # a toll with no doer may be the clause's: the bomber killed them
    ("Five soldiers were killed, the army said, after a suicide bomber rammed a checkpoint.", "killed",
     "Suicide bomb"),
    # the victims' relative clause tells who they were, the bomb is the attacker's own
    ("A suicide bomber killed six policemen who were guarding a checkpoint.", "killed", "Suicide bomb"),
])
def test_the_acts_own_means_still_count(text: str, word: str, sub: str) -> None:
    assert _sub(_by_word(_code(text), word)) == sub


# ---- targets: a scene set before the subject, what was near, a hideout or a site

@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("In the western region of Lviv, a missile hit a gas storage site, the governor said.", "hit",
     "a gas storage site"),
    ("In Switzerland, police shot rubber pellets to control rioters.", "shot", None),
    ("In Hunan Province, medical teams are patrolling the embankments.", "patrolling", None),
])
def test_a_place_fronted_before_the_subject_is_the_scene(text: str, word: str, target: str | None) -> None:
    assert _text(_by_word(_code(text), word).actor2) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("A navy patrol boat was patrolling near Fortune Island when it got the distress signal.", "patrolling", None),
    ("The official was found hacked to death near Nairobi on Monday.", "hacked", None),
])
def test_what_was_done_near_a_place_was_not_done_to_it(text: str, word: str, target: str | None) -> None:
    assert _text(_by_word(_code(text), word).actor2) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("A roadside bomb exploded near a police patrol in Diyala province on Sunday.", "exploded", "a police patrol"),
    ("A bomb exploded near a police station on Monday.", "exploded", "a police station"),
])
def test_a_bomb_set_off_near_a_party_was_set_off_at_it(text: str, word: str, target: str) -> None:
    assert _text(_by_word(_code(text), word).actor2).startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("Security forces killed 11 militants in a raid on a hideout in the northwestern province of Khyber "
     "Pakhtunkhwa.", "raid", "a hideout"),
    ("Israeli troops raided a hideout in the West Bank on Monday.", "raided", "a hideout"),
    ("Guerrillas attacked the site of a planned oil refinery, killing nine people.", "attacked", "the site"),
])
def test_a_hideout_or_a_site_attacked_is_the_target(text: str, word: str, target: str) -> None:
    assert _text(_by_word(_code(text), word).actor2).startswith(target)


@pytest.mark.slow
def test_a_site_visited_or_provided_is_no_target() -> None:
    assert _by_word(_code("Dow will provide the site and the utilities."), "provide").actor2 is None


# ---- tear gas fired at the crowd met, not at the city or the building near it

@pytest.mark.slow
def test_tear_gas_fired_by_the_police_a_march_clashed_with_is_fired_at_the_marchers() -> None:
    events = _code("Thousands of young Peruvians marched through the capital on Monday to demand the "
                   "resignation of the interim president, clashing with police who fired tear gas and rubber "
                   "bullets near Congress.")
    assert _text(_by_word(events, "fired").actor2) == "Thousands of young Peruvians"


@pytest.mark.slow
def test_tear_gas_fired_in_a_city_is_fired_at_its_crowd() -> None:
    events = _code("Police fired tear gas in Nairobi on Tuesday as thousands marched against the finance bill.")
    assert _text(_by_word(events, "fired").actor2) == "thousands"


# ---- anyone hit is the target, not things named like people

@pytest.mark.slow
@pytest.mark.parametrize("text, word, target", [
    ("Palestinian gunmen shot three suspected collaborators on Monday.", "shot", "three suspected collaborators"),
    ("Hooded vigilantes shot the three alleged informers.", "shot", "the three alleged informers"),
    ("Militants who had abducted a businesswoman fled on Monday.", "abducted", "a businesswoman"),
])
def test_a_person_hit_is_the_target(text: str, word: str, target: str) -> None:
    assert _text(_by_word(_code(text), word).actor2) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    ("The alliance captured power in April.", "captured"),
    ("Shells hit a shelter on Monday.", "hit"),
])
def test_a_thing_with_a_persons_ending_is_no_person(text: str, word: str) -> None:
    target = _text(_by_word(_code(text), word).actor2)
    assert target is None or target == "a shelter"  # a thing struck, if anything, never "power"
    assert target != "power"


# ---- a fight imagined as the subject of a modal

@pytest.mark.slow
@pytest.mark.parametrize("text, word, fact", [
    ("The United Nations warned that renewed fighting could derail efforts to hold elections.", "fighting",
     "speculative"),
    ("Officials said any attack on the base would be met with force.", "attack", "speculative"),
    ("The mediator said that further clashes might follow.", "clashes", "speculative"),
    # a fight that happened may still be the subject of "could": it stays told
    ("Israeli strikes on Iran could trigger a wider war, analysts said.", "strikes", "asserted"),
    ("The fighting has displaced thousands of people.", "fighting", "asserted"),
])
def test_an_act_imagined_as_a_modals_subject_is_not_told(text: str, word: str, fact: str) -> None:
    assert _by_phrase(_code(text), word).factuality == fact


# ---- an act set months before its sentence's moment

@pytest.mark.slow
@pytest.mark.parametrize("text, word, date", [
    ("The move comes months after Algeria's military shot down a Malian drone near the border.", "shot", None),
    ("The talks come two years after the rebels seized the town.", "seized", None),
    # its own date words still date it; days after stay near the day told
    ("The talks come months after the rebels seized the town in March.", "seized", "2025-03-01"),
    ("The move came days after the army shelled the town.", "shelled", "2025-06-10"),
])
def test_an_act_months_before_its_sentence_has_no_day_of_it(text: str, word: str, date: str | None) -> None:
    assert _by_word(_code(text), word).date == date


# ---- second reading: what burned, words drawn from someone, an earlier attack's day

@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("Supporters set fire to buses in several districts overnight, police said.", "buses"),
    ("Armed attackers set fire to their homes on Friday.", "their homes"),
])
def test_what_was_set_on_fire_is_the_target(text: str, target: str) -> None:
    assert _text(_by_word(_code(text), "set").actor2).startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize("text, word, source, target", [
    ("The move drew condemnation from ECOWAS on Saturday.", "condemnation", "ECOWAS", None),
    ("The decision drew sharp criticism from the United States.", "criticism", "the United States", "The decision"),
    ("The offer drew fierce criticism in the United States.", "criticism", None, "The offer"),
    ("The incident drew protests from the southern residents.", "protests", "the southern residents", None),
    ("Khan cancelled a planned visit to Malaysia under pressure from Saudi Arabia.", "pressure", "Saudi Arabia", None),
])
def test_words_drawn_from_someone_are_theirs(text: str, word: str, source: str | None, target: str | None) -> None:
    ev = _by_word(_code(text), word)
    assert _text(ev.actor1) == source
    assert target is None or _text(ev.actor2) == target


@pytest.mark.slow
def test_a_release_from_prison_is_no_ones_words() -> None:
    events = _code("Troops completed their withdrawal from the town on Monday.")
    assert _text(events[0].actor2) == "the town"


@pytest.mark.slow
def test_an_earlier_attack_told_in_a_where_clause_does_not_date_the_act() -> None:
    events = _code("KHARTOUM (AP) - Sudan's military said on Monday it had shot down several drones launched by "
                   "the Rapid Support Forces at the city of Atbara, where a previous drone attack knocked out a "
                   "power station last month.")
    assert _by_word(events, "shot").date == "2025-06-09"
    assert _by_word(events, "attack").date == "2025-05-01"


@pytest.mark.slow
def test_a_where_clause_of_the_same_story_still_dates_it() -> None:
    events = _code("The army shelled the town, where 12 civilians were killed on Sunday.")
    assert _by_word(events, "shelled").date == "2025-06-08"


# ---- third reading: datelines, a charge denied, a clause after a participle's agent, two names

@pytest.mark.slow
@pytest.mark.parametrize("text, dash", [
    ("LA PAZ (AP) - Bolivia expelled a diplomat.", 5),
    ("EL FASHER, Sudan (Reuters) - The RSF shelled a camp.", 7),
    ("US TROOPS LEAVE - The army said.", None),  # (a headline in capitals is no dateline)
])
def test_a_dateline_may_open_with_an_article(text: str, dash: int | None) -> None:
    from watchfloor.nlp import load_nlp
    from watchfloor.nlp.dateline import dateline_dash
    doc = load_nlp()(text)
    assert dateline_dash(doc[0]) == dash


@pytest.mark.slow
def test_a_pronoun_after_an_article_dateline_is_not_the_dateline() -> None:
    events = _code("LA PAZ (AP) - Bolivia's new government expelled Venezuela's ambassador on Friday, and "
                   "announced it would restore full diplomatic relations with the United States.")
    assert _text(_by_word(events, "restore").actor1) == "Bolivia's new government"


@pytest.mark.slow
def test_a_pronoun_finds_the_subject_hung_past_the_dateline() -> None:
    events = _code("DAKAR (Reuters) - Burkina Faso's junta said on Saturday it had foiled a coup plot by army "
                   "officers backed by a foreign power and arrested several suspects, the latest in a string of "
                   "alleged plots since Captain Ibrahim Traore took power in 2022.")
    assert _text(_by_word(events, "arrested").actor1) == "Burkina Faso's junta"


@pytest.mark.slow
def test_a_verb_joined_to_a_participles_agent_is_the_main_clauses() -> None:
    from watchfloor.nlp import load_nlp
    doc = load_nlp()("The junta said it had foiled a coup plot by army officers backed by a foreign power and "
                     "arrested several suspects.")
    arrested = next(t for t in doc if t.text == "arrested")
    assert arrested.head.text == "foiled"
    events = _code("Rebels backed by Rwanda seized the town and killed ten people.")
    assert _text(_by_word(events, "killed").actor1) == "Rebels backed by Rwanda"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, denier", [
    ("Pashinyan has accused church leaders of plotting a coup, a charge they deny.", "deny", "church leaders"),
    ("The minister accused the opposition leader of treason, a charge he rejected.", "rejected",
     "the opposition leader"),
    ("Kenya accused Rwanda of backing the rebels, a charge it denies.", "denies", "Rwanda"),
])
def test_a_pronoun_denying_a_charge_is_the_accused(text: str, word: str, denier: str) -> None:
    assert _text(_by_word(_code(text), word).actor1) == denier


@pytest.mark.slow
def test_a_person_flattened_into_anothers_name_is_left_out() -> None:
    events = _code("The move is the latest in a series of disputes between U.S. President Donald Trump and "
                   "Colombian President Gustavo Petro, whom Washington sanctioned in October.")
    assert _text(_by_word(events, "sanctioned").actor2) == "Colombian President Gustavo Petro"


@pytest.mark.slow
def test_an_arrest_told_before_a_protest_is_its_cause_not_an_intervention() -> None:
    events = _code("Security services arrested a senior archbishop on Thursday, prosecutors said. Hundreds of "
                   "his supporters gathered outside the prosecutor's office.")
    assert _sub(_by_word(events, "gathered")) == "Peaceful protest"


@pytest.mark.slow
def test_a_crowd_dispersed_before_its_sentence_still_met_intervention() -> None:
    events = _code("Police fired tear gas to disperse activists outside the headquarters on Sunday. Dozens of "
                   "protesters had marched from a nearby town.")
    assert _sub(_by_word(events, "marched")) == "Protest with intervention"


@pytest.mark.slow
@pytest.mark.parametrize("text, away", [
    ("A court sentenced him to 12 years for conspiring against state security.", False),
    ("Troops were deployed near the border on Monday.", True),
    ("Police set up a checkpoint at a border crossing.", True),
])
def test_a_kind_of_thing_tells_of_no_place_away(text: str, away: bool) -> None:
    from watchfloor.coding.location import _tells_of_away
    from watchfloor.nlp import load_nlp
    doc = load_nlp()(text)
    assert _tells_of_away(doc[0]) is away


# ---- fourth reading: a year apart, the crowd held, a state's protests

@pytest.mark.slow
def test_an_act_a_year_before_is_not_dated_by_the_main_clauses_day() -> None:
    events = _code("Kenya and Somalia agreed on Thursday to restore diplomatic relations, a year after "
                   "Mogadishu expelled Kenya's ambassador over a row about Somaliland.")
    assert _by_phrase(events, "agreed").date == "2025-06-05"
    assert _by_word(events, "expelled").date is None


@pytest.mark.slow
def test_they_marching_beside_their_arrest_are_the_arrested() -> None:
    events = _code("Pakistani police arrested hundreds of supporters of Imran Khan on Wednesday as they tried "
                   "to march on the capital.")
    assert _text(_by_word(events, "march").actor1) == "hundreds of supporters of Imran Khan"


@pytest.mark.slow
def test_they_raiding_beside_an_arrest_stay_the_police() -> None:
    events = _code("Police arrested 12 people on Monday as they raided the camp.")
    assert _text(_by_word(events, "raided").actor1) == "Police"


@pytest.mark.slow
@pytest.mark.parametrize("text, sub", [
    ("The United States approved an arms sale to Taiwan, prompting protests from Beijing.", None),
    ("The incident drew protests from the southern residents.", "Peaceful protest"),
])
def test_a_states_protests_are_no_street_protest(text: str, sub: str | None) -> None:
    assert _sub(_by_word(_code(text), "protests")) == sub


# ---- fifth reading: an operation's aim, approval given, a place defended

@pytest.mark.slow
@pytest.mark.parametrize("text, events", [
    ("Rwandan troops launched an operation to hunt down the militants.", ["launched an operation"]),
    ("Rwandan troops launched an operation against the militants.", ["launched an operation"]),
    ("The company launched an operation in Kenya.", []),
    ("Turkish police launched operations to detain 110 more individuals.", ["detain"]),  # police work
])
def test_an_operation_aimed_at_someone_is_an_assault(text: str, events: list[str]) -> None:
    from parsing import pipeline_events
    assert [e.trigger.text for e in pipeline_events(text)] == events  # (through the pipeline's prefilter)


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Israel's parliament gave initial approval on Friday to a bill on the death penalty.", ("SUPPORT", "051")),
    # leave for aid to come in is aid let in (CAMEO 0863), no endorsement
    ("The Syrian government gave approval for the United Nations to deliver aid to thousands of civilians.",
     ("RETREAT", "0863")),
])
def test_approval_given_is_support_or_aid_let_in(text: str, kind: tuple[str, str]) -> None:
    ev = _by_word(_code(text), "gave")
    assert (ev.type, ev.cameo) == kind


@pytest.mark.slow
@pytest.mark.parametrize("text, coded", [
    ("Soldiers who had defended the Azovstal steel plant in Mariupol were returned.", False),
    ("The minister defended the decision to expel the diplomats.", True),
    ("Foreign Minister Javad Zarif also strongly defended Iran's position.", True),  # a stance
])
def test_a_place_defended_is_no_support(text: str, coded: bool) -> None:
    assert any(e.trigger.text == "defended" for e in _code(text)) is coded


# ---- sixth reading: a conjunct after "… reported"

@pytest.mark.slow
def test_a_conjunct_after_a_report_is_the_reported_subjects() -> None:
    events = _code("Iran's Revolutionary Guards seized a foreign oil tanker in the Gulf on Sunday for allegedly "
                   "smuggling fuel, state media reported, and detained its 18 crew members.")
    assert _text(_by_word(events, "detained").actor1) == "Iran's Revolutionary Guards"
