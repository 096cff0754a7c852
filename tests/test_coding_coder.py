"""The event coder on sentences written for these tests, with the real spaCy model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from parsing import code_text as _code
from parsing import pipeline_events

from watchfloor.model import Event

SEED = Path("/work/shared/examples/libya-algeria-border.jsonl")


def _pipeline(text: str) -> list[Event]:
    """The events of ``text`` as the pipeline finds them, with no publication day."""
    return pipeline_events(text, published=None)


def _one(events: list[Event], type_: str) -> Event:
    got = [e for e in events if e.type == type_]
    assert got, [(e.type, e.trigger.text) for e in events]
    return max(got, key=lambda e: e.confidence)


@pytest.mark.slow
def test_light_verb_assault_with_air_strike_acled() -> None:
    e = _one(_code("Government jets carried out air strikes on a rebel camp near the river on Monday."), "ASSAULT")
    assert e.cameo.startswith("19") and e.quad_class == 4
    assert e.acled is not None and e.acled.sub_event_type == "Air/drone strike"
    assert e.date == "2025-06-09" and e.factuality == "asserted"


@pytest.mark.slow
def test_talks_are_consult_and_not_acled() -> None:
    e = _one(_code("The two foreign ministers held talks with the mediator in the capital."), "CONSULT")
    assert e.cameo.startswith("04") and e.acled is None and e.quad_class == 1


@pytest.mark.slow
def test_protest_dispersed_by_police() -> None:
    e = _one(_code("Hundreds of students protested outside parliament before police dispersed them with tear gas."), "PROTEST")
    assert e.acled is not None and e.acled.sub_event_type == "Protest with intervention"


@pytest.mark.slow
def test_negation_future_speculation_and_reporting() -> None:
    neg = _one(_code("The council has not condemned the raid."), "ACCUSE")
    assert neg.factuality == "negated"
    fut = _one(_code("The navy will deploy two frigates to the strait next month."), "MOBILIZE")
    assert fut.factuality == "future" and fut.acled is None
    spec = _one(_code("The militia allegedly kidnapped two engineers."), "ASSAULT")
    assert spec.factuality == "speculative"
    rep = _one(_code("According to local officials, gunmen killed four farmers in the village."), "ASSAULT")
    assert rep.factuality == "reported" and rep.attribution == "local officials"
    assert rep.acled is not None and rep.acled.sub_event_type == "Attack"


@pytest.mark.slow
def test_disasters_and_crime_get_no_acled() -> None:
    for text in ("Three people were killed when floods swept through the valley after heavy rains.",
                 "Police arrested two men suspected of smuggling cocaine through the port."):
        assert all(e.acled is None for e in _code(text))


@pytest.mark.slow
def test_seed_article() -> None:
    doc = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    events = _code(doc["text"], doc["published"])
    mob = [e for e in events if e.type == "MOBILIZE" and e.cameo.startswith("15")]
    assert any(e.actor1 is not None and (e.actor1.country == "LBY" or "Libyan military forces" in e.actor1.text
                                         or "Haftar" in e.actor1.text) for e in mob)
    assert any(e.factuality == "asserted" for e in mob)
    acc = [e for e in events if e.type == "ACCUSE" and e.factuality == "asserted"]
    assert any(e.actor1 is not None and "Haftar" in e.actor1.text and e.actor2 is not None
               and (e.actor2.country == "DZA" or "Algeria" in e.actor2.text) for e in acc)
    den = [e for e in events if "denounced" in e.trigger.text]
    assert den and all(e.factuality == "negated" for e in den)
    fear = [e for e in events if "fearing" in e.evidence.text and e.trigger.start > doc["text"].index("fearing")]
    assert all(e.factuality != "asserted" for e in fear)
    first = events[0]
    assert (first.date, first.date_end, first.date_precision) == ("2025-05-20", "2025-06-10", "range")


@pytest.mark.slow
@pytest.mark.parametrize("text, code, day", [
    # published on Tuesday 10 June 2025: an announced meeting or attack is dated to the coming
    # day it names, also when it is coded as the intent (036) or threat (138x) it expresses
    ("The two presidents will meet in Geneva on Friday.", "036", "2025-06-13"),
    ("The rebels will attack the town on Sunday, the commander said.", "1384", "2025-06-15"),
    ("The army attacked the town on Sunday.", "190", "2025-06-08"),
])
def test_announced_events_are_dated_forward(text: str, code: str, day: str) -> None:
    [e] = _code(text)
    assert (e.cameo, e.date) == (code, day)


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    # published on Tuesday 10 June 2025: the aim of a past act is dated with that act, not to the
    # coming day the sentence names for it
    ("The presidents met in Kigali on Friday to discuss security cooperation.", "discuss"),
    ("Protesters gathered outside the parliament on Sunday to demand the minister's resignation.", "resignation"),
    ("Protesters gathered outside the parliament on Sunday to demand the minister's resignation.", "demand"),
    ("The president travelled to Kigali on Friday in order to meet his counterpart.", "meet"),
])
def test_the_aim_of_a_past_act_is_dated_with_it(text: str, word: str) -> None:
    events = _code(text)
    aim = next(e for e in events if e.trigger.text.startswith(word))
    first = min(events, key=lambda e: e.trigger.start)
    assert aim.factuality == "future" and aim.date == first.date < "2025-06-10"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, day", [
    # published on Tuesday 10 June 2025: the filing date of a dateline is not the event's
    ("KABUL, June 10 (Reuters) - Taliban fighters attacked a checkpoint in Kunduz on Sunday.", "attacked",
     "2025-06-08"),
    # nor is a date told in a relative clause about someone
    ("Opposition leader Maria Machado, who won the Nobel Peace Prize last month, called on the army to defect.",
     "called", "2025-06-10"),
    # the date phrase of the event's own verb comes first, wherever the parser hung it
    ("CARACAS, June 10 (AP) - U.S. forces struck a boat carrying drugs in the Caribbean on Sunday, killing three "
     "people, the latest in a series of strikes that have killed 80 people since March.", "struck", "2025-06-08"),
    ("CARACAS, June 10 (AP) - U.S. forces struck a boat carrying drugs in the Caribbean on Sunday, killing three "
     "people, the latest in a series of strikes that have killed 80 people since March.", "killing", "2025-06-08"),
    # a subordinate clause with no date of its own takes its main clause's
    ("Police shot dead eight people on Sunday as thousands of protesters marched in Nairobi to mark the "
     "anniversary of last year's deadly demonstrations.", "marched", "2025-06-08"),
    # ... but a clause of the event noun that is the subject dates the event
    ("The attack, which took place on Sunday, killed 12 people.", "killed", "2025-06-08"),
    # a clause set against another by "but" is dated by its own words, either way
    ("Zelenskiy urged allies to send more air defence systems, but the Kremlin dismissed the appeal on Sunday.",
     "urged", "2025-06-10"),
    ("Zelenskiy urged allies to send more air defence systems, but the Kremlin dismissed the appeal on Sunday.",
     "dismissed", "2025-06-08"),
    ("ECOWAS lifted its sanctions on Niger in February, but the junta said it would not return to the bloc.",
     "return", "2025-06-10"),
    # what someone tried to do is dated with the try, not to the coming day
    ("Police used pepper spray against protesters who tried to storm the palace on Sunday.", "storm", "2025-06-08"),
    # ... nor takes the date of the clause it is set against
    ("Islamic State was defeated in Iraq in 2017 but its cells still carry out sporadic attacks.", "carry",
     "2025-06-10"),
    # a present perfect takes no past date from a clause about its subject
    ("Niger's military junta, which seized power in July 2023, has expelled French troops.", "expelled",
     "2025-06-10"),
    ("Mali's junta, which took power in 2020, has relied on Russian mercenaries to fight the insurgency.", "fight",
     "2025-06-10"),
    ("The rebels, who had attacked the town on Sunday, were repelled.", "repelled", "2025-06-08"),
    # an act still to come is not dated by the day it was announced
    ("The unit said on Sunday it would refuse orders to shoot protesters.", "shoot", "2025-06-10"),
    ("The unit said on Sunday it would refuse orders to shoot protesters.", "refuse", "2025-06-08"),
    ("The cabinet tasked the army on Sunday with drawing up a plan to disarm the militia.", "disarm", "2025-06-10"),
    ("Rebels threatened on Sunday to attack the town.", "attack", "2025-06-10"),
    ("Rebels threatened on Sunday to attack the town.", "threatened", "2025-06-08"),
    # a participle set off by commas tells its noun's story, not the event's date
    ("Rwandan troops, deployed in the province since 2021 to help Mozambican forces, said they had killed several "
     "insurgents.", "killed", "2025-06-10"),
    ("Congo and Rwanda signed a peace deal on Sunday, committing to end fighting in the east, where rebels seized two "
     "cities earlier this year.", "end", "2025-06-10"),
    # a measure back from the publication day is read whole
    ("Rebels seized the town a year ago, officials said.", "seized", "2024-01-01"),
    # ... and so is an act whose object a clause after a comma tells more of
    ("Egypt and Qatar are pressing Israel and Hamas to move to the second phase of the ceasefire, which took "
     "effect on Sunday.", "pressing", "2025-06-10"),
    # a present told of a past act takes no date from it
    ("Kosovo declared independence from Serbia in 2008, which Belgrade does not recognise.", "recognise",
     "2025-06-10"),
    ("Somaliland declared independence from Somalia in 1991 but has not been recognised by any state.",
     "recognised", "2025-06-10"),
    # the year of the named event an act was done in dates it; a year of what its object names does not
    ("Doumbouya seized power in a 2021 coup.", "seized", "2021-01-01"),
    ("Israel captured eastern Jerusalem from Jordanian rule in the 1967 Mideast war.", "captured", "1967-01-01"),
    ("The European Union has imposed sanctions against Russia for its involvement in the 2015 hack.", "imposed",
     "2025-06-10"),
    # what is still to come ("ahead of", "due") does not date a past act
    ("The premier has accused senior clerics of plotting a coup ahead of parliamentary elections due in June.",
     "accused", "2025-06-10"),
    ("The army attacked the town on Sunday ahead of talks scheduled for Monday.", "attacked", "2025-06-08"),
    # a participle of words hung on the modal clause before it is the governing verb's, and dated with it
    ("The court confirmed on Sunday that the general can run in next month's election, rejecting appeals from "
     "opposition parties.", "rejecting", "2025-06-08"),
    # a date closing a clause about the subject is the clause's, wherever the parser hangs it
    ("Students who have led the protest movement since a railway station canopy collapsed in Novi Sad last year "
     "marched through the city centre.", "marched", "2025-06-10"),
    ("Students who have led the protest movement since a railway station canopy collapsed in Novi Sad last year "
     "marched through the city centre on Sunday.", "marched", "2025-06-08"),
    # what a state did before, told of the subject, does not date its act; nor does a state lasting till now
    ("The United States, which brokered a peace deal between Congo and Rwanda in Washington in June, called on the "
     "M23 to halt its offensive.", "called", "2025-06-10"),
    ("The RSF, which has been at war with the army since April 2023, captured the city last month after an "
     "18-month siege.", "siege", "2025-05-01"),
    # a year on an event noun names it; a noun's own participle dates only the noun
    ("The ministry condemned the raid as a violation of its sovereignty and the 1974 disengagement agreement.",
     "agreement", "1974-01-01"),
    ("The men were captured after the Sept. 11, 2001 attacks.", "attacks", "2001-09-11"),
    ("Police fired tear gas in the capital on Monday, arresting dozens, as protests erupted over the election held "
     "last month.", "protests", "2025-06-09"),
    # "the worst ... since May" measures the event against the past: no day of it
    ("Clashes broke out overnight in the capital, killing six people, in the worst fighting in Tripoli since May.",
     "fighting", "2025-06-10"),
    # a past act is not dated after publication by words about what is still to come
    ("The House of Representatives rejected a proposal by the High Council of State to hold elections next year.",
     "rejected", "2025-06-10"),
    ("The parliament has rejected a plan to hold the vote next month.", "rejected", "2025-06-10"),
    # ... while a coming act still is
    ("The army will withdraw from the town next month.", "withdraw", "2025-07-01"),
    # a year a participle gives the thing an act is about is the thing's
    ("The mission urged the parties to respect the truce brokered in 2020 and called for calm.", "urged",
     "2025-06-10"),
    # what someone is suspected of is dated for the charge, not the arrest
    ("The army said it had arrested two men suspected of firing rockets toward Israel in March.", "arrested",
     "2025-06-10"),
    # a day a noun is named by is the noun's, unless the noun is the act or its cause
    ("The commission declared her the winner of last week's presidential election, as security forces cracked "
     "down on protests.", "cracked", "2025-06-10"),
    ("Sunday's attack killed 12 people.", "killed", "2025-06-08"),
    ("Twelve people were killed in Sunday's attack.", "killed", "2025-06-08"),
    ("Police arrested two men over Sunday's attack.", "arrested", "2025-06-10"),
    # a past told in a participle never dates a coming act
    ("Protesters demanded the release of prisoners held since August.", "release", "2025-06-10"),
    # ... nor the past act a "since" participle tells the object's state in
    ("Protesters demanded the release of prisoners held since August.", "demanded", "2025-06-10"),
    # a month of a year names a coup too
    ("The junta, which seized power in a July 2023 coup, has expelled French troops.", "seized", "2023-07-01"),
    # a state lasting till now, told of a place or of the region, is no day of a past act
    ("The army said its jets struck rebel positions in the north, where fighting has intensified in recent weeks.",
     "struck", "2025-06-10"),
    ("The attack was the latest in the region, where the rebels have been fighting militias since January.",
     "attack", "2025-06-10"),
    # a month a participle gives a pact is the pact's (not a day, which the parser may hang there)
    ("Congo accused Rwanda of sending troops in violation of a peace agreement signed in Washington in June.",
     "accused", "2025-06-10"),
    ("Israel struck targets linked to Hezbollah on Sunday.", "struck", "2025-06-08"),
    # a year told of the subject between commas is its past
    ("Mali's military rulers, who seized power in coups in 2020 and 2021, expelled French forces.", "expelled",
     "2025-06-10"),
    ("The soldiers, who were attacked on Sunday, returned fire.", "returned", "2025-06-08"),
    # (but the clause's own event keeps its span)
    ("The attack was the latest in the region, where the rebels have been fighting militias since January.",
     "fighting", "2025-01-01"),
])
def test_only_the_events_own_words_date_it(text: str, word: str, day: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text.startswith(word))
    assert e.date == day


@pytest.mark.slow
def test_a_weekday_with_no_publication_day_leaves_the_date_to_the_sentence() -> None:
    text = "Reuters reported on 03/09/2006 that a roadside bomb killed six people in Baghdad on Thursday."
    killed = next(e for e in _code(text, published=None) if e.trigger.text == "killed")
    assert killed.date == "2006-03-09"


@pytest.mark.slow
def test_an_act_judged_again_is_no_new_event() -> None:
    """ "… condemned THE STRIKE" after the strike was told is the same strike: no second,
    actorless one; the condemnation is aimed at whoever struck."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    text = ("An Israeli drone strike killed two men in Nabatieh. Lebanon's president condemned the strike "
            "as a violation of the ceasefire.")
    events = process_batch([Article(id="t", text=text)])[0].events  # (the pipeline reads the two sentences together)
    assert [e.type for e in events].count("ASSAULT") == 1
    judged = next(e for e in events if e.trigger.text == "condemned")
    assert judged.actor2 is not None and judged.actor2.code == "ISRMIL"
    # told first, the attack judged is an event of its own
    assert any(e.type == "ASSAULT" for e in _code("The UN condemned the attack on the convoy."))


