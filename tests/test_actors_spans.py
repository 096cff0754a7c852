"""Actor phrase boundaries (``watchfloor.coding.actors.actor_span``), issue 4.

Sentences are written for these tests; they parse with the real spaCy model (slow).
"""
from __future__ import annotations

import pytest
from parsing import actor_roles


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, role, expected", [
    ("The minister defended Kenya ’ s new border policy .", "defended", 2, "Kenya ’ s new border policy"),
    ("The court rejected the Ugandan government ’ s request to delay the vote .", "rejected", 2,
     "the Ugandan government ’ s request"),
    ("The envoy praised Ghana ’ s handling of the crisis .", "praised", 2, "Ghana ’ s handling of the crisis"),
    # the parser may read a sentence-initial spaced clitic as "is": the possessor still belongs
    ("Kenya ’ s Supreme Court on Monday rejected the appeal of two lawmakers .", "rejected", 1,
     "Kenya ’ s Supreme Court"),
    # a bracketed acronym whose closing bracket the parser hung elsewhere
    ("Kenya imposed sanctions on the Central African Republic ( CAR ) and Chad .", "imposed", 2,
     "the Central African Republic ( CAR )"),
    # a title abbreviation the parser split from its name
    ("Mr . Ruto has rejected loud calls to resign .", "rejected", 1, "Mr . Ruto"),
    # a date the parser glued on the front, a floating "all" at the end
    ("Sources say that on 16 May Ethiopian aircraft all returned to their bases .", "returned", 1,
     "Ethiopian aircraft"),
    ("At 03:00 on 31 January North Vietnamese forces assailed Saigon .", "assailed", 1, "North Vietnamese forces"),
    ("US helicopters shelled Monday Shuola city , a suburb of Baghdad .", "shelled", 2, "Shuola city"),
    # ... but an age and a day's possessor stay
    ("Israeli soldiers shot 14 - year - old Ahmed Hassan near the fence .", "shot", 2,
     "14 - year - old Ahmed Hassan"),
    ("Police arrested Monday 's attackers at the market .", "arrested", 2, "Monday 's attackers"),
    # a past form with an object on the subject is the sentence's verb, no description of it
    ("A fresh wave of violence left at least twelve people dead and several hundred injured as demonstrators "
     "battled with lawmen , attacked rivals , torched vehicles and targeted government offices .", "torched", 1,
     "A fresh wave of violence"),
])
def test_spaced_clitics_and_titles_stay_with_their_phrase(nlp, text: str, trigger: str, role: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_roles(nlp, text, trigger)[role - 1]
    assert actor is not None and actor.text == expected


@pytest.mark.slow
def test_dates_and_non_places_after_in_are_not_part_of_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Zambia accepted 300 Congolese refugees in May , officials said .", "accepted")
    assert a2 is not None and a2.text == "300 Congolese refugees"
    _, a2 = actor_roles(nlp, "Guards expelled the Kenyan consul Monday .", "expelled")
    assert a2 is not None and a2.text == "the Kenyan consul"
    # a place after "in" still belongs to the actor
    _, a2 = actor_roles(nlp, "The army shelled rebel positions in the northern province .", "shelled")
    assert a2 is not None and a2.text == "rebel positions in the northern province"


@pytest.mark.slow
def test_bracketed_acronym_and_split_title_belong_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "The government banned the Popular Liberation Movement ( PLM ) and two smaller parties .",
                        "banned")
    assert a2 is not None and a2.text == "the Popular Liberation Movement ( PLM )"
    _, a2 = actor_roles(nlp, "The council rejected a proposal by Mr . Banda to delay the vote .", "rejected")
    assert a2 is not None and a2.text == "a proposal by Mr . Banda"


