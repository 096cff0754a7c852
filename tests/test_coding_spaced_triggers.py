"""Triggers the small model's tagging or spaced-out hyphens hide, and idioms of appeal and refusal (issue 4)."""
from __future__ import annotations

import pytest
import spacy
from parsing import code_text
from spacy.tokens import Doc

from watchfloor.coding.triggers import acts_as_verb


def test_a_noun_with_a_subject_and_an_object_acts_as_a_verb() -> None:
    # "EU hand over supplies": the model tagged "hand" a noun but parsed its clause
    words = ["EU", "hand", "over", "supplies"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "NOUN", "ADP", "NOUN"],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "prt", "dobj"])
    assert acts_as_verb(doc[1])
    # a plain noun with a modifier does not
    doc = Doc(spacy.blank("en").vocab, words=["a", "helping", "hand"], pos=["DET", "VERB", "NOUN"],
              heads=[2, 2, 2], deps=["det", "amod", "ROOT"])
    assert not acts_as_verb(doc[2])


@pytest.mark.slow
def test_spaced_hyphen_compound_is_a_trigger() -> None:
    events = code_text("The rebels announced a cease - fire with the army on Friday .")
    ev = next(e for e in events if "cease - fire" in e.trigger.text)
    assert ev.cameo.startswith("087")
    assert ev.actor1 is not None and ev.actor1.text == "The rebels"


@pytest.mark.slow
def test_pushing_someone_for_something_is_an_appeal() -> None:
    ev = next(e for e in code_text("The senator has pushed the Governor of Kenya for reforms to the police law .")
              if e.trigger.text == "pushed")
    assert ev.cameo == "020"
    assert (ev.actor1.text, ev.actor2.text) == ("The senator", "the Governor of Kenya")
    # pushing without "for" is no appeal
    assert not [e for e in code_text("Protesters pushed the barriers aside .") if e.trigger.text == "pushed"]


@pytest.mark.slow
def test_cancelling_a_visit_rejects_meeting_its_host() -> None:
    ev = next(e for e in code_text("The Kenyan president cancelled a planned visit to Uganda after the border clash .")
              if e.trigger.text == "cancelled")
    assert ev.cameo == "125"  # reject a proposal to meet
    assert (ev.actor1.text, ev.actor2.text) == ("The Kenyan president", "Uganda")