@pytest.mark.slow
def test_an_act_felt_about_is_no_new_event() -> None:
    """ "was appalled by THE ATTACK" after the airstrike was told is the same attack."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    text = ("A military airstrike on a school in Sagaing killed at least 18 students, local media said.\n\n"
            "The UN rights office said it was appalled by the attack and urged the junta to stop the bombing.")
    events = process_batch([Article(id="t", text=text)])[0].events
    assert [e.trigger.text for e in events if e.type == "ASSAULT" and e.factuality != "negated"] == ["killed"]


@pytest.mark.slow
def test_an_act_judged_again_is_the_latest_of_its_very_code() -> None:
    """ "condemned the killings" after a shooting and an arson is the shooting's judgement."""
    from watchfloor.model import Article
    from watchfloor.pipeline import process_batch

    text = ("Police shot dead at least 11 people on Monday. Protesters set fire to a police station. "
            "The Law Society condemned the killings.")
    events = process_batch([Article(id="t", text=text)])[0].events
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert condemned.actor2 is not None and condemned.actor2.text == "Police"


@pytest.mark.slow
@pytest.mark.parametrize("text, noun, judged", [
    # a state judges first what was done to its own, not the latest strike
    ("Yemen's Houthi movement said it had fired ballistic missiles at a Greek-owned tanker in the Red Sea. "
     "The U.S. military said its forces had struck a radar site near Hodeidah in response. "
     "Greece condemned the attack.", "attack", "Yemen's Houthi movement"),
    # told paragraphs before, past a sentence with no event (parsed apart)
    ("Iran's Revolutionary Guards seized a foreign oil tanker in the Strait of Hormuz on Friday.\n\n"
     "The tanker was taken to the port of Bandar Abbas.\n\n"
     "Britain and France condemned the seizure and called on Tehran to release the ship.", "seizure",
     "Iran's Revolutionary Guards"),
    # the act of the judgement's own paragraph first
    ("The military said its forces had returned fire after militants threw explosives at them.\n\n"
     "Jewish settlers set fire to a mosque in the village overnight. The prime minister condemned the attack.",
     "attack", "Jewish settlers"),
    # what people are held for, told before, is no new event
    ("A car exploded near the Red Fort on Monday, killing at least 12 people. Police arrested three doctors in "
     "connection with the blast and the government condemned the attack.", "blast", "A car"),
])
def test_the_act_judged_is_the_one_told_before(text: str, noun: str, judged: str) -> None:
    events = _pipeline(text)
    condemned = next(e for e in events if e.trigger.text == "condemned")
    assert condemned.actor2 is not None and condemned.actor2.text == judged
    assert not any(e.trigger.text == noun for e in events)  # (no second event of it)


