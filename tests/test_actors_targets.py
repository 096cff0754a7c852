"""Which phrase is the target (``watchfloor.coding.actors.roles_for``), issue 4.

Sentences are written for these tests; they parse with the real spaCy model (slow).
"""
from __future__ import annotations

import pytest

from watchfloor.coding.actors import roles_for


def _target(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    _, a2 = roles_for(tok, doc=doc)
    if a2 is not None:
        assert doc.text[a2.start:a2.end] == a2.text
    return None if a2 is None else a2.text


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("The United States suspended military aid to Malawi .", "suspended", "Malawi"),
    ("Ghana has established diplomatic ties with Bhutan .", "established", "Bhutan"),
    ("The council lifted sanctions imposed on Zambia last year .", "lifted", "Zambia"),
    ("Ghana lifted its blockade of Togo .", "lifted", "Togo"),
    # where an agreement was signed is no party to it; where a ceasefire holds is what it is about
    ("Congo and Rwanda signed a peace agreement in Washington on Friday .", "signed", None),
    ("Saudi-led coalition forces have agreed a five-day humanitarian ceasefire in Yemen .", "agreed", "Yemen"),
    # the party across a border, not the border a country's name may own
    ("Malawi closed Zambia 's southern border with Mozambique .", "closed", "Mozambique"),
    ("Ghana reopened its frontier with Togo .", "reopened", "Togo"),
])
def test_party_inside_an_abstract_object_is_the_target(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
def test_authored_object_keeps_its_author(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The court rejected a request from the Zambian opposition to delay the vote .",
                   "rejected") == "a request from the Zambian opposition"
    # ... also when the parser hangs what it is for on the verb
    assert _target(nlp, "Hamas has accepted a proposal by Egyptian and Qatari mediators for a 60-day ceasefire in "
                   "Gaza.", "accepted") == "a proposal by Egyptian and Qatari mediators"


@pytest.mark.slow
def test_an_adjective_alone_does_not_make_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "Jordan and Oman agreed to hold joint military exercises .", "hold") is None
    assert _target(nlp, "The ministry suspended funding to the country 's armed groups .",
                   "suspended") == "the country 's armed groups"


@pytest.mark.slow
def test_people_nouns_are_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The army freed 40 fishermen on Tuesday .", "freed") == "40 fishermen"


@pytest.mark.slow
def test_a_place_object_is_the_target_but_not_ones_own(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "Rebels attacked the northern town before dawn .", "attacked") == "the northern town"
    assert _target(nlp, "Kenya opened its borders to Somali refugees .", "opened") == "Somali refugees"
    assert _target(nlp, "Malawi agreed to open its borders .", "open") is None


@pytest.mark.slow
def test_known_as_keeps_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "Donors cut aid to the charity known as the Green Hands .",
                   "cut") == "the charity known as the Green Hands"


@pytest.mark.slow
def test_purpose_clause_partner_is_the_main_verbs_object(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The Kenyan president received the Ugandan foreign minister to discuss the border dispute .",
                   "discuss") == "the Ugandan foreign minister"
    assert _target(nlp, "The Kenyan president phoned Yoweri Museveni to discuss the border dispute .",
                   "discuss") == "Yoweri Museveni"
    # the object of "urge" does the infinitive's action itself: it is not its target
    assert _target(nlp, "The council urged Malawi to negotiate .", "negotiate") is None


