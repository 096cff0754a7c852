"""Known misattachments of the small parser set right after parsing (``watchfloor.nlp.mend``),
issue 4. Sentences written for these tests."""
from __future__ import annotations

import pytest
from parsing import code_text as _code


def _tok(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_a_charge_hung_on_the_agent_belongs_to_the_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The militia, which is backed by the army, was accused by Human Rights Watch of executing at "
              "least 25 civilians.")
    of = _tok(doc, "of")
    assert of.head.text == "accused" and of.dep_ == "prep"
    # so the militia, not the watchdog, is the one alleged to have executed them
    ev = next(e for e in _code(doc.text) if e.trigger.text == "executing")
    assert ev.actor1 is not None and ev.actor1.text == "The militia"
    assert ev.factuality == "speculative"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The mission urged the parties to respect the ceasefire agreed in 2020.",
    "The envoy expressed concern and urged the parties to respect the ceasefire agreed in 2020.",
])
def test_a_bare_participle_after_a_noun_describes_the_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    agreed = _tok(nlp(text), "agreed")
    assert (agreed.dep_, agreed.head.text) == ("acl", "ceasefire")
    events = {e.trigger.text: e for e in _code(text, published="2026-12-03")}
    assert events["urged"].date == "2026-12-03"  # (not 2020: the ceasefire's year)
    assert events["agreed"].date == "2020-01-01" and events["agreed"].factuality == "asserted"
    assert events["agreed"].actor1 is None


@pytest.mark.slow
@pytest.mark.parametrize("text, verb", [
    # a verb with its own object is a clause's, whoever the parser lost as its subject
    ("Thousands were shot at Kibeho last weekend when troops trying to close the camp opened fire on refugees.",
     "opened"),
    # a subordinator read as a preposition: its object is the clause's subject
    ("Fighter jets raced across the Istanbul sky, painting the Turkish flag with ribbons of colored smoke, as a "
     "military band with nearly 600 musicians marched through the square.", "marched"),
])
def test_a_clause_after_a_noun_stays_a_clause(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    tok = _tok(nlp(text), verb)
    assert tok.dep_ != "acl" and tok.tag_ == "VBD"


@pytest.mark.slow
def test_a_plural_event_noun_read_as_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Drone strikes by the Ethiopian air force killed at least 15 people at a market in the town of Debre "
            "Markos last week, residents told Reuters.")
    doc = nlp(text)
    strikes, killed = _tok(doc, "strikes"), _tok(doc, "killed")
    assert (strikes.dep_, strikes.head.text, killed.head.text) == ("nsubj", "killed", "told")
    ev = next(e for e in _code(text) if e.trigger.text == "killed")
    assert ev.actor1 is not None and ev.actor1.code == "ETHMIL"
    # a real verb stays one: "the army strikes back"
    assert _tok(nlp("The army strikes rebel positions near the town."), "strikes").pos_ == "VERB"
    # tagged a verb but parsed as the subject: a noun, one event
    text = "Drone strikes by the army killed 15 people."
    assert _tok(nlp(text), "strikes").pos_ == "NOUN"
    assert [e.trigger.text for e in _code(text)] == ["killed"]


@pytest.mark.slow
def test_a_gerund_after_and_is_listed_with_the_noun_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors charged three opposition leaders with sabotage and calling for the overthrow of the government."
    calling = _tok(nlp(text), "calling")
    assert (calling.dep_, calling.head.text) == ("conj", "sabotage")
    ev = next(e for e in _code(text) if e.trigger.text == "calling")
    assert ev.factuality == "speculative"  # what they are charged with
    assert ev.actor1 is not None and ev.actor1.text == "three opposition leaders"


@pytest.mark.slow
def test_a_subject_hung_on_its_verb_as_a_modifier_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pakistan demanded that Kabul stop the militants from launching attacks, a charge the Taliban deny.")
    deny = _tok(nlp(text), "deny")
    taliban = next(c for c in deny.children if c.dep_ == "nsubj")
    assert taliban.text == "Taliban" and [c.text for c in taliban.children] == ["the"]
    ev = next(e for e in _code(text) if e.trigger.text == "deny")
    assert ev.actor1 is not None and ev.actor1.text == "the Taliban"