@pytest.mark.slow
def test_by_and_for_phrases_of_agents_belong_to_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "The court rejected a request by the Zambian opposition .", "rejected")
    assert a2 is not None and a2.text == "a request by the Zambian opposition"
    a1, _ = actor_roles(nlp, "A spokesman for the Malian army denied the report .", "denied")
    assert a1 is not None and a1.text == "A spokesman for the Malian army"
    # "for" after an abstract noun is what it is for, not whom
    _, a2 = actor_roles(nlp, "The rebels rejected the government 's call for a ceasefire .", "rejected")
    assert a2 is not None and a2.text == "the government 's call"


@pytest.mark.slow
def test_charge_of_an_accusation_is_not_part_of_the_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Kenya ’ s opposition leaders accused the police of brutality .", "accused")
    assert a2 is not None and a2.text == "the police"


@pytest.mark.slow
def test_a_list_of_names_is_split_even_when_parsed_as_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "Brazil" an apposition of "Canada" and the rest its conjuncts
    a1, _ = actor_roles(nlp, "Canada , Brazil , Chile , Peru and other governments have sent emergency supplies and "
                             "personnel such as nurses to Haiti .", "sent")
    assert a1 is not None and a1.text == "Canada"


@pytest.mark.slow
def test_both_goes_with_the_pair_not_with_one_split_name(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Japan lifted sanctions on both India and Pakistan .", "lifted")
    assert a2 is not None and a2.text == "India"


@pytest.mark.slow
def test_a_participle_stripped_of_its_complement_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Police deported four Yemeni asylum seekers registered with the UN agency .", "deported")
    assert a2 is not None and a2.text == "four Yemeni asylum seekers"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # a place or a body named before its description: the name is the actor
    ("Rebels shelled Goma , the largest city in the east , on Monday .", "shelled", "Goma"),
    ("Donors gave $ 5 million to the Sahel Relief Fund , a pooled fund run by the UN .", "gave",
     "the Sahel Relief Fund"),
    # a person's role stays with the name
    ("Police arrested Ali Farah , a senior militia commander , in the capital .", "arrested",
     "Ali Farah , a senior militia commander"),
])
def test_description_of_a_named_place_or_body_is_not_part_of_the_actor(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, text, trigger)
    assert a2 is not None and a2.text == target


@pytest.mark.slow
def test_content_clause_of_a_noun_is_not_part_of_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "The army rejected Kenyan assertions it had shelled the border towns .", "rejected")
    assert a2 is not None and a2.text == "Kenyan assertions"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    # a place the parser hung on the verb right after the target still names where it is
    ("Gunmen stormed a police headquarters in eastern Kenya on Sunday .", "stormed",
     "a police headquarters in eastern Kenya"),
    ("Police detained dozens of demonstrators in Kampala .", "detained", "dozens of demonstrators in Kampala"),
    # ... without the place's description after it (no capital, so no government)
    ("The army bombed a market in Nyala , the capital of South Darfur , on Monday .", "bombed", "a market in Nyala"),
    # but not where a person is
    ("President Ruto met President Museveni in Kampala on Friday .", "met", "President Museveni"),
    ("Kenya summoned the Somali ambassador in Nairobi over the remarks .", "summoned", "the Somali ambassador"),
])
def test_place_right_after_the_target_belongs_to_it(nlp, text: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, text, trigger)
    assert a2 is not None and a2.text == target



@pytest.mark.slow
def test_a_list_of_names_inside_a_phrase_is_split_but_one_name_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Police detained journalists from Norway , Sweden and Denmark on Monday .", "detained")
    assert a2 is not None and a2.text == "journalists from Norway"
    _, a2 = actor_roles(nlp, "Police arrested two officers of the Fish and Wildlife Service .", "arrested")
    assert a2 is not None and a2.text == "two officers of the Fish and Wildlife Service"


@pytest.mark.slow
def test_a_trailing_adverb_is_not_part_of_the_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, "A delegation of the Kenya African National Union ( KANU ) here on Monday called on "
                             "President Ruto to resign .", "called")
    assert a1 is not None and a1.text == "A delegation of the Kenya African National Union ( KANU )"