@pytest.mark.slow
def test_a_state_of_siege_is_no_actor_its_place_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The president declared a state of siege in Kasai province .", "declared") == "Kasai province"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, source, target", [
    ("The journalist was released on Saturday .", "released", None, "The journalist"),
    ("Two aid workers were freed last week .", "freed", None, "Two aid workers"),
    # the place withdrawn from is the target, as in CAMEO ("Israel withdrew from Gaza": ISR 0874 PSE)
    ("The rebels withdrew from the town .", "withdrew", "The rebels", "the town"),
    # a measure lifted names its party inside, as in the active ("lifted the curfew on Kasese"),
    # and its author, with no agent named, is the one lifting it
    ("The curfew on Kasese was lifted on Monday .", "lifted", None, "Kasese"),
    ("UN sanctions against Iran were lifted in 2016 .", "lifted", "UN", "Iran"),
    ("Israel 's blockade of Gaza was eased .", "eased", "Israel", "Gaza"),
])
def test_released_party_is_the_target(nlp, text: str, trigger: str, source: str | None, target: str | None) -> None:  # type: ignore[no-untyped-def]
    # a RETREAT event moves its own actor, except setting someone free: the freed are its target,
    # and what is lifted or returned does not move itself
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a1, a2 = roles_for(tok, doc=doc, ptype="RETREAT")
    assert (a1 and a1.text, a2 and a2.text) == (source, target)


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("The charity gave food parcels to 300 households .", "gave", "300 households"),
    ("The museum returned the stolen painting to its owner .", "returned", "its owner"),
])
def test_people_named_by_a_common_noun_are_targets(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("Japan donated two hundred generators to assist Nepal after the earthquake .", "donated", "Nepal"),
    ("The charity sent blankets to help the flood victims .", "sent", "the flood victims"),
])
def test_gift_is_for_whom_its_purpose_helps(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # the place an abstract "to" object is about
    ("The rebels agreed to a truce in Kidal on Friday.", "agreed", "Kidal"),
    ("Ghana is ready to contribute to the stabilisation of the situation in Mali.", "contribute", "Mali"),
    # a place something is moved from, rather than one's own troops
    ("The army withdrew its troops from the disputed zone last week.", "withdrew", "the disputed zone"),
    # whom or where the purpose of a gift is for
    ("Japan sent medical teams to fight the cholera outbreak in Yemen.", "sent", "Yemen"),
    # whoever made a demand is the target of yielding to it; a possessor stays inside the phrase
    ("The government accepted the demands of the striking nurses on Friday.", "accepted", "the striking nurses"),
    ("The ministry conceded to demands from the teachers union .", "conceded", "the teachers union"),
    ("The council rejected Uganda 's demand for a new vote .", "rejected", "Uganda 's demand"),
    ("Eritrea violated a ban by the African Union on arms imports .", "violated", "the African Union"),
    # the troops are the source's own: where they are sent is what the event is aimed at
    ("France has reinforced its troops in Mali after the raids .", "reinforced", "Mali"),
    # people of a party, not the party
    ("Soldiers arrested dozens of followers of the exiled opposition leader .", "arrested",
     "dozens of followers of the exiled opposition leader"),
    # a mission is done for its host country (a nation's own operations stay its own)
    ("Ghana is ready to contribute troops to the UN peacekeeping mission in South Sudan .", "contribute",
     "South Sudan"),
    ("The minister defended French operations in the Sahel .", "defended", "French operations in the Sahel"),
    # one's own troops are not the target: whom or where they are sent for is
    ("Kenya offered to send troops to help the Somali army .", "offered", "the Somali army"),
    # the deported are the target, not where they are sent (unlike an extradition, done with
    # the receiving state)
    ("Border police deported 40 migrants to Niger on Friday .", "deported", "40 migrants"),
    # whatever is accused, even no party ("the law"), is the target
    ("The commission accused the new law of silencing journalists in Uganda .", "accused", "the new law"),
    # the body someone resigns from
    ("The minister resigned as head of the Kenyan delegation on Friday .", "resigned", "the Kenyan delegation"),
    ("Two judges resigned from the constitutional court .", "resigned", "the constitutional court"),
    # an object pronoun stands for the person or party it refers back to
    ("Police surrounded the striking dockers and beat them with batons .", "beat", "the striking dockers"),
    ("The minister phoned President William Ruto and urged him to act .", "urged", "President William Ruto"),
    # whoever is set free, even a noun the dictionary does not know
    ("The court freed a retired schoolteacher on Monday .", "freed", "a retired schoolteacher"),
])
def test_target_of_the_clause(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
def test_what_an_agreement_makes_is_not_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The government agreed to build a new hospital in Gulu .", "agreed") is None
    # a created relation still names its partner
    assert _target(nlp, "Kenya established diplomatic relations with Kosovo in 2015 .", "established") == "Kosovo"


@pytest.mark.slow
def test_place_the_verb_puts_an_abstract_object_in_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "in ..." on the verb, not on the object that names no party
    assert _target(nlp, "The governor lifted a state of emergency in the eastern province of Kivu .",
                   "lifted") == "the eastern province of Kivu"
    # a party in the object still wins over the place
    assert _target(nlp, "The army lifted its siege of Zawiya in the west .", "lifted") == "Zawiya"


@pytest.mark.slow
def test_an_amount_is_no_target_but_a_party_inside_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "Norway approved a grant of $ 40 million .", "grant") is None
    assert _target(nlp, "Japan announced the release of $ 2 billion in loans to Ghana .", "release") == "Ghana"


