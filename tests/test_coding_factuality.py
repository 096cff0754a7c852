"""Factuality of subordinate clauses (issue 4): a clause that depends on a condition, on a
pending time ("until", "before", "once") or states a purpose is not a fact of its own.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code

from watchfloor.model import Event


def _fact(events: list[Event], word: str) -> str:
    got = [e for e in events if e.trigger.text.lower().startswith(word)]
    assert got, [(e.trigger.text, e.cameo, e.factuality) for e in events]
    return max(got, key=lambda e: e.confidence).factuality


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("Unless the government releases the prisoners, the rebels will attack the convoy.", "releases"),
    ("The rebels will attack the convoy if the government releases the prisoners.", "releases"),
])
def test_conditional_clause_is_speculative(text: str, word: str) -> None:
    assert _fact(_code(text), word) == "speculative"


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("The government will negotiate with the rebels before troops withdraw from the border.", "withdraw"),
    ("The workers will not end the strike until the government releases their leaders.", "releases"),
])
def test_pending_temporal_clause_inherits_future(text: str, word: str) -> None:
    assert _fact(_code(text), word) == "future"


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("After troops had shelled the town, talks began in Geneva.", "shelled"),
    ("Troops did not withdraw until the rebels surrendered the town.", "surrendered"),
])
def test_temporal_clause_with_its_own_past_stays_asserted(text: str, word: str) -> None:
    assert _fact(_code(text), word) == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("The army plans to launch an offensive to retake the city.", "retake"),
    ("Police arrested dozens of protesters to disperse the crowd.", "disperse"),
])
def test_purpose_infinitive_is_future(text: str, word: str) -> None:
    events = _code(text)
    assert _fact(events, word) == "future"


@pytest.mark.slow
def test_purpose_leaves_the_main_event_asserted() -> None:
    events = _code("Police arrested dozens of protesters to disperse the crowd.")
    assert _fact(events, "arrested") == "asserted"


@pytest.mark.slow
def test_in_order_to_is_future() -> None:
    assert _fact(_code("Police fired tear gas in order to disperse the protesters."), "disperse") == "future"


@pytest.mark.slow
def test_present_tense_pending_clause_under_past_governor_is_future() -> None:
    events = _code("The government postponed the talks until the rebels withdraw.")
    assert _fact(events, "withdraw") == "future"


@pytest.mark.slow
def test_past_tense_before_clause_under_past_governor_stays_asserted() -> None:
    events = _code("The army shelled the town before rebels withdrew.")
    assert _fact(events, "withdrew") == "asserted" and _fact(events, "shelled") == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text,word", [
    ("Troops withdrew from the town without firing a shot.", "firing"),
    ("The rebels chose to negotiate instead of attacking the city.", "attacking"),
    ("The rebels chose to negotiate rather than attack the city.", "attack"),
])
def test_what_was_not_done_is_negated(text: str, word: str) -> None:
    events = _code(text)
    assert _fact(events, word) == "negated"
    assert any(e.factuality == "asserted" for e in events)


@pytest.mark.slow
def test_what_someone_is_accused_of_is_alleged() -> None:
    events = _code("Niger accused Mali's junta of attacking army posts in the north.")
    assert _fact(events, "attacking") == "speculative" and _fact(events, "accused") == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text,word,fact", [
    # a subject or object that says no one: the act did not happen
    ("No one was arrested after the march.", "arrested", "negated"),
    ("Neither side has attacked since Monday.", "attacked", "negated"),
    ("The soldiers killed no civilians, officials said.", "killed", "negated"),
    ("None of the hostages were injured.", "injured", "negated"),
    # "no fewer than" counts, it does not deny
    ("No fewer than 20 people were killed in the raid.", "killed", "asserted"),
    # an open question is no fact
    ("It was unclear whether the army had withdrawn from the town.", "withdrawn", "speculative"),
    ("Reporters asked if troops had fired on the crowd.", "fired", "speculative"),
])
def test_nobody_and_whether(text: str, word: str, fact: str) -> None:
    assert _fact(_code(text), word) == fact


@pytest.mark.slow
@pytest.mark.parametrize("text,word,fact", [
    # the aim of an offensive or attempt is not yet done; "the first country to recognise" did
    ("The army launched an offensive to retake the city.", "retake", "future"),
    ("Rebels made an attempt to storm the palace.", "storm", "future"),
    ("Ghana became the first country to recognize the new government.", "recognize", "asserted"),
])
def test_aims_of_event_nouns(text: str, word: str, fact: str) -> None:
    assert _fact(_code(text), word) == fact


@pytest.mark.slow
@pytest.mark.parametrize("text,word,fact", [
    # what is banned, or barred "from", does not happen
    ("The government banned protests in the capital.", "protests", "negated"),
    ("Police prevented the protesters from marching to parliament.", "marching", "negated"),
])
def test_banned_acts_are_negated(text: str, word: str, fact: str) -> None:
    assert _fact(_code(text), word) == fact


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    ("The militants held the villagers as human shields in the case the army attacked .", "attacked"),
    ("In the event that troops attack , the militia will withdraw .", "attack"),
])
def test_in_case_is_a_condition(text: str, trigger: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text == trigger)
    assert e.factuality == "speculative"
    assert e.actor2 is None or e.actor2.text not in ("the event", "the case")


@pytest.mark.slow
def test_no_longer_is_negation() -> None:
    """ "would no longer attack" did not happen; "would no longer take part in its meetings" is a
    refusal (CAMEO 12), as "will not meet" is."""
    assert _fact(_code("The rebels said they would no longer attack civilians."), "attack") == "negated"
    e = max(_code("Georgia declared last year it would no longer take part in its meetings."), key=lambda e: e.confidence)
    assert e.cameo.startswith("12") and e.factuality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "By yesterday evening, the South Ossetians counted two dead and 18 wounded.",
    "Reports put the number of Georgian dead at ten, with 50 wounded.",
])
def test_a_counted_toll_is_no_attacker(text: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text == "wounded")
    assert e.actor1 is None and e.actor2 is not None and e.actor2.text.isdigit()


@pytest.mark.slow
@pytest.mark.parametrize("text, word, fact", [
    # a command opening a sentence or a quotation is called for, not done
    ("Give the refugees food and water.", "give", "future"),
    ("Isaiah said, 'Strike the shepherd and the sheep will scatter.'", "strike", "future"),
    ("Protesters shouted: 'Burn the state media!'", "burn", "future"),
    ("Release the hostages now, the UN said.", "release", "future"),
    # a base form with a subject is a report of a deed
    ("Rebels attack an army base in Kidal.", "attack", "asserted"),
    # "in case of X" is a condition
    ("Police were patrolling the streets of the capital in case of unrest.", "unrest", "speculative"),
    # what a charge names is alleged; the idiom "in charge of" charges no one
    ("Hicks was captured in Afghanistan and faces charges of providing material support for terrorism.",
     "providing", "speculative"),
    ("He was arrested on charges of killing two policemen.", "killing", "speculative"),
    ("The army unit in charge of attacking the town withdrew.", "attacking", "asserted"),
    # what has yet to happen, or what would allow an act, is not done
    ("They could not put together a case to arrest anyone.", "arrest", "future"),
    ("The treaty has yet to be signed.", "signed", "future"),
    ("The army has yet to retake the town.", "retake", "future"),
    ("The army has retaken the town.", "retaken", "asserted"),
    # a clitic modal is the modal: "he'd like to" is "he would like to"
    ("He'd like to deliver a flag to the president.", "deliver", "speculative"),
    # what is anticipated or predicted is ahead
    ("Observers anticipate an escalation of terrorist attacks throughout the island.", "attacks", "future"),
    ("Analysts predict an escalation of clashes between the militias.", "clashes", "future"),
])
def test_a_clause_that_is_no_deed(text: str, word: str, fact: str) -> None:
    assert _fact(_code(text), word) == fact



@pytest.mark.slow
def test_the_toll_of_a_charged_act_is_as_alleged_as_the_act_and_its_doers() -> None:
    # the parser hangs "wounding" on "accused": the firing wounded them, if it happened
    events = _code("Armenia accused Azerbaijan on Monday of firing on its positions near the border, "
                   "wounding two soldiers.")
    fired = next(e for e in events if e.trigger.text == "firing")
    wounded = next(e for e in events if e.trigger.text == "wounding")
    assert wounded.factuality == fired.factuality == "speculative"
    assert wounded.actor1 is not None and wounded.actor1.code == "AZE"
    assert wounded.actor2 is not None and wounded.actor2.text == "two soldiers"



@pytest.mark.slow
@pytest.mark.parametrize("text, word, fact", [
    # a charge answered after a comma: the accusation was made, the charged act alleged
    ("Congo accused Rwanda of sending soldiers across the border, a charge Kigali has repeatedly denied.",
     "accused", "asserted"),
    ("Congo accused Rwanda of sending soldiers across the border, a charge Kigali has repeatedly denied.",
     "sending", "speculative"),
    # ... where the parser makes "charge" part of the denier's name and the accusation its complement
    ("Congo accuses Rwanda of arming and commanding the M23, a charge Kigali denies.", "accuses", "asserted"),
    # a denier's or a speaker's own accusation after a passive clause is theirs, and made
    ("Hamas denied that any of its fighters had been involved and accused Israel of violating the truce.",
     "accused", "asserted"),
    ("The ministry said 120 people had been arrested and accused the opposition of inciting violence.", "accused",
     "asserted"),
    ("President Aleksandar Vucic said foreign intelligence services were behind the protests and vowed to stay.",
     "vowed", "asserted"),
    # aid frozen is aid stopped
    ("The European Union has frozen 30 million euros in aid to Georgia.", "aid", "negated"),
    # no intention, no plans: nothing to come
    ("Eritrea said Asmara had no intention of attacking Ethiopia.", "attacking", "negated"),
    ("The army has no plans to withdraw from the town.", "withdraw", "negated"),
    ("The army has plans to withdraw from the town.", "withdraw", "future"),
    # what a deal is meant to do is still to come
    ("The deal, negotiated over several months, is meant to end fighting in eastern Congo.", "end", "future"),
    # a toll is as sure as the act it tells the result of, past an inserted "X said" too
    ("Ethiopia accused Eritrea of sending troops into Tigray, killing hundreds.", "killing", "speculative"),
    ("Rebels allegedly stormed the village, killing 40 people.", "killing", "speculative"),
    ("Pakistani jets bombed militant hideouts in Paktika province, Taliban officials said, killing 46 people.",
     "killing", "reported"),
    ("Fighters stormed the village on Monday, killing 40 people.", "killing", "asserted"),
    # ... not as an aim's: the parser hangs the result on the aim
    ("ISIS launched an offensive to expand its presence in the province, seizing several villages.", "seizing",
     "asserted"),
    ("The prime minister called his counterpart on Wednesday to congratulate him, inviting him to Jerusalem.",
     "inviting", "asserted"),
    # what reports say is reported, not a charge answered
    ("Fifteen people have been killed in clan fighting in the town, reports say.", "killed", "reported"),
    # a meeting others expect is not one announced: still to come
    ("The Security Council is expected to meet on Monday to discuss the situation in Darfur.", "meet", "future"),
    # an adjunct of a reported clause is reported with it
    ("Troops killed two men during a raid in Jenin, officials said.", "raid", "reported"),
    ("The military said troops opened fire after militants threw explosives at them.", "threw", "reported"),
    ("Troops opened fire after militants threw stones.", "threw", "asserted"),
    ("Rights groups accused the army and the militias of killing civilians.", "killing", "speculative"),
    # what people are doing holds whatever is aimed at them
    ("Police fired tear gas on Tuesday to disperse hundreds of protesters demanding justice.", "demanding",
     "asserted"),
    # what a proposal accepted is for is still to come, wherever the parser hung its "for"
    ("Hamas has accepted a proposal by Egyptian and Qatari mediators for a 60-day ceasefire in Gaza and the release "
     "of half of the hostages.", "release", "future"),
    # what an agreement is aimed at is still to come
    ("The two sides signed a framework agreement on Saturday aimed at ending the fighting in the east.", "ending",
     "future"),
    # a count whose "were" is left out is told by the speaker of the passive before it
    ("The interior ministry said 24 police officers were injured and 18 people detained.", "detained", "reported"),
    # what a thing rejected or asked about already is stays done; what a denial takes is denied
    ("Somalia rejected a defence pact signed between Somaliland and Taiwan.", "signed", "asserted"),
    ("The government suspended a contract signed with the company last year.", "signed", "asserted"),
    # what someone is blamed for or charged with is alleged; what they were sentenced to is not
    ("The rebels were blamed for shelling the market.", "shelling", "speculative"),
    ("He was charged with killing two policemen.", "killing", "speculative"),
    ("Libya freed six medics who were convicted of infecting children with HIV and sentenced to death.", "sentenced",
     "asserted"),
])
def test_answered_charges_and_tolls(text: str, word: str, fact: str) -> None:
    assert _fact(_code(text), word) == fact


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Mediators are expected to resume talks in Cairo next week on a new ceasefire and the release of hostages.",
    "Mediators resumed talks in Cairo on Monday on a new ceasefire and the release of hostages.",
])
def test_what_talks_are_about_is_not_done(text: str) -> None:
    # the release is negotiated, not made (nor an ACLED event)
    released = next(e for e in _code(text) if e.trigger.text == "release")
    assert released.factuality == "future" and released.acled is None


@pytest.mark.slow
def test_a_release_told_as_done_stays_asserted() -> None:
    assert _fact(_code("Hamas released three hostages on Saturday."), "released") == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text, word, status", [
    # a plain past act of words after a reported clause in another tense is the speaker's own
    ("The prime minister said the organisers would face justice and accused foreign powers of funding the unrest.",
     "accused", "asserted"),
    ("The government said the rebels had violated a ceasefire they declared this month and accused Rwanda of "
     "backing them.", "accused", "asserted"),
    # a deed shares the reported clause, and so does a verb sharing its "had"
    ("The army said rebels had entered the town and killed ten people.", "killed", "reported"),
    ("Reuters reported that the two ministers had spoken and agreed to cooperate.", "agreed", "reported"),
    # "would" of what someone said they will do is the future; of what a thing might do, a guess
    ("The foreign ministry said it would lodge a protest with Beijing.", "lodge", "future"),
    ("The spokesman said troops would be sent to the border.", "sent", "future"),
    ("He said a war would kill thousands.", "kill", "speculative"),
    ("The ministry said it would send troops to the border if the rebels attacked.", "send", "speculative"),
    # an event noun still planned is to come; launched, it happened
    ("The planned regime attack on the town would cause the truce to totally collapse after it has been largely "
     "holding since it was announced in late February.", "attack", "future"),
    ("The army launched its planned offensive on Monday.", "launched", "asserted"),
])
def test_a_speakers_own_act_joined_to_what_they_report(text: str, word: str, status: str) -> None:
    assert _fact(_code(text), word) == status


@pytest.mark.slow
@pytest.mark.parametrize("text, word, status", [
    # the doer's own words after its act do not make the act a report
    ("Israel struck the defence ministry in Damascus on Wednesday, saying it was protecting the Druze.", "struck",
     "asserted"),
    # a source's do
    ("Jets bombed the town on Wednesday, officials said.", "bombed", "reported"),
])
def test_the_doers_own_words_are_no_source(text: str, word: str, status: str) -> None:
    assert _fact(_code(text), word) == status


@pytest.mark.slow
def test_the_means_of_an_alleged_act_is_alleged() -> None:
    """ "accused Hamas of violating the ceasefire BY KILLING a soldier": the killing is alleged
    too; "retook the town by storming its defences" stays a fact."""
    assert _fact(_code("Israel accused Hamas of violating the ceasefire by killing a soldier in Rafah."),
                 "killing") == "speculative"
    assert _fact(_code("The army retook the town by storming its defences."), "storming") == "asserted"


@pytest.mark.slow
def test_what_is_set_on_fire_is_no_plan() -> None:
    """ "set to vote" is ahead; "setting fires and looting" is done."""
    assert _fact(_code("Protesters attacked several embassies in Kinshasa, setting fires and looting."),
                 "looting") == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, fact", [
    # what is proposed to be done is still to come
    ("Egypt, Qatar and Turkey have proposed that an international stabilisation force deploy in Gaza.", "deploy",
     "future"),
    ("Egypt proposed that the two sides hold talks in Cairo.", "hold talks", "future"),
    # an event a report tells of is reported
    ("Aid agencies had received reports of mass killings and abductions in the area.", "killings", "reported"),
    # a suggestion may tell what was done
    ("The report suggested that the army shelled the town.", "shelled", "reported"),
])
def test_a_proposed_act_is_to_come(text: str, trigger: str, fact: str) -> None:
    from parsing import code_text

    ev = next(e for e in code_text(text) if e.trigger.text == trigger)
    assert ev.factuality == fact