@pytest.mark.slow
@pytest.mark.parametrize("text, word, code", [
    ("Serbian President Aleksandar Vucic met the envoy on Monday. Vucic accused foreign intelligence services of "
     "trying to topple him.", "accused", "SRBGOV"),
    ("President Gustavo Petro spoke on Monday. Petro accused the ELN of choosing war.", "accused", "COLGOV"),
    # no fuller mention before: the surname stays uncoded
    ("Vucic accused foreign intelligence services of trying to topple him.", "accused", None),
])
def test_a_surname_takes_the_code_of_its_fuller_mention(text: str, word: str, code: str | None) -> None:
    event = next(e for e in _pipeline(text) if e.trigger.text == word)
    assert event.actor1 is not None and event.actor1.code == code


@pytest.mark.slow
def test_a_charge_named_again_is_no_new_accusation() -> None:
    """ "…, an accusation the M23 rejected" is the accusation just told: no second, actorless
    one; the rejection answers whoever accused."""
    events = _code("The Congolese army accused the rebels of violating the ceasefire, an accusation the M23 rejected.")
    assert [e.cameo for e in events].count("112") == 1
    rejected = next(e for e in events if e.trigger.text == "rejected")
    assert rejected.actor1.text == "the M23" and rejected.actor2 is not None and rejected.actor2.code == "CODMIL"
    # a charge named again after a clause of another kind answers that clause's actor
    events = _code("Islamabad has repeatedly urged Kabul to prevent militants from launching attacks, an accusation "
                   "the Taliban government denies.")
    assert "112" not in [e.cameo for e in events]
    denies = next(e for e in events if e.trigger.text == "denies")
    assert denies.actor2 is not None and denies.actor2.text == "Islamabad"
    # a new sentence's "the accusation" may still be told as an event
    assert [e.cameo for e in _code("Ethiopia accused Eritrea of arming rebels. The accusation angered "
                                   "Asmara.")].count("112") == 2
    # (not one that only says when it was made: the accusation told again)
    assert [e.cameo for e in _code("Ethiopia accused Eritrea of arming rebels. The accusation came days after "
                                   "clashes.")].count("112") == 1


