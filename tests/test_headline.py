"""Title Case headlines recased for the parser (``watchfloor.coding.headline``), issue 4.

Headlines are written for these tests. The end-to-end checks run the real spaCy model and
gazetteer through ``pipeline.process_batch``, as ``watchfloor extract`` does.
"""
from __future__ import annotations

import pytest

from watchfloor.coding.headline import is_headline, recase
from watchfloor.model import Article
from watchfloor.pipeline import process_batch

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("Rebel Forces Attack Army Positions Near the Border",
     "Rebel forces attack army positions near the border"),
    ("EU Imposes New Sanctions on Iran", "EU imposes new sanctions on Iran"),
    # names the actor dictionary or the gazetteer know keep their capitals, ordinary words and all
    ("Free Syrian Army Fighters Seize Town", "Free Syrian Army fighters seize town"),
    ("West Bank Settlers Attack Palestinian Village", "West Bank settlers attack Palestinian village"),
    # a month is no march
    ("Protesters Rally in Capital in March", "Protesters rally in capital in March"),
])
def test_recase_lowers_ordinary_words_of_a_headline(text: str, expected: str) -> None:
    assert is_headline(text)
    assert recase(text) == expected


@pytest.mark.parametrize("text", [
    "The army shelled the town on Monday.",
    # prose with a name of ordinary words, and a line of names, are no headlines
    "The winning letters will be featured in a Lombard Historical Society newsletter.",
    "Mallory Millender, a longtime Augusta educator, met Ms. Shelby at Columbia University.",
    # a sentence of titles and names with a lower-case verb is prose, not a headline
    "German Chancellor Angela Merkel on Friday welcomed the Defence Minister.",
    "Nothing Here",
])
def test_prose_is_left_alone(text: str) -> None:
    assert recase(text) == text


def test_recase_keeps_every_offset() -> None:
    text = ("Government Troops Retake Town After Heavy Clashes\n\nGovernment troops retook the "
            "town on Sunday. Rebels Vow To Fight On")
    out = recase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()
    assert out.startswith("Government troops retake town after heavy clashes\n\nGovernment troops retook")
    assert out.endswith("Rebels vow to fight on")


def test_headline_event_is_coded_and_quoted_as_written() -> None:
    text = ("Haftar Forces Deploy Near Algerian Border\n\n"
            "The deployment was reported by local media on Tuesday.")
    [res] = process_batch([Article(text=text, id="h1", published="2025-06-10")])
    deploy = [e for e in res.events if e.trigger.text == "Deploy"]
    assert deploy and deploy[0].type == "MOBILIZE"
    assert deploy[0].actor1 is not None and deploy[0].actor1.text == "Haftar Forces"
    for e in res.events:
        for obj in (e.actor1, e.actor2, e.location):
            if obj is not None and obj.end > obj.start:
                assert text[obj.start:obj.end] == obj.text
    for p in res.places:
        assert text[p.start:p.end] == p.text


def test_headline_sanctions_have_the_union_as_actor() -> None:
    [res] = process_batch([Article(text="EU Imposes New Sanctions on Iran", id="h2")])
    main = max(res.events, key=lambda e: e.confidence)
    assert main.cameo.startswith("16")
    assert main.actor1 is not None and main.actor1.text == "EU"
    assert main.actor2 is not None and main.actor2.text == "Iran"


def test_place_nouns_and_abbreviations_keep_their_capitals() -> None:
    assert recase("Barnett Shoals Road Closed After Attack") == "Barnett Shoals Road closed after attack"
    assert recase("Theatre Sold To Mass. Concert Promoter") == "Theatre Sold to Mass. Concert Promoter"