@pytest.mark.slow
def test_an_object_made_by_a_named_party_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # as "a request from the Zambian opposition": the maker comes with the object
    assert _target(nlp, "Malawi rejected the draft plan proposed by the Zambian government .",
                   "rejected") == "the draft plan proposed by the Zambian government"
    # an object nobody is named as making is no target
    assert _target(nlp, "Malawi rejected the draft plan .", "rejected") is None


@pytest.mark.slow
def test_a_passive_conjunct_shares_its_first_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Zambian activist was arrested in May and freed by the army in June ."
    assert _target(nlp, text, "freed") == "The Zambian activist"
    doc = nlp(text)
    a1, _ = roles_for(next(t for t in doc if t.text == "freed"), doc=doc)
    assert a1 is not None and a1.text == "the army"


@pytest.mark.slow
def test_a_party_named_by_its_relation_is_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "Washington cut military aid to its Gulf allies .", "cut") == "its Gulf allies"
    assert _target(nlp, "The premier issued an ultimatum to her cabinet colleagues .",
                   "issued") == "her cabinet colleagues"


def test_a_name_the_dictionary_knows_is_an_actor_whatever_its_entity_type() -> None:
    # "Kenya cancelled a visit to Montevideo", the capital tagged a product, by hand
    import spacy
    from spacy.tokens import Doc

    from watchfloor.coding.actors import find_actors

    words = ["Kenya", "cancelled", "a", "visit", "to", "Montevideo", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "."],
              lemmas=["Kenya", "cancel", "a", "visit", "to", "Montevideo", "."],
              ents=["B-GPE", "O", "O", "O", "O", "B-PRODUCT", "O"])
    _, a2 = find_actors(doc[1], doc=doc)
    assert a2 is not None and a2.text == "Montevideo"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("Ghana sent 50 trucks and a unit of engineers to Liberia to rebuild roads .", "sent", "Liberia"),
    ("Kenya withdrew a batch of 300 peacekeepers from Somalia in March .", "withdrew", "Somalia"),
])
def test_where_a_group_is_moved_is_the_target_wherever_the_parser_hung_it(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
def test_whom_a_thing_is_given_to_is_the_target_in_the_passive_too(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "A stolen statue was returned to Nigeria by British officials on Monday .",
                   "returned") == "Nigeria"
    # with no recipient the thing stays the target
    assert _target(nlp, "The Kenyan journalist was freed by the army .", "freed") == "The Kenyan journalist"


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    # what was taken from a party is returned to it
    ("The rebels said they will return weapons they seized from the Malian army .", "the Malian army"),
    # unless where it goes is named, even when the parser hangs that on the clause
    ("The museum returned a mask that was looted in 1897 from Benin City to the Nigerian government .",
     "the Nigerian government"),
])
def test_a_thing_is_returned_to_whom_it_was_taken_from(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, "return" if " return " in text else "returned") == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # an extradition is done with the receiving state
    ("A Kenyan judge approved the extradition of a former Ugandan minister to Uganda on Monday .", "extradition",
     "Uganda"),
    # where troops are deployed, hung on the light verb
    ("Ghana announced the deployment of 400 soldiers , including 20 medics , to Mali on a peacekeeping mission .",
     "deployment", "Mali"),
])
def test_where_a_moving_noun_goes_is_its_target(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("The agency has been sharing raw intelligence information with the Kenyan government without filtering it .",
     "sharing", "the Kenyan government"),
    ("Police shared evidence with Uganda last week against a suspected smuggler .", "shared", "Uganda"),
])
def test_whom_something_is_shared_with_is_the_target(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
def test_a_ceasefire_effective_from_a_date_in_a_place_covers_that_place() -> None:
    from parsing import code_text

    e = next(e for e in code_text("The Sudan Liberation Movement has declared a unilateral ceasefire effective from "
                                  "Monday in Darfur .") if "ceasefire" in e.trigger.text)
    assert e.actor2 is not None and e.actor2.text == "Darfur"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("Riot police detained dozens of students in Kampala on Friday .", "detained", "dozens of students in Kampala"),
    ("Ten rebels surrendered to the army in Mindanao on Monday .", "surrendered", "the army in Mindanao"),
])
def test_a_place_the_parser_hung_on_the_verb_stays_with_a_quantified_or_prepositional_target(
        nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    from parsing import actor_roles

    _, a2 = actor_roles(nlp, text, trigger)
    assert a2 is not None and a2.text == target


def _noun_target(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    """The target of an event noun carried by the verb it is the object of (its light verb)."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    light = tok
    while light.dep_ in ("conj", "nmod", "compound") and light.head is not light:
        light = light.head  # "air and missile STRIKES": up to the object of the light verb
    _, a2 = roles_for(tok, doc=doc, head=light.head)
    return None if a2 is None else a2.text


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # "on X" after coordinated event nouns, hung on the first of them, covers them all
    ("The navy launched air and missile strikes on rebel positions near the port .", "strikes",
     "rebel positions near the port"),
    # "against X" hung on the operation's name beside the light verb's object
    ("Kenya Army launched a large offensive military operation , Operation Linda - e - Nchi , against insurgents "
     "in Gedo Region on October 16 , 2011 .", "operation", "insurgents in Gedo Region"),
    # a month the tagger missed ("Oct ." with a spaced period) is no target; the talks' partner
    # hung on the light verb comes before the place the talks are in
    ("Ruto will hold talks in Paris with Macron on Oct . 2 , focusing on trade .", "talks", "Macron"),
    ("The minister will hold talks in Cairo with the rebel leader on Feb . 21 , focusing on the truce .",
     "talks", "the rebel leader"),
])
def test_target_hung_beside_the_event_noun(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _noun_target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, wrong", [
    ("On top of the loans , the bank has made available new grants to the farmers .", "grants", "top"),
    ("The rebels launched attacks in the north with drones .", "attacks", "drones"),
])
def test_no_target_before_the_light_verb_nor_a_weapon(nlp, text: str, trigger: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in (_noun_target(nlp, text, trigger) or "")


@pytest.mark.slow
def test_a_woman_called_may_stays_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, "The president met Theresa May in London .", "met") == "Theresa May"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # the weapon fired, launched or dropped is the means; where it is aimed is the target
    ("Rebels fired a ballistic missile at the port city of Mokha on Monday .", "fired", "the port city of Mokha"),
    ("Russia launched 40 drones on Kharkiv overnight .", "launched", "Kharkiv"),
    ("Government helicopters dropped barrel bombs on the town .", "dropped", "the town"),
    # so is a bomb set off, in the active or the passive; the parties or places it was set off
    # at or near are the target, and a place it went off in still is when nothing else is named
    ("Two explosive devices were detonated near the troops on Thursday .", "detonated", "the troops"),
    ("A suicide bomber detonated explosives at a cultural center in the city .", "detonated", "a cultural center"),
    ("A suicide bomber detonated a bomb in a local market on Friday .", "detonated", "a local market"),
    # but what is shot down is hit, not fired
    ("The drone was shot down over the border .", "shot", "The drone"),
    # whoever is fought back is who attacked
    ("Government fighters repelled an attack by the rebels south of the capital .", "repelled", "the rebels"),
    # the parties between whom talks are mediated
    ("Egypt mediated talks between Hamas and Israel in Cairo .", "mediated", "Hamas"),
    # the place taken comes before a place near it that names a country's thing
    ("The rebels captured the town of Bunagana near the Ugandan border .", "captured", "the town of Bunagana"),
])
def test_weapon_fired_is_no_target(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
def test_raids_belong_to_who_arrests_in_them(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Soldiers arrested 15 men in raids across the valley overnight .")
    tok = next(t for t in doc if t.text == "raids")
    a1, _ = roles_for(tok, doc=doc)
    assert a1 is not None and a1.text == "Soldiers"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, pair", [
    # two conjoined subjects of an act they do to each other: the first to the second
    ("Morocco and Algeria severed diplomatic ties .", "severed", ("Morocco", "Algeria")),
    ("Government troops and rebels clashed near Goma .", "clashed", ("Government troops", "rebels")),
    ("Russia and Ukraine swapped prisoners on Friday .", "swapped", ("Russia", "Ukraine")),
    ("Russia and Ukraine exchanged 150 prisoners of war each on Friday .", "exchanged", ("Russia", "Ukraine")),
    # done by both to a third: no pair
    ("Russia and China vetoed the resolution .", "vetoed", ("Russia", None)),
    # a meeting or pact of two conjoined subjects has no target (the annotation convention); the
    # place met in and the pact signed are none either
    ("Putin and Xi met in Beijing on Tuesday .", "met", ("Putin", None)),
    ("Kenya and Ethiopia signed a security pact .", "signed", ("Kenya", None)),
])
def test_mutual_acts_pair_their_subjects(nlp, text: str, trigger: str, pair: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    a1, a2 = roles_for(tok, doc=doc)
    assert (a1 and a1.text, a2 and a2.text) == pair


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # the parser lost the passive's subject: the town is where it happened, not whom
    ("In Gradiska , northeast of Banja Luka , a man and his son were shot and seriously wounded , "
     "Janowski continued .", "shot", None),
    ("Some 1,500 Egyptian troops are currently stationed in Darfur .", "stationed", None),
    # a passive clause describing a noun: that noun is whom it was done to
    ("He is the sixth jihadist commander to be killed inside the Idlib Governorate .", "killed",
     "the sixth jihadist commander"),
    ("He was the third journalist to be arrested in Cairo this month .", "arrested", "the third journalist"),
    # an active verb's "in" place still stands in when no party is named, unless it is fronted
    # before the subject to set the scene
    ("The rebels attacked in Kidal on Monday .", "attacked", "Kidal"),
    ("In Paris , the North Vietnamese refused to change the terms of the agreement .", "refused", None),
    # (the victim killed is also whom they shot, not the fronted district)
    ("In Bapunagar , another city district , police shot and killed one person .", "shot", "one person"),
])
def test_a_passive_without_its_subject_has_no_place_target(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                            target: str | None) -> None:
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("Gunmen ambushed a convoy outside the town .", "ambushed", "a convoy"),
    ("Militants bombed a crowded bus in the capital .", "bombed", "a crowded bus in the capital"),
    ("Soldiers fired rockets at a truck .", "fired", "a truck"),
    # (a vehicle hit outranks the place named inside it)
    ("Insurgents ambushed a military vehicle in the northern state .", "ambushed",
     "a military vehicle in the northern state"),
    # (the victims' own: not the weapon "his car" a bomber set off)
    ("A roadside bomb struck their convoy in the valley .", "struck", "their convoy in the valley"),
    ("Pirates attacked an oil tanker off the coast .", "attacked", "an oil tanker"),
])
def test_a_vehicle_a_force_hits_is_the_target(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    ("The army sent a convoy .", "sent"),  # what is sent is moved, not done to
    ("Troops deployed tanks and trucks .", "deployed"),
    ("Customs officers seized a truck .", "seized"),
    ("The bomber detonated his car near the gate .", "detonated"),  # his own: the weapon
])
def test_a_vehicle_moved_or_seized_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    # an attack's "in X" is where it fell; the participle says whom it was done to
    ("The air force carried out three air strikes in western Mosul, killing dozens of Islamic State fighters.",
     "dozens of Islamic State fighters"),
    ("Rebels staged an attack in northwestern Rwanda, killing six people.", "six people"),
    # ... and a place stays the target where nothing says whom it harmed, or the attack says what it hit
    ("Rebels staged an attack in northwestern Rwanda on Monday.", "northwestern Rwanda"),
    ("Militants launched an attack on a checkpoint in Borno, killing nine soldiers.", "a checkpoint in Borno"),
])
def test_whom_an_attack_killed_outranks_where_it_fell(text: str, target: str) -> None:
    from parsing import code_text

    evs = [e for e in code_text(text) if e.type == "ASSAULT" and e.trigger.text.split()[0] in ("carried", "staged", "launched")]
    assert evs and evs[0].actor2 is not None and evs[0].actor2.text == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger", [
    # where talks or a meeting are held is their venue, no party to them
    ("The two sides resumed talks in Cairo on Monday.", "talks"),
    ("The delegations returned to the negotiating table in Doha.", "returned"),
    ("The envoys held a meeting at the Oval Office.", "meeting"),
])
def test_the_venue_of_talks_is_no_target(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) is None


@pytest.mark.slow
def test_a_measure_in_a_place_still_targets_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "declared a ceasefire IN Idlib": a measure's area is what it binds (unlike a venue)."""
    assert _target(nlp, "The government declared a ceasefire in Idlib.", "ceasefire") == "Idlib"


@pytest.mark.slow
@pytest.mark.parametrize("text, target", [
    ("The mediators urged both sides to return to talks.", "both sides"),
    ("The council urged the warring sides to respect the truce.", "the warring sides"),
])
def test_the_sides_of_a_conflict_are_parties(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, "urged") == target


@pytest.mark.slow
def test_force_used_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "threatened to use FORCE": violence, not a force of troops ("the UN force" is one)."""
    assert _target(nlp, "The bloc threatened to use force against the junta.", "threatened") != "force"
    assert _target(nlp, "Rebels attacked the UN force near the border.", "attacked") == "the UN force"



@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # a building attacked is the target, not the city it stands in (no attack on its government)
    ("Militants stormed a hotel in central Mogadishu late on Friday .", "stormed", "a hotel in central Mogadishu"),
    ("Gunmen attacked a restaurant in Kabul .", "attacked", "a restaurant in Kabul"),
    ("Two men attacked a conference in Garland .", "attacked", "a conference in Garland"),
    # who is in it still is the target
    ("Militants threw a grenade into a hotel packed with tourists in Indian Kashmir .", "threw",
     "tourists in Indian Kashmir"),
])
def test_a_building_is_the_target_not_the_city_it_stands_in(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # what an attack is done with is no target of it (whom the killing it was the means of killed is)
    ("Rebels killed seven soldiers in an attack with explosives dropped from drones.", "attack", "seven soldiers"),
    # ... a party it is had with still is
    ("There were clashes with militants near the border.", "clashes", "militants near the border"),
])
def test_the_means_of_an_event_noun_is_no_target(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # the speakers of a bare "said" the parser hung on the object are no part of it
    ("Militants stormed a military base on Thursday, killing at least 15 soldiers, a military officer and "
     "residents said.", "killing", "at least 15 soldiers"),
    # ... nor is the main clause's participle the parser hung on it
    ("The government said it had arrested five people accused of plotting to sabotage the grid, blaming the "
     "United States.", "arrested", "five people accused of plotting to sabotage the grid"),
    # ... an apposition that describes the target still is
    ("Police arrested Ali Hassan, a local journalist, on Monday.", "arrested", "Ali Hassan, a local journalist"),
])
def test_the_main_clause_hung_on_a_target_is_no_part_of_it(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # ", which X denies" after a charge denies the charge: the accuser is the target
    ("Rights groups have accused the army of killing civilians during operations, which the junta denies.",
     "denies", "Rights groups"),
    # ... not a "which" about the noun itself
    ("The army shelled the district, which the rebels had seized in May.", "seized", "the district"),
    # what two sides do to "each other" or "one another" has the second as its target
    ("Kinshasa and Kigali have accused each other of failing to implement the deal.", "accused", "Kigali"),
    ("Russia and Ukraine blamed one another for the attack.", "blamed", "Ukraine"),
    # ... not what both do to a third
    ("Russia and China vetoed the resolution.", "vetoed", None),
    # the parser made the dateline the passive's subject and the victims its apposition
    ("QUITO, Nov 10 (Reuters) - At least 31 inmates were killed in a riot at a prison in Machala.", "killed",
     "At least 31 inmates"),
    # a possessor of a release or an arrest is whom it is done to, unless an "of" names them
    ("ECOWAS demanded Conde's immediate release.", "release", "Conde"),
    # hostages handed over are the ones released, not whom they are handed to
    ("The hostages were handed over to the Red Cross in Gaza.", "handed", "The hostages"),
    ("The sarcophagus was returned to Egypt.", "returned", "Egypt"),
    # a verb that takes no object shares none with the verb after it
    ("Prime Minister Sheikh Hasina resigned and fled the country on Monday.", "resigned", None),
])
def test_whom_a_wire_sentence_names(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _target(nlp, text, trigger) == target
