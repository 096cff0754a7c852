"""Affiliation phrases in actor spans and codes (issue 4): "loyal to", "linked to", "backed by".

Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from watchfloor.coding.actors import code_phrase


@pytest.mark.parametrize("phrase, country, sector, code", [
    # members of a leader's group take the group's code
    ("Soldiers loyal to Marshal Haftar", "LBY", "MIL", "LBYMIL"),
    # members of a named group take the group's code
    ("gunmen affiliated with Hamas", "PSE", "INS", None),
    ("fighters linked to al-Qaida", "IMG", "INS", "IMGMUSALQ"),
    # a head of state's followers: his country, the followers' sector
    ("troops loyal to Vladimir Putin", "RUS", "MIL", "RUSMIL"),
])
def test_members_take_the_group_code(phrase, country, sector, code):
    got = code_phrase(phrase)
    assert got is not None and (got.country, got.sector) == (country, sector)
    if code:
        assert got.code == code


@pytest.mark.parametrize("phrase, sector", [
    ("insurgents backed by Iran", "INS"),
    ("militiamen allied with the Sudanese army", "UAF"),
    ("guerrillas funded by Venezuela", "REB"),
])
def test_sponsors_do_not_code_the_phrase(phrase, sector):
    got = code_phrase(phrase)
    assert got is not None and got.country is None and got.sector == sector


@pytest.mark.parametrize("phrase, country, sector", [
    # a name under "anti-" is what the phrase opposes
    ("anti-Taliban fighters", None, "REB"),
    ("anti-American protesters", None, "OPP"),
    ("anti-Houthi forces", None, "MIL"),
    # a state under "pro-" is an allegiance, not a nationality
    ("pro-Russian separatists", None, "REB"),
    ("pro-Palestinian protesters", None, "OPP"),
    # a sponsor written before the head ("Iranian-backed") codes no more than "backed by Iran"
    ("Iranian-backed militias", None, "UAF"),
    ("US - backed forces", None, "MIL"),
    ("Turkey-backed Syrian opposition fighters", "SYR", "REB"),
    ("the Israeli-backed South Lebanon Army militia", "LBN", "UAF"),
    # the phrase's own nationality wins over a group it sides with
    ("Pakistani pro-Taliban newspapers", "PAK", "MED"),
    ("Iraqi pro-Iranian militias", "IRQ", "UAF"),
])
def test_stances_and_sponsors_do_not_code_the_phrase(phrase, country, sector):
    got = code_phrase(phrase)
    assert got is not None and (got.country, got.sector) == (country, sector)


@pytest.mark.parametrize("phrase, code", [
    # a leader or group under "pro-" still names the side, as "forces loyal to Haftar" does
    ("pro-Assad forces", "SYRMIL"),
    ("pro-Haftar forces", "LBYMIL"),
    # nationality adjectives that are no sponsor words: "armed", "allied"
    ("Syrian armed forces", "SYRMIL"),
    ("Ethiopian armed men", "ETHUAF"),
    # the sponsor phrase after the head leaves the head's own name
    ("Hezbollah backed by Iran", "LBNINS"),
    ("Iranian-backed Houthis", "YEMREB"),
])
def test_sides_and_own_names_keep_their_code(phrase, code):
    got = code_phrase(phrase)
    assert got is not None and got.code == code


def _actors(nlp, text, trigger):
    from watchfloor.coding.actors import find_actors

    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return find_actors(tok, doc=doc)


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, span, code", [
    ("Units loyal to Field Marshal Khalifa Haftar shelled the airport outside Sirte.", "shelled",
     "Units loyal to Field Marshal Khalifa Haftar", "LBYMIL"),
    ("Militants linked to al-Qaeda ambushed a convoy near the border.", "ambushed",
     "Militants linked to al-Qaeda", "IMGMUSALQ"),
    ("Fighters allied with the government stormed the village.", "stormed",
     "Fighters allied with the government", None),
])
def test_affiliation_phrase_is_the_whole_actor(nlp, text, trigger, span, code):
    a1, _ = _actors(nlp, text, trigger)
    assert a1 is not None and a1.text == span
    if code:
        assert a1.code == code


@pytest.mark.parametrize("phrase, code", [
    # an armed group's own people are the group, not their state's government
    ("JNIM leader", "MLIINSALQ"),
    ("Al Shabaab officials", "SOMINS"),
    ("M23 spokesman", "CODREB"),
    ("Houthi negotiators", "YEMREB"),
    ("LNA spokesman", "LBYMIL"),
    ("STC leaders", "YEMREB"),
    # a group's government is one
    ("the Taliban government", "AFGGOV"),
    ("Taliban authorities", "AFGGOV"),
])
def test_an_armed_groups_officials_are_the_group(phrase: str, code: str) -> None:
    coded = code_phrase(phrase)
    assert coded is not None and coded.code == code