@pytest.mark.slow
def test_a_sentence_borrows_no_attribution_from_the_one_before() -> None:
    """ "according to X" reports its own sentence's events, not the next paragraph's."""
    events = _code("Settlers attacked a village near Ramallah overnight, according to the Palestinian Authority.\n\n"
                   "Egypt and Qatar are pressing Israel and Hamas to move to the second phase of the ceasefire.")
    by = {e.trigger.text: e.factuality for e in events}
    assert by["attacked"] == "reported" and by["pressing"] == "asserted"


_STORY = ("MOGADISHU, June 10 (Reuters) - Militants stormed a military base in the south on Sunday, setting off "
          "a car bomb before gunmen entered the compound, officials said.\n\n"
          "The army said it repelled the assault and killed 30 militants. Nine soldiers were killed.\n\n"
          "The group has long fought the government. It attacked a police station in the capital last year.\n\n"
          "Separately, the army said it arrested four suspects in the north.")


@pytest.mark.slow
def test_a_sentence_with_no_date_tells_more_of_the_incident_before_it() -> None:
    events = _code(_STORY)
    by_word = {e.trigger.text: e for e in events}
    assert by_word["stormed"].date == "2025-06-08"
    second = [e for e in events if _STORY.index("The army said") <= e.trigger.start < _STORY.index("The group")]
    assert {e.trigger.text for e in second} >= {"repelled", "killed"}
    for ev in second:  # the next paragraph, told in the past with no date of its own
        assert ev.date == "2025-06-08" and "date_from_story" in ev.flags
    assert by_word["attacked"].date == "2024-01-01"  # its own words
    # a sentence set apart ("Separately") is of the publication day
    assert by_word["arrested"].date == "2025-06-10" and "date_from_story" not in by_word["arrested"].flags


