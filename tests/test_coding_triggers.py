"""Issue 4: political-violence triggers the first lexicon missed, each held to the phrase that
makes it an event (a weapon subject for "hit", "fire" for "set", "up" for "blow"), and event
nouns carried by the verb that says they happened ("clashes erupted"). Sentences written for
these tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code

from watchfloor.coding.triggers import might_hold_event
from watchfloor.model import Event


def _main(events: list[Event]) -> Event:
    assert events
    return max(events, key=lambda e: e.confidence)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "cameo"), [
    ("A rocket hit a school in the northern district on Monday.", "hit", "194"),
    ("The convoy was hit by a drone near the river.", "hit", "195"),
    ("A pickup truck hit a landmine on the road to the mine.", "hit", "183"),
    ("Unknown gunmen gunned down a tribal elder outside his house.", "gunned", "190"),
    ("Insurgents blew up a bridge on the main highway.", "blew", "183"),
    ("Rioters set fire to a police station in the old town.", "set", "180"),
    ("Dozens of houses were set on fire in the village.", "set", "180"),
    ("Three farmers were hacked to death by assailants.", "hacked", "1823"),
    ("A militiaman threw a grenade at the checkpoint.", "threw", "183"),
    ("Government soldiers entered the town on Friday.", "entered", "192"),
    ("Special groups of troops have been formed in four regions.", "formed", "154"),
    ("The rebels fired mortar shells into the city.", "fired", "194"),
    ("Rebel fighters charged an army camp before dawn.", "charged", "190"),
])
def test_violence_verbs_with_their_phrase(text: str, word: str, cameo: str) -> None:
    e = _main(_code(text))
    assert e.trigger.text.startswith(word) and e.cameo == cameo, (e.trigger.text, e.cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The storm hit the coast on Monday.",
    "The committee set a new agenda for the year.",
    "The minister set up a commission on housing.",
    "Fans threw flowers at the singer.",
    "The company targeted younger buyers with its new phone.",
    "Visitors entered the museum through the side door.",
])
def test_bare_verbs_are_no_events(text: str) -> None:
    assert not [e for e in _code(text) if e.type in ("ASSAULT", "MOBILIZE")], text


@pytest.mark.slow
def test_event_noun_carried_by_happening_verb() -> None:
    e = _main(_code("Heavy clashes erupted between the army and the rebels in the town on Sunday."))
    assert e.trigger.text == "clashes erupted" and e.cameo.startswith("19")
    blast = _main(_code("A car bomb ripped through a crowded market on Friday."))
    assert "ripped" in blast.trigger.text and blast.cameo.startswith("183")


@pytest.mark.slow
def test_means_of_the_subject_refines_the_verb() -> None:
    e = _main(_code("An air strike killed five fighters near the border."))
    assert e.trigger.text == "killed" and e.cameo == "195"
    assert len([x for x in _code("An air strike killed five fighters near the border.") if x.type == "ASSAULT"]) == 1


@pytest.mark.slow
def test_month_is_no_march() -> None:
    assert not [e for e in _code("The minister cancelled his visit to the capital in March.") if e.type == "PROTEST"]


@pytest.mark.slow
def test_mangled_past_tense_of_irregular_verb() -> None:
    # the small model leaves "overran" unlemmatised when it tags it as a present verb
    e = _main(_code("Boko Haram jihadists overran a military base in the northeast."))
    assert e.trigger.text == "overran" and e.cameo == "192"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "cameo"), [
    ("The president backed down and abandoned the plan.", "backed", "080"),
    ("The government accepted the demands of the striking miners.", "accepted", "080"),
    ("The agency deployed search-and-rescue teams to the flooded region.", "deployed", "070"),
    ("The union mobilised funds for the families of the victims.", "mobilised", "071"),
    ("The two sides carried out an exchange of prisoners on Sunday.", "carried out an exchange", "0841"),
    ("Special forces destroyed a roadside bomb near the checkpoint.", "destroyed", "1711"),
    ("South Sudan's president sent a delegation to Port Sudan.", "sent", "042"),  # a visit, not a gift
    ("Niger's military government has nationalised the country's main uranium mine.", "nationalised", "1711"),
])
def test_verb_sense_from_object(text: str, word: str, cameo: str) -> None:
    e = _main(_code(text))
    assert e.trigger.text.startswith(word) and e.cameo == cameo, (e.trigger.text, e.cameo)


def test_prefilter_keeps_new_phrases() -> None:
    assert might_hold_event("Two men were hacked to death.")
    assert might_hold_event("A missile hit the depot.")
    assert might_hold_event("The crowd set the car ablaze.")
    assert not might_hold_event("The weather was warm and dry.")


@pytest.mark.slow
def test_a_programme_nationalised_is_no_seizure() -> None:
    assert not any(e.cameo == "1711" for e in _code("Officials lobbied Congress for help nationalizing the program."))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "cameo"), [
    # a subject word reached through a collective head: "contingents of ... peacekeeping troops"
    ("The first contingents of Nigerian peacekeeping troops arrived in Bamako on Sunday.", "arrived", "074"),
    # an event noun's own "of" complement: "a cessation of hostilities"
    ("The president declared an immediate cessation of hostilities across the country.", "declared", "0871"),
])
def test_phrase_words_through_of(text: str, word: str, cameo: str) -> None:
    e = _main(_code(text))
    assert e.trigger.text.startswith(word) and e.cameo == cameo, (e.trigger.text, e.cameo)


@pytest.mark.slow
def test_a_verb_carrying_its_event_noun_is_one_event() -> None:
    """ "imposed new sanctions": the sanctions (163), not also "impose" (172) on its own."""
    from parsing import code_text

    events = code_text("The council imposed new sanctions on the junta over the coup.")
    assert [e.cameo[:2] for e in events].count("17") == 0
    assert any(e.cameo.startswith("16") and e.trigger.text == "imposed new sanctions" for e in events)


@pytest.mark.slow
def test_an_event_noun_conjoined_to_a_light_verbs_object_takes_that_verb() -> None:
    from parsing import code_text

    e = next(e for e in code_text("The army launched air and artillery strikes on rebel positions near Goma .")
             if "strikes" in e.trigger.text)
    assert e.trigger.text.startswith("launched")
    assert e.actor1 is not None and e.actor1.text == "The army"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "cameo"), [
    ("Farmers' unions attacked the new irrigation plan at a rally.", "attacked", "111"),
    ("The senator attacked the central bank's policy on interest rates.", "attacked", "111"),
    ("The opposition launched a scathing attack on the governor's budget.", "attack", "111"),
    ("The minister hit out at his critics in a radio interview.", "hit", "111"),
    ("The mayor fired back at critics of the housing scheme.", "fired", "111"),
    # a clash of office holders, or over a policy, is a dispute in words
    ("The two ministers clashed over the budget.", "clashed", "111"),
    ("Lawmakers clashed with the prime minister over Brexit.", "clashed", "111"),
    ("US, China clash over trade.", "clash", "111"),
    # armed, or aimed at a party or a place: force
    ("Gunmen attacked a police post near the market.", "attacked", "190"),
    ("Police clashed with protesters over the new law.", "clashed", "193"),
    ("Farmers and herders clashed over grazing land.", "clashed", "193"),
    ("Rebels fired back at the soldiers, killing two.", "fired", "190"),
    # deadly clashes on a border are fighting, whatever talks the sentence names
    ("The two states agreed to a ceasefire after deadly border clashes, but talks in Istanbul collapsed.", "clashes",
     "193"),
    # an aircraft carrier sent is a force deployed, not aid
    ("Washington has sent the aircraft carrier USS Gerald R. Ford to the Caribbean.", "sent", "154"),
])
def test_an_attack_in_words_is_criticism(text: str, word: str, cameo: str) -> None:
    e = next(e for e in _code(text) if word in e.trigger.text)
    assert e.cameo == cameo and (e.type == "ACCUSE") == (cameo == "111")
    assert (e.acled is None) == (cameo == "111")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    ("The rebels called a unilateral ceasefire on Sunday.", "0871"),  # declared
    ("The union called a general strike for Monday.", "143"),
    ("The envoy called for a ceasefire along the river.", "0256"),  # asked for
    ("The bishops called on the rebels to lay down their arms.", "020"),
    ("The president called the ceasefire a victory.", None),  # a name given
])
def test_calling_a_ceasefire_declares_it(text: str, cameo: str | None) -> None:
    called = [e for e in _code(text) if e.trigger.text.startswith("called")]
    assert [e.cameo for e in called] == ([cameo] if cameo else [])


@pytest.mark.slow
def test_an_event_noun_tagged_as_an_adjective_is_still_the_event() -> None:
    """The small model tags "offensive" as an adjective before "on"; as the subject of a verb it
    is still the offensive. The adjective ("offensive to many") stays no event."""
    text = ("A Russia-backed Syrian regime offensive on the last major opposition bastion in the "
            "country's northwest has displaced more than 800,000 people since December.")
    assert [e.cameo for e in _code(text) if "offensive" in e.trigger.text] == ["190"]
    assert not _code("The remarks were offensive to many Muslims.")


@pytest.mark.slow
def test_a_dispute_between_two_subjects_is_between_them_not_the_forum() -> None:
    e = next(e for e in _code("The US and Iran clashed at the UN over the nuclear deal.") if e.trigger.text == "clashed")
    assert e.cameo == "111"
    assert e.actor1 is not None and e.actor1.text == "The US"
    assert e.actor2 is not None and e.actor2.text == "Iran"


@pytest.mark.slow
def test_a_compound_is_not_a_phrase_word_of_a_passive() -> None:
    """ "The cease-fire agreement is set to take effect": "fire" inside the subject's compound
    does not make "set" an arson ("were set on fire" still is one)."""
    assert not [e for e in _code("The cease-fire agreement is set to take effect at midnight.")
                if e.trigger.text.startswith("set")]


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    # an aircraft as the doer makes an attack, a strike, a raid or a pounding an air strike
    ("Russian warplanes struck rebel positions near the town.", "195"),
    ("Government jets raided rebel positions in the valley.", "195"),
    ("A coalition drone attacked the group's positions near the border.", "195"),
    ("Helicopter gunships pounded the town.", "195"),
    ("Russian warplanes launched raids on rebel positions in the valley.", "195"),
    ("Military planes carried out more than 40 strikes since the truce ended.", "195"),
    # ... not fighters on foot, a suicide bomber or police
    ("Fighters attacked the base.", "190"),
    ("A suicide bomber attacked the market.", "1831"),
    ("Police raided homes in the district.", "171"),
    ("Coal workers launched a strike over pay.", "143"),
])
def test_an_aircraft_doer_makes_an_air_strike(text: str, cameo: str) -> None:
    evs = _code(text)
    assert evs and max(evs, key=lambda e: e.confidence).cameo == cameo


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Colombia suspended intelligence sharing with Washington in protest.",
    "Colombia recalled its ambassador in protest.",
])
def test_a_bare_in_protest_is_the_manner_of_the_act(text: str) -> None:
    """ "suspended … in protest": the suspension is the act; no demonstration (nor ACLED protest)."""
    events = _code(text)
    assert events and not any(e.cameo.startswith("14") for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    # pressing or pushing a party to act is urging it
    ("Egypt and Qatar are pressing Israel and Hamas to move to the second phase of the ceasefire.", "020"),
    ("Washington is pressing the government to hold elections.", "020"),
    ("The EU pushed Serbia to recognise Kosovo.", "020"),
    ("He pressed the button to start the engine.", None),
    ("Police pushed protesters to the ground.", None),
    # arms that back a fight are its means, no patron's support
    ("The army killed 30 assailants in a counter-offensive backed by drones.", None),
    ("Somali forces backed by U.S. air strikes recaptured several towns.", None),
    ("Rebels backed by Rwanda seized the town.", "051"),
])
def test_urging_and_backing_are_read_from_their_objects(text: str, code: str | None) -> None:
    codes = [e.cameo for e in _code(text) if e.cameo in ("020", "051")]
    assert codes == ([code] if code else [])


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    # an armed force that targets someone attacks them, also told as the speaker's "it"
    ("The Israeli military said it had targeted a Hezbollah commander in the area of Bint Jbeil.", "190"),
    ("Israeli forces targeted a Hamas commander in Gaza City.", "190"),
    ("The Syrian Air Force targeted the northern Palmyra countryside.", "190"),
    ("The campaign targets young voters.", None),
    ("The ministry said it had targeted young voters.", None),
])
def test_an_armed_force_targeting_someone_attacks(text: str, cameo: str | None) -> None:
    codes = [e.cameo for e in _code(text) if e.type == "ASSAULT"]
    assert codes == ([cameo] if cameo else [])


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, cameo, actor", [
    # an agreement told with its participle is one event: the agreement, dated by the participle
    ("Israel struck Lebanon despite a ceasefire agreed a year ago.", "ceasefire", "0871", None),
    ("Israel struck Lebanon despite a peace deal signed last year.", "deal", "057", None),
    # ... or the signing, where the participle names who signed
    ("The agreement signed by Israel and Lebanon in 2024 ended the war.", "signed", "057", "Israel"),
    # ... not a participle of another kind the parser hung on the noun
    ("A suicide bombing and shelling killed at least nine people in Mahmudiyah.", None, None, None),
])
def test_an_agreement_and_its_participle_are_one_event(text: str, trigger: str | None, cameo: str | None,
                                                      actor: str | None) -> None:
    events = _code(text, published="2026-11-12")
    if trigger is None:
        assert any(e.trigger.text == "killed" for e in events)
        return
    agreements = [e for e in events if e.type in ("AGREE", "RETREAT")]
    assert [(e.trigger.text, e.cameo) for e in agreements] == [(trigger, cameo)]
    assert (agreements[0].actor1.text if agreements[0].actor1 else None) == actor
    assert agreements[0].date < "2026-01-01"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, cameo", [
    # drones and missiles destroyed in flight are weapons stopped, not property destroyed
    ("Russia's defence ministry said its air defences had destroyed 45 Ukrainian drones over several regions.",
     "destroyed", "1711"),
    ("Israeli jets destroyed a drone factory in Tehran.", "destroyed", "180"),
    # supporters and protesters gathering demonstrate; scuffles are a crowd's violence
    ("Hundreds of the cleric's supporters gathered outside the church headquarters to prevent his arrest.",
     "gathered", "141"),
    ("Officials gathered in Geneva for talks.", "gathered", None),
    ("Mourners gathered for the funeral.", "gathered", None),
    ("Protesters scuffled with police outside parliament.", "scuffled", "145"),
    # trading accusations is accusing; trading goods is not
    ("Ethiopia and Eritrea have traded accusations in recent months.", "traded", "112"),
    ("The two sides exchanged accusations of violating the truce.", "exchanged", "112"),
    ("The two countries trade oil and gas.", "trade", None),
])
def test_a_verb_is_read_with_its_subject_or_object(text: str, trigger: str, cameo: str | None) -> None:
    assert [e.cameo for e in _code(text) if e.trigger.text == trigger] == ([cameo] if cameo else [])


@pytest.mark.slow
@pytest.mark.parametrize("text, kept", [
    # "the latest in a series of attacks" recalls the acts told before: no event of its own
    ("The Houthis fired a missile at Israel on Sunday, the latest in a series of attacks on Israeli targets.", 1),
    ("U.S. forces struck a boat in the Caribbean on Friday, the latest in a series of strikes in the region.", 1),
    # a count of strikes someone carries out is still an event
    ("The United States and Britain have carried out dozens of strikes on Houthi targets.", 1),
])
def test_a_series_recalled_is_no_new_event(text: str, kept: int) -> None:
    assert len([e for e in _code(text) if e.type == "ASSAULT"]) == kept


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Thousands joined a protest in the capital on Sunday.",
    "A group of asylum-seekers has gone on hunger strike in protest at the conditions.",
])
def test_a_protest_named_as_such_is_still_one(text: str) -> None:
    assert any(e.cameo.startswith("14") for e in _code(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, word", [
    # the weapon an act is done with is no event of its own
    ("The army bombed civilian areas with barrel bombs.", "bombs"),
    # a participle describing a name is no act ("loyal to detained First Vice President")
    ("The army clashed with fighters loyal to detained First Vice President Riek Machar.", "detained"),
    # power cut by strikes is their damage, not a sanction
    ("Russian strikes killed seven people and cut power to hundreds of thousands of homes.", "cut"),
])
def test_no_event_of_its_own(text: str, word: str) -> None:
    assert not any(e.trigger.text == word for e in _code(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, word, cameo", [
    # a more specific kind of the act done with lends the act its code
    ("Iraqi warplanes pounded Islamic State positions with deadly airstrikes on Thursday.", "pounded", "195"),
    ("Some of the women protested with hunger strikes in March.", "protested", "142"),
])
def test_the_weapon_lends_its_kind(text: str, word: str, cameo: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text == word)
    assert e.cameo == cameo


@pytest.mark.slow
def test_an_act_with_a_target_of_its_own_is_no_weapon() -> None:
    text = ("A car bomb exploded near the US embassy in Dar Es Salaam, simultaneously with the car bombing of the "
            "US embassy in Nairobi.")
    assert any(e.trigger.text == "bombing" for e in _code(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, word, cameo", [
    # a count of events carried out is carried out by the light verb's subject
    ("The United States carried out dozens of strikes on Houthi targets in Yemen.", "carried", "190"),
    ("The army carried out a series of raids in the north.", "carried", "171"),
    # a ship sunk was attacked; a ship that sank is an accident, no event
    ("The Houthis said they had sunk a Greek-operated cargo ship in the Red Sea.", "sunk", "190"),
])
def test_more_ways_to_tell_an_attack(text: str, word: str, cameo: str) -> None:
    e = next(e for e in _code(text) if e.trigger.text.startswith(word))
    assert e.cameo == cameo and e.actor1 is not None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The ferry sank off the coast, killing 40 people.",
    # demands met are no meeting, and a condition is no refusal
    "Students said they would block major roads next week if their demands are not met.",
])
def test_no_meeting_nor_refusal_nor_attack(text: str) -> None:
    assert not any(e.cameo[:2] in ("04", "12", "19") for e in _code(text))


@pytest.mark.slow
def test_protesters_violence_is_one_event() -> None:
    events = _code("Protesters set fire to a police station in the town, police said.")
    assert [e.trigger.text for e in events] == ["set"]
    # a demand is no demonstration: the protesters still make one
    assert any(e.cameo.startswith("14") for e in _code("Protesters demanded the resignation of the president."))


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo, acled", [
    # leaving a bloc reduces relations; it is no retreat and no territory changing hands
    ("Niger withdrew from the Economic Community of West African States in January.", "160", None),
    ("Mali announced its withdrawal from ECOWAS.", "160", None),
    ("The rebels withdrew from the town after heavy fighting.", "0874", "Non-violent transfer of territory"),
])
def test_leaving_a_bloc_is_no_retreat(text: str, cameo: str, acled: str | None) -> None:
    e = next(e for e in _code(text) if e.trigger.text.split()[-1].startswith("withdr"))
    assert (e.cameo, e.acled.sub_event_type if e.acled else None) == (cameo, acled)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    # people killed in strikes were killed by force, whatever word of work the sentence holds
    ("The armed forces chief of staff was killed in the strikes, state media reported.", "190"),
    ("Teachers' union leaders were injured in the strike.", "143"),
])
def test_a_strike_people_were_killed_in_is_force(text: str, cameo: str) -> None:
    assert [e.cameo for e in _code(text) if e.trigger.text.startswith("strike")] == [cameo]


@pytest.mark.slow
def test_people_shot_dead_by_the_hundred_are_no_golf_score() -> None:
    """ "shot a 65" is a score; "shot dead hundreds of protesters" is a killing, its victims
    named without "dead"."""
    shot = [e for e in _code("Security forces shot dead hundreds of protesters during three days of unrest.")
            if e.trigger.text == "shot"]
    assert [e.cameo for e in shot] == ["190"] and shot[0].actor2.text == "hundreds of protesters"
    assert not _code("He shot a 65 to win the tournament.")


@pytest.mark.slow
@pytest.mark.parametrize("text, codes", [
    # a package of sanctions adopted is the sanctions; sanctions imposed, one event however told
    ("The European Union adopted a 19th package of sanctions against Russia on Thursday.", ["163"]),
    ("Washington slapped sanctions on two oil companies.", ["163"]),
    ("Sanctions were imposed on the company in March.", ["163"]),
    # a return to office is no return of anything
    ("The decision came months after President Donald Trump returned to office.", []),
    ("Israel returned the bodies of three hostages.", ["084"]),
])
def test_sanctions_told_as_a_package_or_in_the_passive(text: str, codes: list[str]) -> None:
    assert [e.cameo for e in _code(text) if e.cameo[:2] in ("16", "17", "08")] == codes


@pytest.mark.slow
@pytest.mark.parametrize("text, word, cameo", [
    # a grenade dropped from a drone is an air attack; hostages handed over are released
    ("An Israeli drone dropped a grenade near peacekeepers in southern Lebanon on Sunday.", "dropped", "195"),
    ("The hostages were handed over to the Red Cross in Gaza.", "handed", "0841"),
    ("The army handed over the town to the rebels.", "handed", "0874"),
    # a missile fired into the sea is a test, shots into the air a warning, on whatever day
    ("North Korea fired a ballistic missile into the sea off its east coast on Thursday.", "fired", "150"),
    ("Police fired into the air on Monday to disperse the crowd.", "fired", "150"),
    ("Police fired at the crowd on Monday.", "fired", "190"),
    # a group with no aircraft that bombs plants bombs; an air force or troops bomb from the air
    ("Two shopping malls in Zamboanga were bombed by Abu Sayyaf rebels.", "bombed", "183"),
    ("US troops bombed a mosque in Fallujah.", "bombed", "195"),
])
def test_how_a_weapon_was_used_or_people_handed_over(text: str, word: str, cameo: str) -> None:
    assert [e.cameo for e in _code(text) if e.trigger.text == word] == [cameo]


@pytest.mark.slow
def test_a_ranking_against_the_past_is_no_second_event() -> None:
    """ "the most senior figure KILLED since the ceasefire" ranks the killing just told."""
    text = ("An Israeli strike killed Hezbollah's top military commander on Sunday, the Israeli military said, the "
            "most senior figure killed since last year's ceasefire.")
    assert [e.trigger.text for e in _code(text) if e.cameo == "190"] == ["killed"]


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    # exercises an armed force holds, however they are described
    ("Venezuela's military began large-scale exercises along the Caribbean coast on Tuesday.", "152"),
    ("CARACAS, Dec. 2 (AP) - Venezuela's military began large-scale exercises along the coast on Tuesday.", "152"),
    # a drill held by others is none
    ("Officials held a fire drill at the school.", None),
])
def test_exercises_held_by_armed_forces(text: str, code: str | None) -> None:
    from parsing import code_text

    codes = [e.cameo for e in code_text(text)]
    assert (codes[0] if codes else None) == code


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    # measures taken are a step, not a place seized
    ("China's coast guard took necessary control measures.", None),
    ("The army took control of the town.", "192"),
    # a ceasefire broken or ended is no ceasefire
    ("The rebels broke the ceasefire on Monday.", "196"),
    ("Clashes erupted on Monday, breaking a ceasefire that had held for weeks.", "193"),
    ("The Pakistani Taliban ended a ceasefire with the government in 2022.", "127"),
    # raids armed groups carry out are attacks, police raids searches
    ("Jihadists carried out raids on several villages.", "190"),
    ("Police carried out raids on several homes.", "171"),
])
def test_what_is_taken_or_broken(text: str, code: str | None) -> None:
    from parsing import code_text

    events = code_text(text)
    assert (events[0].cameo if events else None) == code
    assert not any(e.cameo == "0871" for e in events)