def test_a_past_tense_verb_parsed_as_a_modifier_is_not_part_of_the_actor() -> None:
    # "A delegation of Kenya called for talks" parsed with no verb root, by hand: "called" is
    # a past tense, not a participle describing the delegation
    import spacy
    from spacy.tokens import Doc

    from watchfloor.coding.actors import actor_span

    words = ["A", "delegation", "of", "Kenya", "called", "for", "talks", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 1, 4, 5, 1],
              deps=["det", "ROOT", "prep", "pobj", "acl", "prep", "pobj", "punct"],
              pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
              tags=["DT", "NN", "IN", "NNP", "VBD", "IN", "NNS", "."],
              ents=["O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    assert actor_span(doc[1]) == (0, 4)


def test_a_number_parsed_as_a_sibling_object_counts_the_noun_after_it() -> None:
    # "Thailand deported 1450 Myanmar migrants" with the number parsed as a second object, by hand
    import spacy
    from spacy.tokens import Doc

    from watchfloor.coding.actors import actor_span

    words = ["Thailand", "deported", "1450", "Myanmar", "migrants", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "compound", "dobj", "punct"],
              pos=["PROPN", "VERB", "NUM", "PROPN", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "CD", "NNP", "NNS", "."],
              ents=["B-GPE", "O", "B-CARDINAL", "B-GPE", "O", "O"])
    assert actor_span(doc[4]) == (2, 5)


@pytest.mark.slow
def test_a_name_with_a_spaced_middle_initial_is_whole() -> None:
    from parsing import code_text

    event = next(e for e in code_text("Kenyan envoy Mary W . Njoroge promised support for the Somali army .")
                 if e.trigger.text == "promised")
    assert event.actor1 is not None and event.actor1.text == "Kenyan envoy Mary W . Njoroge"


@pytest.mark.slow
def test_a_person_parsed_as_apposition_to_a_place_is_not_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the speaker after a reported clause is no description of the place before him
    _, a2 = actor_roles(nlp, "Russia has begun withdrawing some of its troops from Libya , Defence Minister Sergei "
                             "Shoigu said on Monday .", "withdrawing")
    assert a2 is not None and a2.text == "Libya"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, target", [
    ("Togo government outlawed Togolese League for the Protection of Human Rights , the country ’ s oldest rights "
     "group .", "outlawed", "Togolese League for the Protection of Human Rights"),
    ("The junta banned Malian Association for the Defence of Press Freedom last week .", "banned",
     "Malian Association for the Defence of Press Freedom"),
])
def test_a_names_own_for_phrase_hung_on_the_verb_stays_with_the_name(  # type: ignore[no-untyped-def]
        nlp, text: str, trigger: str, target: str) -> None:
    _, a2 = actor_roles(nlp, text, trigger)
    assert a2 is not None and a2.text == target


@pytest.mark.slow
def test_a_bare_empty_head_keeps_the_clause_that_says_who(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "The Red Crescent delivered blankets to people who had fled to the hills near the border .",
                        "delivered")
    assert a2 is not None and a2.text == "people who had fled to the hills near the border"
    # a head that names who they are leaves its clause out
    _, a2 = actor_roles(nlp, "The Red Crescent delivered blankets to displaced farmers who had fled to the hills .",
                        "delivered")
    assert a2 is not None and a2.text == "displaced farmers"


@pytest.mark.slow
def test_a_near_phrase_locating_a_target_stays_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, "Government jets bombed the last rebel - held town near Aleppo on Monday .", "bombed")
    assert a2 is not None and a2.text == "the last rebel - held town near Aleppo"


@pytest.mark.slow
def test_a_time_adverb_before_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, "Hours earlier Bukele expelled the Mexican ambassador .", "expelled")
    assert a1 is not None and a1.text == "Bukele"


@pytest.mark.slow
def test_a_call_right_after_a_persons_name_is_a_phone_call_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, "President Donald Trump called President Recep Tayyip Erdogan on Sunday and urged him to end "
                             "the operation .", "urged")
    assert a1 is not None and a1.text == "President Donald Trump"