@pytest.mark.slow
@pytest.mark.parametrize("text, day", [
    ("Rebels attacked army positions near the city on Saturday. Army aircraft bombed rebel positions east of the "
     "city the following day.", "2025-06-08"),
    ("Militants stormed a base on Saturday. Two days later, the army retook the base.", "2025-06-09"),
])
def test_the_days_a_sentence_counts_after_the_incident_move_its_day(text: str, day: str) -> None:
    last = max(_code(text), key=lambda e: e.trigger.start)
    assert last.date == day and "date_from_story" in last.flags


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # nor an act told as later
    "Militants stormed a base on Sunday. Police later arrested two suspects.",
    # a perfect or a coming act is no more of that day
    "Militants stormed a base on Sunday. The group has killed hundreds of soldiers.",
    "Militants stormed a base on Sunday. The army will strike their camps.",
    # nor one more than a week before publication
    "Militants stormed a base on May 20. The army repelled the assault.",
    # nor one two paragraphs on
    "Militants stormed a base on Sunday.\n\nThe group is active in the south.\n\nThe army repelled the assault.",
])
def test_only_a_recent_day_of_a_past_incident_close_by_is_taken(text: str) -> None:
    last = max(_code(text), key=lambda e: e.trigger.start)
    assert last.date == "2025-06-10" and "date_from_story" not in last.flags