@pytest.mark.slow
def test_a_denial_tagged_as_a_noun_is_the_deniers_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The government accuses the rebels of using Venezuelan territory as a haven, a charge Caracas rejects."
    rejects = _tok(nlp(text), "rejects")
    assert rejects.pos_ == "VERB" and rejects.head.text == "charge"
    ev = next(e for e in _code(text) if e.trigger.text == "rejects")
    assert ev.actor1 is not None and ev.actor1.text == "Caracas" and ev.factuality == "asserted"


@pytest.mark.slow
@pytest.mark.parametrize("text, verb, actor", [
    ("China has urged both sides to protect its projects and has pressed armed groups to halt their offensives.",
     "pressed", "China"),
    ("The EU called on Russia to withdraw its troops and has imposed new sanctions on Moscow.", "imposed", "The EU"),
])
def test_a_tensed_verb_after_an_infinitive_joins_the_main_verb(  # type: ignore[no-untyped-def]
        nlp, text: str, verb: str, actor: str) -> None:
    tok = _tok(nlp(text), verb)
    assert tok.dep_ == "conj" and tok.head.tag_ in ("VBN", "VBD")
    ev = next(e for e in _code(text) if e.trigger.text.startswith(verb))
    assert ev.actor1 is not None and ev.actor1.text == actor and ev.factuality == "asserted"


@pytest.mark.slow
def test_an_infinitive_joined_to_an_infinitive_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The council urged the rebels to lay down their arms and to join the talks.")
    assert _tok(doc, "join").head.text == "lay"


@pytest.mark.slow
def test_a_past_tense_describing_a_noun_is_its_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The attack was a violation of the ceasefire agreed in Doha."
    agreed = _tok(nlp(text), "agreed")
    assert (agreed.dep_, agreed.tag_, agreed.head.text) == ("acl", "VBN", "ceasefire")
    ev = next(e for e in _code(text) if e.trigger.text == "agreed")
    assert ev.actor1 is None and ev.actor2 is None  # (not "a violation of the ceasefire" agreeing with Doha)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police said officers backed by a Kenyan-led security mission had pushed the gang back by midday.",
    "Officers backed by a Kenyan-led security mission pushed the gang back.",
])
def test_a_participle_with_its_agent_is_no_clause(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    backed = _tok(nlp(text), "backed")
    assert (backed.dep_, backed.tag_, backed.head.lower_) == ("acl", "VBN", "officers")
    ev = next(e for e in _code(text) if e.trigger.text == "backed")
    assert ev.actor1 is not None and ev.actor1.text == "a Kenyan-led security mission"
    assert ev.actor2 is not None and ev.actor2.text.lower() == "officers"


@pytest.mark.slow
def test_a_denial_with_the_deniers_article_tagged_as_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels accused the staff of spying for Israel, a charge the U.N. rejects."
    rejects = _tok(nlp(text), "rejects")
    assert rejects.pos_ == "VERB" and rejects.head.text == "charge"
    ev = next(e for e in _code(text) if e.trigger.text == "rejects")
    assert ev.actor1 is not None and ev.actor1.text == "the U.N."


@pytest.mark.slow
def test_a_subordinator_read_as_a_preposition_opens_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Tens of thousands of people marched through Novi Sad on Saturday to mark a year since the collapse of a "
            "railway station canopy killed 16 people.")
    doc = nlp(text)
    killed, since = _tok(doc, "killed"), _tok(doc, "since")
    assert (since.dep_, since.head.text) == ("mark", "killed")
    assert killed.dep_ == "advcl" and any(c.dep_ == "nsubj" and c.text == "collapse" for c in killed.children)
    events = {e.trigger.text: e for e in _code(text)}
    # the marchers killed no one: the collapse did, an accident's toll and no event of its own
    # (tests/test_coding_wire_reading.py)
    assert "killed" not in events or events["killed"].actor1 is not None and \
        events["killed"].actor1.text.startswith("the collapse")
    assert events["marched"].acled is not None and events["marched"].acled.sub_event_type == "Peaceful protest"


@pytest.mark.slow
def test_a_speaker_after_a_comma_is_no_clause_of_the_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Some 7,000 people have fled from villages around Chibok because of Boko Haram attacks, the "
              "International Organization for Migration said today.")
    assert _tok(doc, "attacks").dep_ != "nsubj"  # (the speaker the parser hung on the noun stays)