@pytest.mark.slow
def test_a_name_split_at_a_spaced_out_accented_letter_is_kept_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, "Spanish minister Jos é Borrell has cancelled a planned visit to Rabat .", "cancelled")
    assert a1 is not None and "Jos é Borrell" in a1.text


@pytest.mark.slow
def test_a_party_in_a_body_is_its_members_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, "Democrats in Congress blocked the arms sale to Riyadh .", "blocked")
    assert a1 is not None and a1.text == "Democrats in Congress"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, role, expected", [
    # a participle left without its complement once the date after it is cut
    ("The rebels rejected the Malian government 's peace offer proposed in early March .", "rejected", 2,
     "the Malian government 's peace offer"),
    # a participle the tagger read as a past tense, its complement dropped
    ("Ali Kushayb , a Sudanese militia leader charged with war crimes , has surrendered to the authorities .",
     "surrendered", 1, "Ali Kushayb , a Sudanese militia leader"),
    # a speaker's participle clause is not part of the object
    ("Kagame defended Rwanda 's border closure saying the militias are a threat to the country .", "defended", 2,
     "Rwanda 's border closure"),
    # a title's "to" phrase belongs to it
    ("The resolution condemned all parties to the conflict in Sudan .", "condemned", 2,
     "all parties to the conflict in Sudan"),
    ("Police arrested the Kenyan envoy to Uganda on Friday .", "arrested", 2, "the Kenyan envoy to Uganda"),
    ("Eritrea expelled all UN weapons inspectors charging that they had spied for Ethiopia .", "expelled", 2,
     "all UN weapons inspectors"),
])
def test_clauses_after_the_phrase_and_title_phrases(nlp, text: str, trigger: str, role: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_roles(nlp, text, trigger)[role - 1]
    assert actor is not None and actor.text == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, source", [
    # a participle or relative clause on the source that holds the trigger is the event, not the actor
    ("Video showed riot police officers attacking protesters outside the station .", "attacking",
     "riot police officers"),
    ("Flights carrying aid to the camps resumed on Monday .", "carrying", "Flights"),
    ("Police shooting in the suburb was ruled justifiable .", "shooting", "Police"),
    ("Gunmen firing from two pickup trucks attacked the checkpoint .", "firing", "Gunmen"),
    # a pronoun is no one without its clause; a by-phrase in the clause names the doer
    ("But those opposing the plan argued it would cost more .", "opposing", "those opposing the plan"),
])
def test_a_source_never_holds_its_own_event(nlp, text: str, trigger: str, source: str) -> None:  # type: ignore[no-untyped-def]
    a1, _ = actor_roles(nlp, text, trigger)
    assert a1 is not None and a1.text == source


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, role, expected", [
    # "whose" names no one: the phrase it opens belongs to the noun the clause hangs on
    ("Iraq , whose military targets were bombed by US jets , backed Belgrade .", "bombed", 2, "Iraq"),
    ("Aleppo , whose eastern districts were shelled by government forces , remains divided .", "shelled", 2,
     "Aleppo"),
    ("He praised the air force , whose bombers struck the rebel base on Monday .", "struck", 1, "the air force"),
])
def test_a_phrase_opened_by_whose_is_its_owners(nlp, text: str, trigger: str, role: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    actor = actor_roles(nlp, text, trigger)[role - 1]
    assert actor is not None and actor.text == expected


@pytest.mark.slow
def test_a_cut_phrase_loses_the_preposition_it_ended_on() -> None:
    from parsing import code_text

    e = next(e for e in code_text("Anti-government protesters in Baghdad shut down roads on Sunday.")
             if e.trigger.text == "protesters")
    assert e.actor1 is not None and e.actor1.text == "Anti-government protesters"


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ('State media said jets had bombed "terrorist" positions near the town .', '"terrorist" positions near the town'),
    ("Jets bombed \u201cterrorist\u201d positions near the town .", "\u201cterrorist\u201d positions near the town"),
])
def test_a_quotation_mark_goes_with_its_partner(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _, a2 = actor_roles(nlp, text, "bombed")
    assert a2 is not None and a2.text == expected
