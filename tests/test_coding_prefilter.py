"""The pre-filter parses only what can hold an event, and never drops a trigger's sentence."""
from __future__ import annotations

import pytest

from watchfloor.coding import might_hold_event
from watchfloor.coding.inflect import lemma_candidates


@pytest.mark.parametrize("word,lemma", [
    ("deployed", "deploy"), ("clashes", "clash"), ("withdrew", "withdraw"), ("shelling", "shell"),
    ("stopped", "stop"), ("controlled", "control"), ("casualties", "casualty"), ("struck", "strike"),
    ("arrested", "arrest"), ("hitting", "hit"), ("seized", "seize"), ("allied", "ally")])
def test_lemma_candidates_undo_inflection(word: str, lemma: str) -> None:
    assert lemma in lemma_candidates(word)


@pytest.mark.parametrize("sentence", [
    "Units of the army have been deployed there in significant numbers.",
    "Rebels overran the town at dawn.",
    "Gunmen opened fire on a bus near the market.",
    "The two sides held talks in Tunis.",
    "Haftar accuses Algeria of destabilizing the area.",
    "Warplanes carried out airstrikes overnight.",
    "A cease-fire took hold on Sunday.",
])
def test_event_sentences_pass(sentence: str) -> None:
    assert might_hold_event(sentence)


@pytest.mark.parametrize("sentence", [
    "The city council said the road will be repaved next spring.",
    "Southern Libya is a vast desert territory known as Fezzan.",
    "The museum displays old maps and paintings of the coast.",
    "The county fair opens on Friday with music and food.",
])
def test_sentences_without_triggers_are_skipped(sentence: str) -> None:
    assert not might_hold_event(sentence)
