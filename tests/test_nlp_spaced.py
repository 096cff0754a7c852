"""Spaced-out numbers and initialisms are one token (``watchfloor.nlp.spaced``), issue 4."""
from __future__ import annotations

import pytest


@pytest.mark.slow
def test_spaced_number_is_one_token_with_its_text_and_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 2 , 300 dock workers walked out , and 12 . 5 percent of the U . S fleet stayed idle ."
    doc = nlp(text)
    merged = {t.text: t for t in doc if " " in t.text}
    assert set(merged) == {"2 , 300", "12 . 5", "U . S"}
    assert merged["2 , 300"].norm_ == "2,300"
    for tok in merged.values():
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    # the number now modifies the workers, so the whole phrase is the subject
    workers = next(t for t in doc if t.text == "workers")
    assert merged["2 , 300"].head.i == workers.i


@pytest.mark.slow
def test_ordinary_numbers_and_lists_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("They seized 3 , 4 and 5 trucks in 2019 . 12 people died .")
    assert not any(" " in t.text for t in doc)
